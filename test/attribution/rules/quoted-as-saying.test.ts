import {quotedAsSaying} from '../../../src/attribution/rules/quoted-as-saying.js'
import {testRuleExamples} from './examples.js'

testRuleExamples(quotedAsSaying)
