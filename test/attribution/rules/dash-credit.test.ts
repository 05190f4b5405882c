import {dashCredit} from '../../../src/attribution/rules/dash-credit.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(dashCredit)
