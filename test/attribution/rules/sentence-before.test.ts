import {sentenceBefore} from '../../../src/attribution/rules/sentence-before.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(sentenceBefore)
