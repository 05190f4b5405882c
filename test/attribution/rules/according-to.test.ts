import {accordingTo} from '../../../src/attribution/rules/according-to.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(accordingTo)
