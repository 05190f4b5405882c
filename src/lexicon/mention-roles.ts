/**
 * Words around a name mention that tell its role in the clause: whether it is
 * an object (`to Rubio`, `praised Cruz`) or may be a subject, and the words
 * that may stand between a subject and its speech verb. Data only, lower case.
 *
 * @module
 */

/** Prepositions whose object a name right after them is (`to Rubio`, `with the French newspaper Les Echos`). */
export const mentionPrepositions: readonly string[] = [
  'of', 'to', 'with', 'by', 'from', 'for', 'against', 'at', 'in', 'on', 'about', 'toward', 'towards', 'than',
  'like', 'between', 'among', 'over', 'under', 'as', 'behind', 'without', 'versus', 'vs.', 'before', 'after'
]

/** Verbs whose object is a person or organisation, not the subject (`told Les Echos`, `praised Cruz`). */
export const objectVerbs: readonly string[] = [
  'told', 'tells', 'telling', 'asked', 'asks', 'urged', 'urges', 'thanked', 'praised', 'criticized', 'criticised',
  'attacked', 'accused', 'called', 'met', 'meets', 'visited', 'joined', 'invited', 'warned', 'endorsed', 'backed',
  'defeated', 'beat', 'replaced', 'succeeded', 'interviewed', 'hired', 'fired', 'appointed', 'named', 'nominated',
  'blasted', 'slammed', 'mocked', 'thanks', 'congratulated', 'welcomed', 'sued', 'charged', 'arrested'
]

/** Words that open a clause: a name after them is that clause's subject, not an object (`that Rubio said`). */
export const clauseOpeners: readonly string[] = [
  'that', 'who', 'which', 'whom', 'whose', 'and', 'but', 'or', 'nor', 'when', 'while', 'because', 'if', 'since',
  'where', 'although', 'though', 'so', 'then'
]

/** Adverbs and auxiliaries between a subject and its speech verb (`Vulin also said`, `Vulin has said`). */
export const cueAuxiliaries: readonly string[] = [
  'also', 'has', 'had', 'have', 'later', 'then', 'again', 'further', 'once', 'previously', 'earlier', 'repeatedly',
  'would', 'will', 'is', 'was', 'recently'
]
