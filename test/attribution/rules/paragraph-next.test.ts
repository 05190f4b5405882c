import {paragraphNext} from '../../../src/attribution/rules/paragraph-next.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(paragraphNext)
