import {colonCredit} from '../../../src/attribution/indirect/colon-credit.js'
import {runUnit} from './unit.js'

runUnit(colonCredit)
