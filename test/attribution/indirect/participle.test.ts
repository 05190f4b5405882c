import {participleClause} from '../../../src/attribution/indirect/participle.js'
import {runUnit} from './unit.js'

runUnit(participleClause)
