import {previousSubject} from '../../../src/attribution/rules/previous-subject.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(previousSubject)
