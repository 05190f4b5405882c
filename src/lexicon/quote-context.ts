/**
 * Words around a quoted run that tell reported speech from scare quotes,
 * titles of works and names (`src/quotes/classify.ts`).
 *
 * Data only: lower-case word forms, matched whole.
 *
 * @module
 */

/**
 * Words of saying, writing, thinking and judging, and nouns of speech, that
 * make a short quoted run in their sentence reported words
 * (`calling it “a provocation”`, `dismissed as “locker-room talk”`,
 * `his promise of “free college”`). A short run with none of them in its
 * sentence is a scare quote or a coined label (`a separate “antidumping”
 * duty`).
 */
export const speechContextWords: readonly string[] = [
  // saying, telling, writing
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'stated', 'statement', 'statements', 'write', 'writes', 'wrote', 'written', 'writing',
  'tweet', 'tweets', 'tweeted', 'tweeting', 'post', 'posted', 'posts', 'speech', 'speeches', 'spoke', 'speak', 'speaks', 'speaking',
  'talk', 'talks', 'talked', 'talking', 'remark', 'remarks', 'remarked', 'comment', 'comments', 'commented',
  'interview', 'interviews', 'interviewed', 'according', 'quote', 'quoted', 'quoting', 'quotes', 'word', 'words', 'phrase',
  'message', 'messages', 'rhetoric', 'letter', 'memo', 'email', 'emails', 'emailed', 'op-ed', 'column', 'press',
  'announce', 'announced', 'announces', 'announcement', 'declare', 'declared', 'declares', 'declaring', 'declaration',
  'note', 'noted', 'notes', 'noting', 'explain', 'explained', 'explains', 'answer', 'answered', 'reply', 'replied', 'responded', 'response',
  'ask', 'asked', 'asks', 'asking', 'question', 'questioned', 'urge', 'urged', 'urges', 'urging', 'demand', 'demanded', 'demands', 'demanding',
  'promise', 'promised', 'promises', 'promising', 'pledge', 'pledged', 'pledges', 'vow', 'vowed', 'vows', 'vowing',
  'warn', 'warned', 'warns', 'warning', 'claim', 'claimed', 'claims', 'claiming', 'argue', 'argued', 'argues', 'arguing', 'argument',
  'insist', 'insisted', 'insists', 'assert', 'asserted', 'asserts', 'contend', 'contended', 'contends', 'maintain', 'maintained', 'maintains',
  'allege', 'alleged', 'alleges', 'allegation', 'allegations', 'accuse', 'accused', 'accuses', 'accusing', 'accusation', 'accusations',
  'charge', 'charged', 'charges', 'admit', 'admitted', 'admits', 'acknowledge', 'acknowledged', 'acknowledges', 'concede', 'conceded',
  'suggest', 'suggested', 'suggests', 'suggesting', 'predict', 'predicted', 'predicts', 'complain', 'complained', 'complains', 'complaint',
  'report', 'reported', 'reports', 'reporting', 'describe', 'described', 'describes', 'describing', 'description',
  'call', 'called', 'calls', 'calling', 'term', 'termed', 'terms', 'label', 'labeled', 'labelled', 'labels', 'brand', 'branded', 'brands',
  'deem', 'deemed', 'deems', 'refer', 'referred', 'refers', 'referring', 'characterize', 'characterized', 'characterise', 'characterised',
  'portray', 'portrayed', 'portrays', 'portraying', 'cast', 'casts', 'casting', 'dismiss', 'dismissed', 'dismisses', 'dismissing',
  'slam', 'slammed', 'slams', 'slamming', 'blast', 'blasted', 'blasts', 'attack', 'attacked', 'attacks', 'criticize', 'criticized',
  'criticise', 'criticised', 'criticizes', 'criticism', 'condemn', 'condemned', 'condemns', 'denounce', 'denounced', 'denounces',
  'deride', 'derided', 'derides', 'mock', 'mocked', 'mocks', 'mocking', 'insult', 'insulted', 'praise', 'praised', 'praises', 'praising',
  'hail', 'hailed', 'hails', 'herald', 'heralded', 'tout', 'touted', 'touts', 'boast', 'boasted', 'boasts', 'brag', 'bragged', 'bragging',
  'lament', 'lamented', 'laments', 'cry', 'cried', 'cries', 'crying', 'shout', 'shouted', 'chant', 'chanted', 'chanting',
  'pitch', 'pitched', 'present', 'presented', 'presents', 'sell', 'sold', 'selling', 'offer', 'offered', 'defend', 'defended',
  'challenge', 'challenged', 'deny', 'denied', 'denies', 'reject', 'rejected', 'confirm', 'confirmed', 'agree', 'agreed',
  'recall', 'recalled', 'recalls', 'recount', 'recounted', 'testify', 'testified', 'vowing', 'threaten', 'threatened',
  'sigh', 'sighed', 'sighs', 'grouse', 'groused', 'grouses', 'pronounce', 'pronounced', 'proclaim', 'proclaimed', 'proclaims',
  'read', 'reads', 'chants', 'calls', 'joke', 'joked', 'jokes', 'quip', 'quipped', 'scoff', 'scoffed', 'muse', 'mused',
  'wonder', 'wondered', 'plead', 'pleaded', 'beg', 'begged', 'rail', 'railed', 'rails', 'decry', 'decried', 'decries',
  'fume', 'fumed', 'fuming', 'scold', 'scolded', 'lash', 'lashed', 'retort', 'retorted', 'imply', 'implied', 'implies',
  'name', 'naming', 'mark', 'marked', 'cite', 'cited', 'cites', 'greet', 'greeted',
  // thinking, judging
  'believe', 'believed', 'believes', 'assume', 'assumed', 'assumes', 'admire', 'admires', 'admired', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'consider', 'considered', 'considers',
  'find', 'found', 'finds', 'see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regarded', 'regards', 'hope', 'hoped', 'hopes',
  'want', 'wanted', 'wants', 'fear', 'feared', 'fears', 'expect', 'expected', 'expects',
  // self-description
  'self-styled', 'self-described', 'self-proclaimed', 'so-called'
]

