import {transcriptLabel} from '../../../src/attribution/rules/transcript-label.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(transcriptLabel)
