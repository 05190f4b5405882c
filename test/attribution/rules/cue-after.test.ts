import {cueAfter} from '../../../src/attribution/rules/cue-after.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(cueAfter)
