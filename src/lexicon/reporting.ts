/**
 * Reporting verbs of indirect speech: the verbs whose subject is the source and whose complement is the
 * content of an attribution (`Vulin said relations are good`, `the poll shows Trump ahead`, `critics fear the
 * plan will fail`). Data only.
 *
 * Source: the verb classes of B. Levin, *English Verb Classes and Alternations* (1993) — verbs of
 * communication (37: say, tell, manner of speaking, complain, advise), of judgement (33: praise, criticize,
 * blame), conjecture (29.5: believe, suspect, expect), wanting and longing (32: want, hope, fear) — and the cue
 * types of the PARC attribution guidelines (Pareti 2016, *PARC 3.0*: speech, thought, and evidence such as `the
 * study shows`), as the PolNeAR corpus annotates them. Forms are written out (no inflection at run time);
 * British spellings are entries of their own with the same lemma.
 *
 * `kind`: `speech` (saying and writing), `thought` (belief, intention, knowledge), `evidence` (documents and
 * polls: `show`, `find`). `takes`: what the verb reports — `clause` (`said (that) …`, `wants to …`), `object`
 * (a noun phrase: `praised the plan`, `cited the cost`), or `both`.
 *
 * @module
 */

import {dayParts, dayWords} from './time-words.js'

/** A reporting verb with its forms (lower case; particles included: `point out`, `pointed out`). */
export interface ReportingVerb {
  lemma: string
  kind: 'speech' | 'thought' | 'evidence'
  takes: 'clause' | 'object' | 'both'
  /** Plain present (`say`): a verb only after a plural subject, a modal or `to`. */
  plain: string
  /** Past tense (`said`). */
  past: string
  /** Third person present (`says`). */
  present: string
  /** Present participle (`saying`): the participle clause `…, saying …`. */
  gerund: string
  /** Past participle (`said`, `written`). */
  participle: string
}

