import {reportNoun} from '../../../src/attribution/rules/report-noun.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(reportNoun)
