import {cueBefore} from '../../../src/attribution/rules/cue-before.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(cueBefore)
