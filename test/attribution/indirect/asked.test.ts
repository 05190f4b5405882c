import {askedOpener} from '../../../src/attribution/indirect/asked.js'
import {runUnit} from './unit.js'

runUnit(askedOpener)
