import {colonLead} from '../../../src/attribution/rules/colon-lead.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(colonLead)
