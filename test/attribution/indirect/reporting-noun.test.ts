import {reportingNoun} from '../../../src/attribution/indirect/reporting-noun.js'
import {runUnit} from './unit.js'

runUnit(reportingNoun)