/** Built-in reporting verbs. */
export const reportingVerbs: readonly ReportingVerb[] = [
  {lemma: 'say', kind: 'speech', takes: 'clause', plain: 'say', past: 'said', present: 'says', gerund: 'saying', participle: 'said'},
  {lemma: 'tell', kind: 'speech', takes: 'clause', plain: 'tell', past: 'told', present: 'tells', gerund: 'telling', participle: 'told'},
  {lemma: 'add', kind: 'speech', takes: 'clause', plain: 'add', past: 'added', present: 'adds', gerund: 'adding', participle: 'added'},
  {lemma: 'note', kind: 'speech', takes: 'clause', plain: 'note', past: 'noted', present: 'notes', gerund: 'noting', participle: 'noted'},
  {lemma: 'state', kind: 'speech', takes: 'clause', plain: 'state', past: 'stated', present: 'states', gerund: 'stating', participle: 'stated'},
  {lemma: 'explain', kind: 'speech', takes: 'clause', plain: 'explain', past: 'explained', present: 'explains', gerund: 'explaining', participle: 'explained'},
  {lemma: 'announce', kind: 'speech', takes: 'both', plain: 'announce', past: 'announced', present: 'announces', gerund: 'announcing', participle: 'announced'},
  {lemma: 'report', kind: 'speech', takes: 'both', plain: 'report', past: 'reported', present: 'reports', gerund: 'reporting', participle: 'reported'},
  {lemma: 'declare', kind: 'speech', takes: 'clause', plain: 'declare', past: 'declared', present: 'declares', gerund: 'declaring', participle: 'declared'},
  {lemma: 'claim', kind: 'speech', takes: 'both', plain: 'claim', past: 'claimed', present: 'claims', gerund: 'claiming', participle: 'claimed'},
  {lemma: 'argue', kind: 'speech', takes: 'clause', plain: 'argue', past: 'argued', present: 'argues', gerund: 'arguing', participle: 'argued'},
  {lemma: 'insist', kind: 'speech', takes: 'clause', plain: 'insist', past: 'insisted', present: 'insists', gerund: 'insisting', participle: 'insisted'},
  {lemma: 'assert', kind: 'speech', takes: 'clause', plain: 'assert', past: 'asserted', present: 'asserts', gerund: 'asserting', participle: 'asserted'},
  {lemma: 'maintain', kind: 'speech', takes: 'clause', plain: 'maintain', past: 'maintained', present: 'maintains', gerund: 'maintaining', participle: 'maintained'},
  {lemma: 'contend', kind: 'speech', takes: 'clause', plain: 'contend', past: 'contended', present: 'contends', gerund: 'contending', participle: 'contended'},
  {lemma: 'suggest', kind: 'speech', takes: 'clause', plain: 'suggest', past: 'suggested', present: 'suggests', gerund: 'suggesting', participle: 'suggested'},
  {lemma: 'propose', kind: 'speech', takes: 'both', plain: 'propose', past: 'proposed', present: 'proposes', gerund: 'proposing', participle: 'proposed'},
  {lemma: 'predict', kind: 'speech', takes: 'clause', plain: 'predict', past: 'predicted', present: 'predicts', gerund: 'predicting', participle: 'predicted'},
  {lemma: 'warn', kind: 'speech', takes: 'clause', plain: 'warn', past: 'warned', present: 'warns', gerund: 'warning', participle: 'warned'},
  {lemma: 'caution', kind: 'speech', takes: 'clause', plain: 'caution', past: 'cautioned', present: 'cautions', gerund: 'cautioning', participle: 'cautioned'},
  {lemma: 'admit', kind: 'speech', takes: 'both', plain: 'admit', past: 'admitted', present: 'admits', gerund: 'admitting', participle: 'admitted'},
  {lemma: 'acknowledge', kind: 'speech', takes: 'both', plain: 'acknowledge', past: 'acknowledged', present: 'acknowledges', gerund: 'acknowledging', participle: 'acknowledged'},
  {lemma: 'concede', kind: 'speech', takes: 'clause', plain: 'concede', past: 'conceded', present: 'concedes', gerund: 'conceding', participle: 'conceded'},
  {lemma: 'confirm', kind: 'speech', takes: 'both', plain: 'confirm', past: 'confirmed', present: 'confirms', gerund: 'confirming', participle: 'confirmed'},
  {lemma: 'deny', kind: 'speech', takes: 'both', plain: 'deny', past: 'denied', present: 'denies', gerund: 'denying', participle: 'denied'},
  {lemma: 'reveal', kind: 'speech', takes: 'both', plain: 'reveal', past: 'revealed', present: 'reveals', gerund: 'revealing', participle: 'revealed'},
  {lemma: 'disclose', kind: 'speech', takes: 'both', plain: 'disclose', past: 'disclosed', present: 'discloses', gerund: 'disclosing', participle: 'disclosed'},
  {lemma: 'repeat', kind: 'speech', takes: 'both', plain: 'repeat', past: 'repeated', present: 'repeats', gerund: 'repeating', participle: 'repeated'},
  {lemma: 'reiterate', kind: 'speech', takes: 'both', plain: 'reiterate', past: 'reiterated', present: 'reiterates', gerund: 'reiterating', participle: 'reiterated'},
  {lemma: 'recall', kind: 'speech', takes: 'clause', plain: 'recall', past: 'recalled', present: 'recalls', gerund: 'recalling', participle: 'recalled'},
  {lemma: 'remind', kind: 'speech', takes: 'clause', plain: 'remind', past: 'reminded', present: 'reminds', gerund: 'reminding', participle: 'reminded'},
  {lemma: 'write', kind: 'speech', takes: 'clause', plain: 'write', past: 'wrote', present: 'writes', gerund: 'writing', participle: 'written'},
  {lemma: 'tweet', kind: 'speech', takes: 'clause', plain: 'tweet', past: 'tweeted', present: 'tweets', gerund: 'tweeting', participle: 'tweeted'},
  {lemma: 'testify', kind: 'speech', takes: 'clause', plain: 'testify', past: 'testified', present: 'testifies', gerund: 'testifying', participle: 'testified'},
  {lemma: 'complain', kind: 'speech', takes: 'clause', plain: 'complain', past: 'complained', present: 'complains', gerund: 'complaining', participle: 'complained'},
  {lemma: 'boast', kind: 'speech', takes: 'clause', plain: 'boast', past: 'boasted', present: 'boasts', gerund: 'boasting', participle: 'boasted'},
  {lemma: 'brag', kind: 'speech', takes: 'clause', plain: 'brag', past: 'bragged', present: 'brags', gerund: 'bragging', participle: 'bragged'},
  {lemma: 'joke', kind: 'speech', takes: 'clause', plain: 'joke', past: 'joked', present: 'jokes', gerund: 'joking', participle: 'joked'},
  {lemma: 'quip', kind: 'speech', takes: 'clause', plain: 'quip', past: 'quipped', present: 'quips', gerund: 'quipping', participle: 'quipped'},
  {lemma: 'reply', kind: 'speech', takes: 'clause', plain: 'reply', past: 'replied', present: 'replies', gerund: 'replying', participle: 'replied'},
  {lemma: 'respond', kind: 'speech', takes: 'clause', plain: 'respond', past: 'responded', present: 'responds', gerund: 'responding', participle: 'responded'},
  {lemma: 'answer', kind: 'speech', takes: 'clause', plain: 'answer', past: 'answered', present: 'answers', gerund: 'answering', participle: 'answered'},
  {lemma: 'counter', kind: 'speech', takes: 'clause', plain: 'counter', past: 'countered', present: 'counters', gerund: 'countering', participle: 'countered'},
  {lemma: 'retort', kind: 'speech', takes: 'clause', plain: 'retort', past: 'retorted', present: 'retorts', gerund: 'retorting', participle: 'retorted'},
  {lemma: 'ask', kind: 'speech', takes: 'both', plain: 'ask', past: 'asked', present: 'asks', gerund: 'asking', participle: 'asked'},
  {lemma: 'urge', kind: 'speech', takes: 'clause', plain: 'urge', past: 'urged', present: 'urges', gerund: 'urging', participle: 'urged'},
  {lemma: 'demand', kind: 'speech', takes: 'both', plain: 'demand', past: 'demanded', present: 'demands', gerund: 'demanding', participle: 'demanded'},
  {lemma: 'promise', kind: 'speech', takes: 'both', plain: 'promise', past: 'promised', present: 'promises', gerund: 'promising', participle: 'promised'},
  {lemma: 'vow', kind: 'speech', takes: 'clause', plain: 'vow', past: 'vowed', present: 'vows', gerund: 'vowing', participle: 'vowed'},
  {lemma: 'pledge', kind: 'speech', takes: 'both', plain: 'pledge', past: 'pledged', present: 'pledges', gerund: 'pledging', participle: 'pledged'},
  {lemma: 'threaten', kind: 'speech', takes: 'clause', plain: 'threaten', past: 'threatened', present: 'threatens', gerund: 'threatening', participle: 'threatened'},
  {lemma: 'mention', kind: 'speech', takes: 'both', plain: 'mention', past: 'mentioned', present: 'mentions', gerund: 'mentioning', participle: 'mentioned'},
  {lemma: 'point out', kind: 'speech', takes: 'clause', plain: 'point out', past: 'pointed out', present: 'points out', gerund: 'pointing out', participle: 'pointed out'},
  {lemma: 'observe', kind: 'speech', takes: 'clause', plain: 'observe', past: 'observed', present: 'observes', gerund: 'observing', participle: 'observed'},
  {lemma: 'remark', kind: 'speech', takes: 'clause', plain: 'remark', past: 'remarked', present: 'remarks', gerund: 'remarking', participle: 'remarked'},
  {lemma: 'comment', kind: 'speech', takes: 'clause', plain: 'comment', past: 'commented', present: 'comments', gerund: 'commenting', participle: 'commented'},
  {lemma: 'emphasize', kind: 'speech', takes: 'both', plain: 'emphasize', past: 'emphasized', present: 'emphasizes', gerund: 'emphasizing', participle: 'emphasized'},
  {lemma: 'stress', kind: 'speech', takes: 'both', plain: 'stress', past: 'stressed', present: 'stresses', gerund: 'stressing', participle: 'stressed'},
  {lemma: 'underscore', kind: 'speech', takes: 'both', plain: 'underscore', past: 'underscored', present: 'underscores', gerund: 'underscoring', participle: 'underscored'},
  {lemma: 'allege', kind: 'speech', takes: 'clause', plain: 'allege', past: 'alleged', present: 'alleges', gerund: 'alleging', participle: 'alleged'},
  {lemma: 'accuse', kind: 'speech', takes: 'object', plain: 'accuse', past: 'accused', present: 'accuses', gerund: 'accusing', participle: 'accused'},
  {lemma: 'charge', kind: 'speech', takes: 'clause', plain: 'charge', past: 'charged', present: 'charges', gerund: 'charging', participle: 'charged'},
  {lemma: 'estimate', kind: 'speech', takes: 'clause', plain: 'estimate', past: 'estimated', present: 'estimates', gerund: 'estimating', participle: 'estimated'},
  {lemma: 'speculate', kind: 'speech', takes: 'clause', plain: 'speculate', past: 'speculated', present: 'speculates', gerund: 'speculating', participle: 'speculated'},
  {lemma: 'hint', kind: 'speech', takes: 'clause', plain: 'hint', past: 'hinted', present: 'hints', gerund: 'hinting', participle: 'hinted'},
  {lemma: 'imply', kind: 'speech', takes: 'clause', plain: 'imply', past: 'implied', present: 'implies', gerund: 'implying', participle: 'implied'},
  {lemma: 'indicate', kind: 'speech', takes: 'clause', plain: 'indicate', past: 'indicated', present: 'indicates', gerund: 'indicating', participle: 'indicated'},
  {lemma: 'signal', kind: 'speech', takes: 'clause', plain: 'signal', past: 'signaled', present: 'signals', gerund: 'signaling', participle: 'signaled'},
  {lemma: 'conclude', kind: 'speech', takes: 'clause', plain: 'conclude', past: 'concluded', present: 'concludes', gerund: 'concluding', participle: 'concluded'},
  {lemma: 'agree', kind: 'speech', takes: 'clause', plain: 'agree', past: 'agreed', present: 'agrees', gerund: 'agreing', participle: 'agreed'},
  {lemma: 'describe', kind: 'speech', takes: 'object', plain: 'describe', past: 'described', present: 'describes', gerund: 'describing', participle: 'described'},
  {lemma: 'call', kind: 'speech', takes: 'object', plain: 'call', past: 'called', present: 'calls', gerund: 'calling', participle: 'called'},
  {lemma: 'call for', kind: 'speech', takes: 'object', plain: 'call for', past: 'called for', present: 'calls for', gerund: 'calling for', participle: 'called for'},
  {lemma: 'call on', kind: 'speech', takes: 'object', plain: 'call on', past: 'called on', present: 'calls on', gerund: 'calling on', participle: 'called on'},
  {lemma: 'label', kind: 'speech', takes: 'object', plain: 'label', past: 'labeled', present: 'labels', gerund: 'labeling', participle: 'labelled'},
  {lemma: 'dismiss', kind: 'speech', takes: 'object', plain: 'dismiss', past: 'dismissed', present: 'dismisses', gerund: 'dismissing', participle: 'dismissed'},
  {lemma: 'reject', kind: 'speech', takes: 'object', plain: 'reject', past: 'rejected', present: 'rejects', gerund: 'rejecting', participle: 'rejected'},
  {lemma: 'criticize', kind: 'speech', takes: 'object', plain: 'criticize', past: 'criticized', present: 'criticizes', gerund: 'criticizing', participle: 'criticized'},
  {lemma: 'praise', kind: 'speech', takes: 'object', plain: 'praise', past: 'praised', present: 'praises', gerund: 'praising', participle: 'praised'},
  {lemma: 'condemn', kind: 'speech', takes: 'object', plain: 'condemn', past: 'condemned', present: 'condemns', gerund: 'condemning', participle: 'condemned'},
  {lemma: 'denounce', kind: 'speech', takes: 'object', plain: 'denounce', past: 'denounced', present: 'denounces', gerund: 'denouncing', participle: 'denounced'},
  {lemma: 'attack', kind: 'speech', takes: 'object', plain: 'attack', past: 'attacked', present: 'attacks', gerund: 'attacking', participle: 'attacked'},
  {lemma: 'blast', kind: 'speech', takes: 'object', plain: 'blast', past: 'blasted', present: 'blasts', gerund: 'blasting', participle: 'blasted'},
  {lemma: 'slam', kind: 'speech', takes: 'object', plain: 'slam', past: 'slammed', present: 'slams', gerund: 'slamming', participle: 'slammed'},
  {lemma: 'defend', kind: 'speech', takes: 'object', plain: 'defend', past: 'defended', present: 'defends', gerund: 'defending', participle: 'defended'},
  {lemma: 'endorse', kind: 'speech', takes: 'object', plain: 'endorse', past: 'endorsed', present: 'endorses', gerund: 'endorsing', participle: 'endorsed'},
  {lemma: 'question', kind: 'speech', takes: 'both', plain: 'question', past: 'questioned', present: 'questions', gerund: 'questioning', participle: 'questioned'},
  {lemma: 'challenge', kind: 'speech', takes: 'object', plain: 'challenge', past: 'challenged', present: 'challenges', gerund: 'challenging', participle: 'challenged'},
  {lemma: 'dispute', kind: 'speech', takes: 'both', plain: 'dispute', past: 'disputed', present: 'disputes', gerund: 'disputing', participle: 'disputed'},
  {lemma: 'cite', kind: 'speech', takes: 'object', plain: 'cite', past: 'cited', present: 'cites', gerund: 'citing', participle: 'cited'},
  {lemma: 'echo', kind: 'speech', takes: 'object', plain: 'echo', past: 'echoed', present: 'echos', gerund: 'echoing', participle: 'echoed'},
  {lemma: 'clarify', kind: 'speech', takes: 'clause', plain: 'clarify', past: 'clarified', present: 'clarifies', gerund: 'clarifying', participle: 'clarified'},
  {lemma: 'recount', kind: 'speech', takes: 'both', plain: 'recount', past: 'recounted', present: 'recounts', gerund: 'recounting', participle: 'recounted'},
  {lemma: 'lament', kind: 'speech', takes: 'both', plain: 'lament', past: 'lamented', present: 'laments', gerund: 'lamenting', participle: 'lamented'},
  {lemma: 'advise', kind: 'speech', takes: 'clause', plain: 'advise', past: 'advised', present: 'advises', gerund: 'advising', participle: 'advised'},
  {lemma: 'tout', kind: 'speech', takes: 'object', plain: 'tout', past: 'touted', present: 'touts', gerund: 'touting', participle: 'touted'},
  {lemma: 'hail', kind: 'speech', takes: 'object', plain: 'hail', past: 'hailed', present: 'hails', gerund: 'hailing', participle: 'hailed'},
  {lemma: 'applaud', kind: 'speech', takes: 'object', plain: 'applaud', past: 'applauded', present: 'applauds', gerund: 'applauding', participle: 'applauded'},
  {lemma: 'decry', kind: 'speech', takes: 'object', plain: 'decry', past: 'decried', present: 'decries', gerund: 'decrying', participle: 'decried'},
  {lemma: 'mock', kind: 'speech', takes: 'object', plain: 'mock', past: 'mocked', present: 'mocks', gerund: 'mocking', participle: 'mocked'},
  {lemma: 'blame', kind: 'speech', takes: 'object', plain: 'blame', past: 'blamed', present: 'blames', gerund: 'blaming', participle: 'blamed'},
  {lemma: 'assure', kind: 'speech', takes: 'clause', plain: 'assure', past: 'assured', present: 'assures', gerund: 'assuring', participle: 'assured'},
  {lemma: 'forecast', kind: 'speech', takes: 'clause', plain: 'forecast', past: 'forecast', present: 'forecasts', gerund: 'forecasting', participle: 'forecast'},
  {lemma: 'reason', kind: 'speech', takes: 'clause', plain: 'reason', past: 'reasoned', present: 'reasons', gerund: 'reasoning', participle: 'reasoned'},
  {lemma: 'protest', kind: 'speech', takes: 'clause', plain: 'protest', past: 'protested', present: 'protests', gerund: 'protesting', participle: 'protested'},
  {lemma: 'plead', kind: 'speech', takes: 'clause', plain: 'plead', past: 'pleaded', present: 'pleads', gerund: 'pleading', participle: 'pleaded'},
  {lemma: 'recommend', kind: 'speech', takes: 'both', plain: 'recommend', past: 'recommended', present: 'recommends', gerund: 'recommending', participle: 'recommended'},
  {lemma: 'discuss', kind: 'speech', takes: 'object', plain: 'discuss', past: 'discussed', present: 'discusses', gerund: 'discussing', participle: 'discussed'},
  {lemma: 'express', kind: 'speech', takes: 'object', plain: 'express', past: 'expressed', present: 'expresses', gerund: 'expressing', participle: 'expressed'},
  {lemma: 'voice', kind: 'speech', takes: 'object', plain: 'voice', past: 'voiced', present: 'voices', gerund: 'voicing', participle: 'voiced'},
  {lemma: 'highlight', kind: 'speech', takes: 'object', plain: 'highlight', past: 'highlighted', present: 'highlights', gerund: 'highlighting', participle: 'highlighted'},
  {lemma: 'talk about', kind: 'speech', takes: 'object', plain: 'talk about', past: 'talked about', present: 'talks about', gerund: 'talking about', participle: 'talked about'},
  {lemma: 'refer to', kind: 'speech', takes: 'object', plain: 'refer to', past: 'referred to', present: 'refers to', gerund: 'referring to', participle: 'referred to'},
  {lemma: 'believe', kind: 'thought', takes: 'clause', plain: 'believe', past: 'believed', present: 'believes', gerund: 'believing', participle: 'believed'},
  {lemma: 'think', kind: 'thought', takes: 'clause', plain: 'think', past: 'thought', present: 'thinks', gerund: 'thinking', participle: 'thought'},
  {lemma: 'know', kind: 'thought', takes: 'clause', plain: 'know', past: 'knew', present: 'knows', gerund: 'knowing', participle: 'known'},
  {lemma: 'expect', kind: 'thought', takes: 'clause', plain: 'expect', past: 'expected', present: 'expects', gerund: 'expecting', participle: 'expected'},
  {lemma: 'fear', kind: 'thought', takes: 'clause', plain: 'fear', past: 'feared', present: 'fears', gerund: 'fearing', participle: 'feared'},
  {lemma: 'worry', kind: 'thought', takes: 'clause', plain: 'worry', past: 'worried', present: 'worries', gerund: 'worrying', participle: 'worried'},
  {lemma: 'suspect', kind: 'thought', takes: 'clause', plain: 'suspect', past: 'suspected', present: 'suspects', gerund: 'suspecting', participle: 'suspected'},
  {lemma: 'assume', kind: 'thought', takes: 'clause', plain: 'assume', past: 'assumed', present: 'assumes', gerund: 'assuming', participle: 'assumed'},
  {lemma: 'doubt', kind: 'thought', takes: 'clause', plain: 'doubt', past: 'doubted', present: 'doubts', gerund: 'doubting', participle: 'doubted'},
  {lemma: 'wonder', kind: 'thought', takes: 'clause', plain: 'wonder', past: 'wondered', present: 'wonders', gerund: 'wondering', participle: 'wondered'},
  {lemma: 'want', kind: 'thought', takes: 'both', plain: 'want', past: 'wanted', present: 'wants', gerund: 'wanting', participle: 'wanted'},
  {lemma: 'wish', kind: 'thought', takes: 'clause', plain: 'wish', past: 'wished', present: 'wishes', gerund: 'wishing', participle: 'wished'},
  {lemma: 'plan', kind: 'thought', takes: 'clause', plain: 'plan', past: 'planned', present: 'plans', gerund: 'planning', participle: 'planned'},
  {lemma: 'intend', kind: 'thought', takes: 'clause', plain: 'intend', past: 'intended', present: 'intends', gerund: 'intending', participle: 'intended'},
  {lemma: 'understand', kind: 'thought', takes: 'clause', plain: 'understand', past: 'understood', present: 'understands', gerund: 'understanding', participle: 'understood'},
  {lemma: 'realize', kind: 'thought', takes: 'clause', plain: 'realize', past: 'realized', present: 'realizes', gerund: 'realizing', participle: 'realized'},
  {lemma: 'recognize', kind: 'thought', takes: 'clause', plain: 'recognize', past: 'recognized', present: 'recognizes', gerund: 'recognizing', participle: 'recognized'},
  {lemma: 'learn', kind: 'thought', takes: 'clause', plain: 'learn', past: 'learned', present: 'learns', gerund: 'learning', participle: 'learnt'},
  {lemma: 'decide', kind: 'thought', takes: 'clause', plain: 'decide', past: 'decided', present: 'decides', gerund: 'deciding', participle: 'decided'},
  {lemma: 'imagine', kind: 'thought', takes: 'clause', plain: 'imagine', past: 'imagined', present: 'imagines', gerund: 'imagining', participle: 'imagined'},
  {lemma: 'guess', kind: 'thought', takes: 'clause', plain: 'guess', past: 'guessed', present: 'guesses', gerund: 'guessing', participle: 'guessed'},
  {lemma: 'figure', kind: 'thought', takes: 'clause', plain: 'figure', past: 'figured', present: 'figures', gerund: 'figuring', participle: 'figured'},
  {lemma: 'anticipate', kind: 'thought', takes: 'both', plain: 'anticipate', past: 'anticipated', present: 'anticipates', gerund: 'anticipating', participle: 'anticipated'},
  {lemma: 'seek', kind: 'thought', takes: 'both', plain: 'seek', past: 'sought', present: 'seeks', gerund: 'seeking', participle: 'sought'},
  {lemma: 'refuse', kind: 'thought', takes: 'clause', plain: 'refuse', past: 'refused', present: 'refuses', gerund: 'refusing', participle: 'refused'},
  {lemma: 'decline', kind: 'thought', takes: 'clause', plain: 'decline', past: 'declined', present: 'declines', gerund: 'declining', participle: 'declined'},
  {lemma: 'show', kind: 'evidence', takes: 'both', plain: 'show', past: 'showed', present: 'shows', gerund: 'showing', participle: 'shown'},
  {lemma: 'find', kind: 'evidence', takes: 'clause', plain: 'find', past: 'found', present: 'finds', gerund: 'finding', participle: 'found'},
  {lemma: 'demonstrate', kind: 'evidence', takes: 'both', plain: 'demonstrate', past: 'demonstrated', present: 'demonstrates', gerund: 'demonstrating', participle: 'demonstrated'},
  {lemma: 'prove', kind: 'evidence', takes: 'clause', plain: 'prove', past: 'proved', present: 'proves', gerund: 'proving', participle: 'proven'},
  {lemma: 'oppose', kind: 'speech', takes: 'object', plain: 'oppose', past: 'opposed', present: 'opposes', gerund: 'opposing', participle: 'opposed'},
  {lemma: 'assail', kind: 'speech', takes: 'object', plain: 'assail', past: 'assailed', present: 'assails', gerund: 'assailing', participle: 'assailed'},
  {lemma: 'reference', kind: 'speech', takes: 'object', plain: 'reference', past: 'referenced', present: 'references', gerund: 'referencing', participle: 'referenced'},
  {lemma: 'detail', kind: 'speech', takes: 'object', plain: 'detail', past: 'detailed', present: 'details', gerund: 'detailing', participle: 'detailed'},
  {lemma: 'swear', kind: 'speech', takes: 'clause', plain: 'swear', past: 'swore', present: 'swears', gerund: 'swearing', participle: 'sworn'},
  {lemma: 'welcome', kind: 'speech', takes: 'object', plain: 'welcome', past: 'welcomed', present: 'welcomes', gerund: 'welcoming', participle: 'welcomed'},
  {lemma: 'lambaste', kind: 'speech', takes: 'object', plain: 'lambaste', past: 'lambasted', present: 'lambastes', gerund: 'lambasting', participle: 'lambasted'},
  {lemma: 'deride', kind: 'speech', takes: 'object', plain: 'deride', past: 'derided', present: 'derides', gerund: 'deriding', participle: 'derided'},
  {lemma: 'criticize', kind: 'speech', takes: 'object', plain: 'criticise', past: 'criticised', present: 'criticises', gerund: 'criticising', participle: 'criticised'},
  {lemma: 'emphasize', kind: 'speech', takes: 'both', plain: 'emphasise', past: 'emphasised', present: 'emphasises', gerund: 'emphasising', participle: 'emphasised'},
  {lemma: 'recognize', kind: 'thought', takes: 'clause', plain: 'recognise', past: 'recognised', present: 'recognises', gerund: 'recognising', participle: 'recognised'},
  {lemma: 'realize', kind: 'thought', takes: 'clause', plain: 'realise', past: 'realised', present: 'realises', gerund: 'realising', participle: 'realised'},
  {lemma: 'label', kind: 'speech', takes: 'object', plain: 'label', past: 'labelled', present: 'labels', gerund: 'labelling', participle: 'labeled'}
]

