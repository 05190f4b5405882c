import {asCredit} from '../../../src/attribution/indirect/as-credit.js'
import {runUnit} from './unit.js'

runUnit(asCredit)
