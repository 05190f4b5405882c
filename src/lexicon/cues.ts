/**
 * Speech cues: verbs and phrases that attribute words to a speaker.
 *
 * Data only. Each entry lists the inflected forms that occur in wire copy and
 * the lemma reported on `Cue.lemma`. `strength` says how sure the cue is to
 * report speech: `1` for verbs of saying (`said`, `told`), lower for verbs
 * that often report something else (`called`, `described`).
 *
 * @module
 */

/** A speech cue of the lexicon. */
export interface CueDefinition {
  /** Lemma reported on the cue (`say`). */
  lemma: string
  /** Forms as written, lower case, one or more words (`said`, `told reporters`). */
  forms: readonly string[]
  /** How sure the cue is to report speech, 0–1. */
  strength: number
}

/** Built-in cues. */
export const cues: readonly CueDefinition[] = [
  {lemma: 'say', forms: ['said', 'says', 'say', 'saying'], strength: 1},
  {lemma: 'interject', forms: ['interjected', 'interjects', 'interjecting'], strength: 1},
  {lemma: 'chime in', forms: ['chimed in', 'chimes in', 'chiming in'], strength: 1},
  {lemma: 'scoff', forms: ['scoffed', 'scoffs', 'scoffing'], strength: 0.9},
  {lemma: 'press', forms: ['pressed', 'presses'], strength: 0.7},
  {lemma: 'offer', forms: ['offered', 'offers'], strength: 0.6},
  {lemma: 'tell', forms: ['told', 'tells', 'tell', 'telling'], strength: 1},
  {lemma: 'add', forms: ['add', 'added', 'adds', 'adding'], strength: 1},
  {lemma: 'state', forms: ['state', 'stated', 'states', 'stating'], strength: 0.9},
  {lemma: 'emphasize', forms: ['emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising'], strength: 1},
  {lemma: 'stress', forms: ['stressed', 'stresses', 'stressing'], strength: 1},
  {lemma: 'point out', forms: ['point out', 'pointed out', 'points out', 'pointing out'], strength: 1},
  {lemma: 'conclude', forms: ['concluded', 'concludes', 'concluding'], strength: 0.9},
  {lemma: 'note', forms: ['note', 'noted', 'notes', 'noting'], strength: 0.9},
  {lemma: 'warn', forms: ['warn', 'warned', 'warns', 'warning'], strength: 1},
  {lemma: 'explain', forms: ['explain', 'explained', 'explains', 'explaining'], strength: 1},
  {lemma: 'declare', forms: ['declared', 'declares', 'declaring'], strength: 1},
  {lemma: 'announce', forms: ['announced', 'announces', 'announcing'], strength: 0.9},
  {lemma: 'insist', forms: ['insist', 'insisted', 'insists', 'insisting'], strength: 1},
  {lemma: 'argue', forms: ['argue', 'argued', 'argues', 'arguing'], strength: 1},
  {lemma: 'claim', forms: ['claim', 'claimed', 'claims', 'claiming'], strength: 0.9},
  {lemma: 'assert', forms: ['asserted', 'asserts', 'asserting'], strength: 1},
  {lemma: 'ask', forms: ['asked', 'asks', 'asking'], strength: 0.9},
  {lemma: 'reply', forms: ['reply', 'replied', 'replies', 'replying'], strength: 1},
  {lemma: 'respond', forms: ['respond', 'responded', 'responds', 'responding'], strength: 0.9},
  {lemma: 'answer', forms: ['answered', 'answers'], strength: 0.9},
  {lemma: 'continue', forms: ['continued', 'continues'], strength: 0.8},
  {lemma: 'write', forms: ['write', 'wrote', 'writes', 'written', 'writing', 'tweeted', 'tweets', 'posted', 'posts'], strength: 1},
  {lemma: 'tweet', forms: ['tweeted', 'tweets', 'tweeting'], strength: 1},
  {lemma: 'quote', forms: ['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing'], strength: 0.9},
  {lemma: 'acknowledge', forms: ['acknowledge', 'acknowledged', 'acknowledges', 'acknowledging', 'admitted', 'admits', 'admitting', 'conceded', 'concedes'], strength: 1},
  {lemma: 'recall', forms: ['recalled', 'recalls', 'recalling'], strength: 1},
  {lemma: 'remark', forms: ['remarked', 'remarks', 'remarking'], strength: 1},
  {lemma: 'comment', forms: ['commented', 'comments'], strength: 0.9},
  {lemma: 'observe', forms: ['observed', 'observes', 'observing'], strength: 0.9},
  {lemma: 'predict', forms: ['predict', 'predicted', 'predicts', 'predicting'], strength: 0.9},
  {lemma: 'promise', forms: ['promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'vowing', 'pledging'], strength: 0.9},
  {lemma: 'urge', forms: ['urged', 'urges', 'urging'], strength: 0.9},
  {lemma: 'describe', forms: ['described', 'describes', 'describing'], strength: 0.7},
  {lemma: 'call', forms: ['called', 'calls', 'calling'], strength: 0.6},
  {lemma: 'dub', forms: ['dubbed', 'dubs', 'labeled', 'labelled', 'branded', 'termed'], strength: 0.6},
  {lemma: 'complain', forms: ['complain', 'complained', 'complains', 'complaining'], strength: 1},
  {lemma: 'suggest', forms: ['suggest', 'suggested', 'suggests', 'suggesting'], strength: 0.9},
  {lemma: 'joke', forms: ['joked', 'jokes', 'quipped', 'quips', 'joking', 'quipping', 'quip'], strength: 1},
  {lemma: 'shout', forms: ['shouted', 'shouts', 'yelled', 'cried', 'chanted', 'exclaimed'], strength: 1},
  {lemma: 'whisper', forms: ['whispered', 'murmured', 'mused'], strength: 1},
  {lemma: 'repeat', forms: ['repeated', 'repeats', 'reiterated', 'reiterates', 'repeating', 'reiterating'], strength: 1},
  {lemma: 'confirm', forms: ['confirmed', 'confirms'], strength: 0.9},
  {lemma: 'deny', forms: ['denied', 'denies', 'denying'], strength: 0.8},
  {lemma: 'report', forms: ['reported', 'reports'], strength: 0.8},
  {lemma: 'agree', forms: ['agree', 'agreed', 'agrees'], strength: 0.9},
  {lemma: 'charge', forms: ['charged', 'accused', 'accuses', 'alleged', 'alleges', 'accusing', 'alleging'], strength: 0.8},
  {lemma: 'counter', forms: ['countered', 'counters', 'retorted', 'shot back', 'fired back', 'hit back', 'retaliated', 'rebutted', 'countering'], strength: 1},
  {lemma: 'testify', forms: ['testified', 'testifies'], strength: 1},
  {lemma: 'boast', forms: ['boasted', 'boasts', 'bragged', 'boasting', 'bragging'], strength: 1},
  {lemma: 'caution', forms: ['caution', 'cautioned', 'cautions', 'cautioning'], strength: 1},
  {lemma: 'lament', forms: ['lamented', 'laments', 'lamenting'], strength: 1},
  {lemma: 'recount', forms: ['recounted', 'recounts', 'recounting'], strength: 1},
  {lemma: 'underline', forms: ['underlined', 'underscored', 'highlighted', 'underscoring', 'highlighting'], strength: 0.9},
  {lemma: 'indicate', forms: ['indicated'], strength: 0.7},
  {lemma: 'believe', forms: ['believes', 'believed', 'thinks', 'thought', 'feels', 'felt'], strength: 0.6},
  {lemma: 'fume', forms: ['fumed', 'fumes', 'raged', 'seethed', 'snapped', 'thundered'], strength: 1},
  {lemma: 'opine', forms: ['opined', 'opines'], strength: 1},
  {lemma: 'proclaim', forms: ['proclaimed', 'proclaims', 'proclaiming'], strength: 0.9},
  {lemma: 'object', forms: ['objected', 'objects'], strength: 0.9},
  {lemma: 'protest', forms: ['protested'], strength: 0.8},
  {lemma: 'concur', forms: ['concurred'], strength: 0.9},
  {lemma: 'affirm', forms: ['affirmed', 'reaffirmed'], strength: 0.9},
  {lemma: 'maintain', forms: ['maintained'], strength: 0.8},
  {lemma: 'hail', forms: ['hailed'], strength: 0.7},
  {lemma: 'according to', forms: ['according to'], strength: 1},
  {lemma: 'put', forms: ['put it'], strength: 0.9},
  {lemma: 'go on', forms: ['went on'], strength: 0.8},
  {lemma: 'assure', forms: ['assured', 'assures', 'assuring'], strength: 0.9},
  {lemma: 'bark', forms: ['barked', 'snapped', 'growled', 'thundered'], strength: 0.9},
  {lemma: 'wonder', forms: ['wondered', 'mused', 'sighed'], strength: 0.9},
  {lemma: 'demand', forms: ['demanded', 'pleaded', 'begged', 'implored', 'demanding', 'pleading'], strength: 0.8},
  {lemma: 'tease', forms: ['teased', 'gushed', 'raved', 'marveled', 'marvelled'], strength: 0.9},
  {lemma: 'blast', forms: ['blasted', 'slammed', 'lambasted', 'derided', 'ridiculed', 'mocked', 'blasting', 'slamming', 'mocking', 'lambasting'], strength: 0.7},
  {lemma: 'advise', forms: ['advised', 'reasoned', 'speculated'], strength: 0.7},
  {lemma: 'mention', forms: ['mentioned', 'mentions'], strength: 0.8}
]

/** Prepositional phrases that name a medium after a cue (`told reporters`, `wrote on Telegram`). */
export const cueComplements: readonly string[] = [
  'reporters', 'journalists', 'the press', 'a news conference', 'a press conference', 'a briefing',
  'on twitter', 'on telegram', 'on facebook', 'in a statement', 'in an interview', 'in a tweet'
]

/**
 * Nouns of reports and documents that credit their author or medium, named after `by`/`from`/`in`, with a
 * quotation of their content (`a report by Politico that he "fabricated"`, `a headline from the Washington
 * Post: "…"`, `an email sent out by Sanders warned: "…"`).
 */
export const reportNouns: readonly string[] = [
  'report', 'reports', 'story', 'article', 'headline', 'editorial', 'column', 'op-ed', 'quote', 'study', 'analysis',
  'memo', 'email', 'e-mail', 'letter', 'statement', 'post', 'tweet', 'essay', 'book', 'release', 'message', 'interview',
  'investigation', 'profile', 'piece'
]

/**
 * Nouns of speech that credit their possessor with the quotation right after them
 * (`Mitvol's claim Monday that "…"`, `Ginsburg's comments "…"`).
 */
export const speechNouns: readonly string[] = [
  'claim', 'claims', 'comment', 'comments', 'remark', 'remarks', 'statement', 'words', 'assertion', 'warning',
  'insistence', 'pledge', 'promise', 'argument', 'charge', 'accusation', 'contention', 'suggestion', 'vow', 'quip',
  'allegation', 'allegations', 'assessment', 'prediction', 'description', 'denunciation', 'conclusion',
  'finding', 'admission', 'explanation', 'complaint', 'denial', 'declaration', 'boast', 'retort', 'verdict'
]

/**
 * Plain present forms (`argue`, `warn`, `state`) that are verbs of saying only right after a subject
 * (`critics argue`, `the Saudis state`, `they warn`), not after `to`, a determiner or a modal (`to warn`,
 * `the state`, `a note`).
 */
export const plainCueForms: readonly string[] = [
  'add', 'state', 'note', 'warn', 'explain', 'insist', 'argue', 'claim', 'reply', 'respond', 'write', 'predict',
  'acknowledge', 'suggest', 'complain', 'caution', 'point', 'agree'
]
