import {carryOver} from '../../../src/attribution/rules/carry-over.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(carryOver)
