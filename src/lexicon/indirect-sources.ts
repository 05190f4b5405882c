/**
 * Shapes of the source of indirect speech that the subject reader does not take, as data: parenthetical
 * adverbs set off by commas between a subject and its verb (`Others, however, say …`), and the words of a
 * proportion standing as a subject (`six in 10 said …`, `About three in 10 said …`, poll copy). Data only.
 *
 * @module
 */

/** Adverbs set off by commas between a subject and its reporting verb (`Others, however, say`, `She, too, said`). */
export const parentheticalAdverbs: readonly string[] = [
  'however', 'too', 'meanwhile', 'though', 'also', 'instead', 'moreover', 'furthermore', 'likewise', 'similarly',
  'nevertheless', 'nonetheless', 'indeed', 'then', 'now', 'still', 'meantime', 'separately', 'privately', 'publicly',
  'earlier', 'later', 'previously', 'recently', 'often', 'repeatedly', 'in turn', 'in fact', 'for their part',
  'for his part', 'for her part', 'for its part', 'in response', 'in contrast', 'by contrast', 'at the time',
  'at the same time', 'for example', 'for instance', 'of course', 'in particular', 'in private', 'in public'
]

/** Numbers written as words that count people in a proportion (`six in 10`, `one in five`). */
/**
 * The party letters of US party-and-state designations set off after a legislator's name (`Sen. Lindsey
 * Graham, R-S.C., said`, `Rep. Ann Lee (D-Md.) said`): Republican, Democrat, independent. Such an appositive is
 * no speaker.
 */
export const partyLetters: readonly string[] = ['R', 'D', 'I']

export const countWords: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'a', 'a third', 'a quarter',
  'two-thirds', 'one-third', 'three-quarters', 'one-quarter'
]

/** Denominators of a proportion written as a word (`one in five said`; digits are read as such: `six in 10`). */
export const proportionDenominators: readonly string[] = ['ten', 'five', 'four', 'three']

/** Words before a proportion (`More than six in 10`, `about three in 10`, `Nearly two-thirds of them`). */
export const proportionPrefixes: readonly string[] = ['more than', 'less than', 'fewer than', 'about', 'nearly', 'almost', 'roughly', 'around', 'over', 'under', 'just', 'only', 'some', 'at least', 'just over', 'just under']

/**
 * Reporting verbs (lemmas of `reporting.ts`) read in a headline written in title case (`Sanders Says He Has
 * Started Writing His Address`); others mostly mean something else there (`Trump Adds Two Advisers`).
 */
export const headlineVerbs: readonly string[] = [
  'say', 'tell', 'claim', 'deny', 'warn', 'insist', 'admit', 'vow', 'urge', 'predict', 'argue', 'show', 'find',
  'believe', 'think', 'suggest', 'reveal', 'confirm', 'declare', 'demand', 'promise', 'pledge', 'fear', 'hope',
  'expect', 'want', 'accuse', 'slam', 'blast', 'praise', 'criticize', 'defend', 'concede', 'acknowledge', 'report'
]

/**
 * Labels that stand before a colon at the start of a line or sentence without being anyone's credit
 * (`UPDATE: …`, `Editor's note: …`, `Watch: …`): no paraphrase is read after them.
 */
export const colonLabels: readonly string[] = [
  'update', 'updated', 'note', "editor's note", 'editor’s note', 'watch', 'video', 'photo', 'photos', 'related',
  'advertisement', 'read', 'read more', 'correction', 'clarification', 'breaking', 'exclusive', 'analysis', 'opinion',
  'editorial', 'the latest', 'live', 'full text', 'abstract', 'source', 'sources', 'q', 'a', 'question', 'answer',
  'listen', 'see', 'also', 'more', 'subscribe', 'follow', 'click', 'disclosure', 'warning', 'first', 'second',
  'third', 'why', 'what', 'how', 'where', 'when', 'who', 'bottom line', 'the bottom line', 'background', 'context',
  'timeline', 'schedule', 'location', 'date', 'time', 'tags', 'topics', 'filed under', 'posted', 'share', 'image',
  'credit', 'caption', 'trending', 'trending stories', 'related coverage', 'more coverage', 'recommended', 'poll results'
]

/** Sources that are documents or polls rather than names (`Poll: Voters Abandon …`, `Report: Half of …`). */
export const documentSources: readonly string[] = ['poll', 'polls', 'report', 'survey', 'study', 'memo', 'audit', 'analysis', 'filing', 'lawsuit', 'documents', 'records', 'emails', 'sources', 'officials', 'aides', 'experts']

/**
 * Words that open what was asked after a leading `Asked` (`Asked whether he would run, …`, `Asked about the
 * plan, …`): the question reported, from that word on.
 */
export const questionOpeners: readonly string[] = ['about', 'whether', 'if', 'what', 'which', 'who', 'whom', 'how', 'why', 'when', 'where', 'to', 'for']