/**
 * Forms of reporting verbs that news copy mostly writes as nouns (`swing states`, `the charges`): not read as
 * verbs. (`feel`, `consider` and `hope` are left out of the verbs for the same reason: in news copy they
 * mostly report no content.)
 */
/**
 * Two-word phrases that, after a comma, end reported content: a credit of the report itself (`voters said she
 * cannot be trusted, according to the poll`). (`compared with` was tried too: it cost PolNeAR dev recall.)
 */
export const contentEnders: readonly string[] = ['according to']

export const nounForms: readonly string[] = ['state', 'states', 'charge', 'charges']

/** Verbs whose first object is the person told, before the content (`told reporters that …`, `assured them …`). */
export const tellVerbs: readonly string[] = ['tell', 'remind', 'assure', 'warn', 'urge', 'ask', 'advise', 'caution', 'promise', 'pledge', 'write']

/** Objects of a verb of telling that stand before the content without `that` (`told reporters the plan …`). */
export const tellObjects: readonly string[] = [
  'reporters', 'journalists', 'supporters', 'voters', 'viewers', 'listeners', 'lawmakers', 'investors', 'him', 'her',
  'them', 'us', 'me', 'you', 'everyone', 'congress', 'colleagues', 'students', 'members', 'delegates', 'donors', 'crowds'
]

