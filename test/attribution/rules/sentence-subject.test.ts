import {sentenceSubject} from '../../../src/attribution/rules/sentence-subject.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(sentenceSubject)
