import {sentenceCueAfter} from '../../../src/attribution/rules/sentence-cue-after.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(sentenceCueAfter)