/** Words that open circumstances between a verb and its `that` (`said on Tuesday in a statement that …`). */
export const circumstanceWords: readonly string[] = [
  'on', 'in', 'at', 'during', 'to', 'with', 'after', 'before', 'from', 'via', 'through', 'while', 'earlier', 'later',
  'last', 'this', 'repeatedly', 'publicly', 'privately', 'again', 'recently', 'then', 'also', 'often', 'once',
  'yesterday', 'today', 'tonight', 'separately', 'previously', 'afterward', 'afterwards', 'shortly', 'late', 'early'
]

/** Time words right after a verb, before its content (`said Tuesday the plan …`). */
export const timeWords: readonly string[] = [
  ...dayWords, 'tonight', 'earlier', 'later', 'recently', 'repeatedly', 'publicly', 'privately', 'again', 'also',
  'then', 'previously', ...dayParts
]

/** Nouns of saying, thinking and documents whose content follows as a `that` clause (`the claim that …`). */
export const reportingNouns: readonly string[] = [
  'claim', 'claims', 'statement', 'assertion', 'warning', 'insistence', 'argument', 'charge', 'accusation',
  'contention', 'suggestion', 'allegation', 'allegations', 'prediction', 'conclusion', 'finding', 'findings',
  'admission', 'explanation', 'complaint', 'denial', 'declaration', 'boast', 'report', 'reports', 'news', 'word',
  'belief', 'view', 'fear', 'fears', 'hope', 'hopes', 'idea', 'notion', 'sense', 'impression', 'assumption',
  'assurance', 'assurances', 'promise', 'pledge', 'vow', 'announcement', 'message', 'rumor', 'rumors', 'speculation',
  'theory', 'estimate', 'evidence', 'indication', 'indications', 'sign', 'signs', 'acknowledgment', 'concern',
  'concerns', 'worry', 'worries', 'expectation', 'expectations', 'proposal', 'recommendation', 'ruling', 'verdict',
  'testimony', 'comments', 'remarks', 'suspicion', 'suspicions', 'doubt', 'doubts', 'revelation', 'revelations'
]

