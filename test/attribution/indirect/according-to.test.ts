import {accordingTo} from '../../../src/attribution/indirect/according-to.js'
import {runUnit} from './unit.js'

runUnit(accordingTo)
