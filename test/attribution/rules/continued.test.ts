import {continued} from '../../../src/attribution/rules/continued.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(continued)
