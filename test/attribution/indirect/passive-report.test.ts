import {passiveReport} from '../../../src/attribution/indirect/passive-report.js'
import {runUnit} from './unit.js'

runUnit(passiveReport)