/** Words before a leading `Asked` (`When asked by a reporter whether …`). */
export const askedLeads: readonly string[] = ['when', 'after', 'once', 'if', 'as', 'later', 'also']

/**
 * Participles of a passive report whose clause is content with no source (`The bank is expected to raise
 * rates`, `He is said to favour a deal`, `She is widely seen as the favourite`), each with the word that must
 * follow it.
 */
export const passiveReports: ReadonlyArray<{participle: string; then: string}> = [
  {participle: 'expected', then: 'to'},
  {participle: 'believed', then: 'to'},
  {participle: 'thought', then: 'to'},
  {participle: 'said', then: 'to'},
  {participle: 'reported', then: 'to'},
  {participle: 'rumored', then: 'to'},
  {participle: 'rumoured', then: 'to'},
  {participle: 'alleged', then: 'to'},
  {participle: 'seen', then: 'as'},
  {participle: 'viewed', then: 'as'},
  {participle: 'regarded', then: 'as'}
]

/**
 * Documents whose content a leading `In a …,` reports when no verb of saying follows (`In a CBS News poll, she
 * led by 24 points`, `In the video, the man appears to …`). Occasions where someone speaks (`interview`,
 * `statement`, `speech`) are left out: their speaker is the clause's subject, not the document.
 */
export const documentNouns: readonly string[] = [
  'poll', 'polls', 'survey', 'surveys', 'study', 'report', 'filing', 'complaint', 'lawsuit', 'video', 'analysis',
  'review', 'audit', 'documents', 'records', 'ruling', 'footage', 'recording', 'data', 'estimates', 'figures'
]

/** Words of quantity before a subject (`just 28 percent of voters`, `about half of them`). */
export const subjectQuantityWords: readonly string[] = [
  'just', 'only', 'about', 'nearly', 'almost', 'roughly', 'some', 'many', 'most', 'all', 'both', 'half', 'more',
  'fewer', 'than', 'percent', 'of', 'over', 'under', 'around'
]

/**
 * Words that a noun phrase read as the subject of a reporting verb does not hold (`The latest Reuters poll
 * showed …`, `Developers and supporters in Congress say …`): a form of `be`, `have` or a modal (the stretch would
 * hold a clause of its own: `The plan that was found says`), subject pronouns, and words that open a clause or
 * a question.
 */
export const nounPhraseBreakers: readonly string[] = [
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'should', 'must', 'do', 'does', 'did', "didn't", "don't", "doesn't", "won't", "can't", 'not', 'he',
  'she', 'they', 'we', 'i', 'it', 'you', 'there', 'that', 'which', 'what', 'whether', 'if', 'when', 'where', 'why',
  'how', 'because', 'than', 'as', 'while', 'who', 'whom', 'whose', 'whatever', 'whoever', 'here'
]

/**
 * Forms of reporting verbs that after a long noun phrase are mostly its head noun (`renewed its threats to
 * continue rocket attacks against …`, `pressed ahead with plans to …`, `the growth forecast set by …`): not read
 * as the verb of a subject taken by the noun-phrase fallback.
 */
export const nounLikeForms: readonly string[] = [
  'forecast', 'report', 'estimate', 'comment', 'plan', 'call', 'claim', 'charge', 'question', 'answer', 'promise',
  'plans', 'fears', 'attacks', 'notes', 'reports', 'comments', 'forecasts', 'hopes', 'calls', 'claims', 'demands',
  'promises', 'questions', 'doubts', 'worries', 'charges', 'answers', 'counters', 'estimates', 'pledges', 'vows',
  'threats', 'wants', 'wishes', 'echoes', 'reasons', 'protests', 'remarks', 'details', 'figures', 'guesses'
]

/**
 * Irregular past tenses of common verbs that are not reporting verbs (`Egypt took a step back from plans …`): a
 * stretch holding one is a clause, not the subject of a later reporting verb.
 */
export const irregularPasts: readonly string[] = [
  'took', 'made', 'gave', 'went', 'came', 'got', 'put', 'set', 'held', 'won', 'lost', 'left', 'met', 'ran', 'saw',
  'sent', 'spent', 'paid', 'sold', 'bought', 'brought', 'kept', 'led', 'fell', 'rose', 'grew', 'began', 'hit',
  'cut', 'struck', 'drew', 'fought', 'built', 'stood', 'broke', 'chose', 'became', 'did', 'had', 'felt', 'heard',
  'withdrew', 'sought', 'swept', 'fled', 'wore', 'bore', 'shot', 'threw', 'caught', 'taught', 'beat', 'bid'
]

/**
 * Prepositions that end the head of a subject besides those of `nonContentOpeners` (`a shop owner near the
 * harbor said …`, `Officials across the region say …`).
 */
export const headPrepositions: readonly string[] = [
  'near', 'across', 'around', 'among', 'behind', 'like', 'under', 'over', 'against', 'within', 'beyond', 'inside',
  'outside', 'throughout', 'including', 'close', 'familiar', 'involved', 'opposed', 'loyal'
]
