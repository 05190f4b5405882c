import {creditAfter} from '../../../src/attribution/indirect/credit-after.js'
import {runUnit} from './unit.js'

runUnit(creditAfter)