/**
 * Words that cannot open reported content right after a verb without `that`: prepositions and subordinators
 * open circumstances (`said in a statement`, `said of the story`, `said as she left`), not what was said.
 */
export const nonContentOpeners: readonly string[] = [
  'in', 'at', 'on', 'during', 'of', 'about', 'with', 'from', 'after', 'before', 'as', 'when', 'while', 'aboard',
  'onstage', 'amid', 'upon', 'via', 'through', 'outside', 'inside', 'into', 'for', 'by', 'without', 'until',
  'since', 'because', 'although', 'though', 'whereas', 'than', 'rather', 'instead', 'again', 'later', 'earlier',
  'afterward', 'afterwards', 'so', 'and', 'but', 'or', 'to',
  // Particles: a phrasal verb of another sense (`called off`, `showed up`, `written off`, `tweeted back`).
  'off', 'up', 'down', 'away', 'back', 'out'
]

/** Verbs whose content may be an infinitive (`wants to run`, `declined to comment`, `vowed to fight`). */
export const infinitiveVerbs: readonly string[] = [
  'want', 'plan', 'seek', 'decline', 'refuse', 'decide', 'hope', 'expect', 'promise', 'vow', 'pledge', 'threaten',
  'urge', 'ask', 'agree', 'intend', 'wish', 'tell', 'advise', 'warn', 'call on', 'claim', 'propose', 'demand'
]