/**
 * Words right before a quoted title of a work or a programme
 * (`the book “…”`, `appeared on “Face the Nation”`, `ABC’s “This Week”`,
 * `a play called “…”`).
 */
export const titleContextWords: readonly string[] = [
  'show', 'shows', 'program', 'programme', 'film', 'movie', 'documentary', 'book', 'books', 'memoir', 'novel', 'song', 'album',
  'series', 'episode', 'ad', 'ads', 'advert', 'advertisement', 'commercial', 'spot', 'titled', 'entitled', 'headlined', 'headline',
  'article', 'column', 'op-ed', 'essay', 'hashtag', 'podcast', 'newsletter', 'broadcast', 'magazine', 'newspaper', 'play', 'musical',
  'poem', 'video', 'segment', 'tour', 'award', 'blog', 'website', 'site', 'paper', 'study', 'report', 'pseudonym', 'alias',
  'nickname', 'nicknamed', 'dubbed', 'called', 'named', 'on', 'told', 'campaign', 'initiative', 'operation', 'programme', 'exercise'
]

/** Links between a title word and a quoted title (`episode of “…”`, `interview with “…”`, `speaking to “…”`). */
export const titleLinkWords: readonly string[] = ['of', 'with', 'to']

/** Words that, with a link, introduce a quoted title (`an interview with “…”`, `a contestant on … of “…”`). */
export const titleLinkHeadWords: readonly string[] = [
  'interview', 'interviews', 'speaking', 'spoke', 'talking', 'talked', 'appearance', 'appearances', 'edition', 'host', 'hosts',
  'star', 'stars', 'graduate', 'contestant', 'cast', 'episode', 'episodes', 'season', 'premiere', 'finale', 'set', 'author', 'anchor'
]

/** Words right before a quoted run that mark it as a scare quote or coined label (`so-called “reforms”`). */
export const scareContextWords: readonly string[] = [
  'so-called', 'quote-unquote', 'dubbed', 'nicknamed', 'self-styled', 'self-described',
  // Codes of business copy: `under the symbol “VLMR”`, `class “B” shares`, `rated “AA”`.
  'symbol', 'symbols', 'ticker', 'class', 'rated', 'rating', 'grade'
]

/**
 * Nouns right after a capitalised quoted run that make the run the name of
 * the thing (`the “Miss Universe” pageant`, `George magazine’s “If I were
 * president” questionnaire`): works, programmes, events.
 */
export const labelHeadWords: readonly string[] = [
  'questionnaire', 'survey', 'campaign', 'initiative', 'operation', 'exercise', 'programme', 'program', 'plan', 'scheme',
  'pageant', 'festival', 'contest', 'theme', 'song', 'film', 'movie', 'documentary', 'show', 'series', 'book', 'novel', 'album'
]

/**
 * Nouns right after a quoted run in lower case that make the run a word
 * mentioned, not said (`the “wise Latina” phrase`, `the “sleaze” scandal`).
 * Nouns that a quoted judgement qualifies stay out (`a “reckless” plan`,
 * `a “vicious” campaign`, `a “rigged” system`).
 */
export const wordHeadWords: readonly string[] = [
  'phrase', 'slogan', 'slogans', 'motto', 'catchphrase', 'nickname', 'moniker', 'scandal',
  // Terms of trade and finance (`“put” options`, `the “poison pill” provision`, `“junk” bonds`).
  'option', 'options', 'provision', 'provisions', 'clause', 'clauses', 'kit', 'kits', 'warrants', 'bonds', 'notes',
  'contracts', 'futures', 'securities', 'shares', 'stock', 'stocks', 'rebels'
]

/** Small words that title case leaves in lower case (`Face the Nation`, `Gang of Eight`). */
export const titleSmallWords: readonly string[] = [
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'vs', 'as', 'de', 'la', 'le', 'du', 'y'
]

/** Small words a title in quotation marks inside a credit may hold in lower case (`"Meet the Press"`). */
export const creditTitleSmallWords: readonly string[] = ['the', 'of', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'at', 'with', 'from', 'or', 'is']

/** Title words that introduce titles only in title case (`told “Fox and Friends”` but `told “We won”`). */
export const weakTitleContextWords: readonly string[] = [
  'on', 'told', 'called', 'named', 'dubbed', 'nicknamed', 'headline', 'headlined', 'report', 'study', 'paper', 'site',
  'website', 'article', 'column', 'op-ed', 'essay', 'blog'
]
