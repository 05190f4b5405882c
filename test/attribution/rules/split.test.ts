import {split} from '../../../src/attribution/rules/split.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(split)
