import {reportedClause} from '../../../src/attribution/indirect/reported-clause.js'
import {runUnit} from './unit.js'

runUnit(reportedClause)
