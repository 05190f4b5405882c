import {paragraphPrevious} from '../../../src/attribution/rules/paragraph-previous.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(paragraphPrevious)
