import {speechNoun} from '../../../src/attribution/rules/speech-noun.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(speechNoun)
