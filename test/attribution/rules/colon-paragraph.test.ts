import {colonParagraph} from '../../../src/attribution/rules/colon-paragraph.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(colonParagraph)
