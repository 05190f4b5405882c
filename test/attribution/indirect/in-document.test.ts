import {inDocument} from '../../../src/attribution/indirect/in-document.js'
import {runUnit} from './unit.js'

runUnit(inDocument)
