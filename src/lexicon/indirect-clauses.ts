/**
 * Words around the reported clause of indirect speech, read by `src/attribution/indirect/`: what opens,
 * links and ends a clause, the adverbs between a subject and its verb, and the words that stand for no source.
 * Data only, lower case: closed classes of English function words and the adverbs seen in news copy.
 *
 * @module
 */

/** Words after a comma that open a new clause after an object (`praised the plan, but …`). */
export const objectClauseEnders: readonly string[] = [
  'but', 'while', 'which', 'who', 'where', 'when', 'as', 'although', 'though', 'because', 'whereas', 'yet', 'so',
  'since', 'after', 'before', 'if', 'saying', 'adding', 'he', 'she', 'they', 'it', 'we'
]

/** Words that open a clause as its subject or complementizer (`… believes he …`, `… found what …`). */
export const complementOpeners: readonly string[] = [
  'he', 'she', 'they', 'we', 'i', 'it', 'you', 'there', 'what', 'whether', 'if', 'how', 'why', 'who', 'where', 'when',
  'which'
]

/** Auxiliaries, modals and copulas: the finite verb of a clause within a few words marks it as one. */
export const finiteAuxiliaries: readonly string[] = [
  'is', 'was', 'are', 'were', 'will', 'would', 'could', 'can', 'has', 'had', 'have', 'should', 'may', 'might', 'must',
  'did', 'does', "won't", "isn't", "wasn't", "doesn't", "didn't", "can't", "wouldn't", "couldn't"
]

/** Words after the comma that closes a credit which start something other than the rest of its content (`…, according to the tracker, which follows 200 lenders`). */
export const creditInterruptEnders: readonly string[] = [
  'which', 'who', 'whose', 'where', 'when', 'while', 'whereas', 'but', 'and', 'or', 'as', 'after', 'before', 'since',
  'because', 'though', 'although', 'with', 'citing', 'adding', 'saying'
]

/** Words that open an adverbial clause, not reported content, before a credit (`As a phone rang, X said, …`). */
export const adverbialClauseOpeners: readonly string[] = [
  'as', 'when', 'while', 'if', 'after', 'before', 'since', 'because', 'although', 'though', 'asked', 'rather', 'once',
  'until', 'whenever'
]

/** Adverbs between the auxiliary and the participle (`is widely expected`, `was not expected`). */
export const passiveAdverbs: readonly string[] = [
  'not', "n't", 'widely', 'also', 'still', 'now', 'generally', 'largely', 'broadly', 'originally', 'initially', 'long',
  'already', 'privately', 'publicly'
]

/** Adverbs between the subject (or an auxiliary) and the verb (`also said`, `has repeatedly argued`). */
export const verbAdverbs: readonly string[] = [
  'also', 'later', 'then', 'previously', 'again', 'once', 'further', 'repeatedly', 'recently', 'earlier', 'reportedly',
  'publicly', 'privately', 'often', 'frequently', 'finally', 'just', 'only', 'already', 'still', 'never', 'not',
  'even', 'long', 'now', 'since', 'always', 'first', 'initially', 'originally', 'subsequently', 'openly', 'flatly',
  'explicitly', 'specifically', 'clearly', 'quickly', 'immediately', 'apparently', 'allegedly', 'separately',
  'similarly', 'likewise', 'herself', 'himself', 'themselves', 'itself', 'ever', 'in', 'fact', 'n’t', "n't"
]

/** Pronouns that take a plain present verb (`they say`, `we believe`). */
export const plainVerbPronouns: readonly string[] = ['they', 'we', 'i', 'you', 'who']

/** Object pronouns that stand as a whole content (`endorsed him`). */
export const wholeObjectPronouns: readonly string[] = ['him', 'her', 'them', 'it', 'us', 'me', 'you']

/** Words after `that` that make it a relative pronoun (`the report that was released`), not a complementizer. */
export const relativeThatFollowers: readonly string[] = [
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must',
  'did', 'does', 'do', 'appeared', 'came', 'said', 'says', 'made', 'became', 'seemed', 'shows', 'showed', 'found'
]

/** Words that open a clause before its subject. */
export const subjectClauseLinks: readonly string[] = [
  'and', 'but', 'yet', 'so', 'or', 'while', 'whereas', 'although', 'though', 'because', 'since', 'when', 'after',
  'before', 'if', 'as', 'that', 'where', 'once', 'until', 'unless', 'however', 'meanwhile', 'also', 'now', 'then',
  'still', 'instead', 'indeed'
]

/** Words that stand for no source (`it said`, `this shows`, `there is`). */
export const noSourceWords: readonly string[] = [
  'it', 'this', 'that', 'there', 'which', 'what', 'these', 'those', 'here', 'one', 'i', 'you', 'me'
]

/** Words that open an adverbial participle clause (`before saying`, `while insisting`). */
export const participleOpeners: readonly string[] = ['while', 'and', 'also', 'even']

/**
 * Links that open a coordinate clause with a credit of its own after a comma (`…, while others say …`,
 * `…, but critics argue …`): the content of the credit before ends there.
 */
export const coordinateClauseLinks: readonly string[] = ['while', 'but', 'whereas', 'although', 'though', 'yet']

/** Links that open a coordinate clause before its subject, after a space or a comma (`A and others say B`). */
export const coordinateSubjectLinks: readonly string[] = ['and', 'but', 'while', 'whereas', 'yet']

/** Words of quantity between such a link and the subject's first word (`and some say`, `but nearly all argue`). */
export const coordinateQuantityWords: readonly string[] = [
  'some', 'many', 'most', 'about', 'only', 'just', 'nearly', 'all', 'other'
]

/** Words that open a clause after a plain reporting verb (`say that …`, `say they …`, `say the plan …`). */
export const plainVerbClauseStarts: readonly string[] = ['that', 'he', 'she', 'they', 'we', 'it', 'i', 'you', 'there', 'the', 'a', 'an']
