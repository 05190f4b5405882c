import {paragraphCue} from '../../../src/attribution/rules/paragraph-cue.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(paragraphCue)
