import {accordingToEnd} from '../../../src/attribution/rules/according-to-end.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(accordingToEnd)
