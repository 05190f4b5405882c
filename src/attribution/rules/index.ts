/**
 * The sieve's configuration: its rules in the order they are tried, pass 1
 * (the quotation's own sentence) then pass 2 (its paragraph and the one
 * before). This list is the only list of rule names: `SieveRuleName`, the
 * anchors custom rules may name and the rule section of `docs/attribution.md`
 * come from it.
 *
 * To add a rule, write a module beside these (`defineRule({name, pass, …})`),
 * put it in the list where it must run, and give it examples and
 * counter-examples: `test/attribution/rules/` runs them (see
 * `docs/attribution.md`, “Adding a rule”).
 *
 * @module
 */

import type {SieveRule} from '../rule.js'
import {accordingTo} from './according-to.js'
import {accordingToEnd} from './according-to-end.js'
import {carryOver} from './carry-over.js'
import {colonLead} from './colon-lead.js'
import {colonParagraph} from './colon-paragraph.js'
import {continued} from './continued.js'
import {cueAfter} from './cue-after.js'
import {cueBefore} from './cue-before.js'
import {cueBeforeOuter} from './cue-before-outer.js'
import {dashCredit} from './dash-credit.js'
import {paragraphCue} from './paragraph-cue.js'
import {paragraphNext} from './paragraph-next.js'
import {paragraphPrevious} from './paragraph-previous.js'
import {previousSubject} from './previous-subject.js'
import {quotedAsSaying} from './quoted-as-saying.js'
import {reportNoun} from './report-noun.js'
import {sentenceBefore} from './sentence-before.js'
import {sentenceCueAfter} from './sentence-cue-after.js'
import {sentenceSubject} from './sentence-subject.js'
import {speechNoun} from './speech-noun.js'
import {split} from './split.js'
import {transcriptLabel} from './transcript-label.js'

/** The built-in rules in sieve order. */
export const sieveRules = [
  // Pass 1: the quotation's own sentence.
  quotedAsSaying,
  cueAfter,
  sentenceCueAfter,
  accordingTo,
  colonLead,
  dashCredit,
  cueBefore,
  cueBeforeOuter,
  speechNoun,
  reportNoun,
  transcriptLabel,
  accordingToEnd,
  // Pass 2: quotations pass 1 left unattributed.
  split,
  continued,
  paragraphPrevious,
  paragraphNext,
  paragraphCue,
  colonParagraph,
  carryOver,
  previousSubject,
  sentenceBefore,
  sentenceSubject
] as const satisfies readonly SieveRule[]

/** The name of a built-in sieve rule (written on `quotation.rule`; an anchor of a custom rule). */
export type SieveRuleName = (typeof sieveRules)[number]['name']

/** Names of the built-in rules in sieve order. */
export const sieveRuleNames: readonly SieveRuleName[] = sieveRules.map((rule) => rule.name)
