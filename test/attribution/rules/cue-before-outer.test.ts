import {cueBeforeOuter} from '../../../src/attribution/rules/cue-before-outer.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(cueBeforeOuter)
