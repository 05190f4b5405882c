/**
 * Capitalised words that are not names: sentence-initial function words,
 * days, months, and words that open clauses. Data only, lower case.
 *
 * @module
 */

/** Words never read as (part of) a person's name. */
export const nonNameWords: readonly string[] = [
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'in', 'on', 'at', 'by', 'to', 'of', 'from',
  'with', 'without', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'because', 'although',
  'though', 'however', 'meanwhile', 'also', 'still', 'even', 'then', 'now', 'there', 'here', 'this', 'that',
  'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my',
  'your', 'him', 'them', 'us', 'me', 'who', 'whom', 'whose', 'what', 'which', 'where', 'why', 'how', 'some',
  'many', 'most', 'all', 'any', 'each', 'every', 'both', 'no', 'not', 'none', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'other', 'another', 'such', 'more', 'less', 'few', 'several',
  'yes', 'well', 'last', 'next', 'first', 'second', 'third', 'new', 'according', 'asked', 'said', 'says',
  'during', 'under', 'over', 'about', 'against', 'between', 'through', 'into', 'out', 'up', 'down', 'off',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'tomorrow', 'yesterday', 'tonight',
  'mr', 'mrs', 'ms', 'dr', 'read', 'watch', 'see', 'click', 'follow', 'like', 'just', 'only', 'do', 'does',
  'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'must', 'may', 'might', 'let', 'please', 'thank', 'thanks', 'oh', 'ok', 'okay', 'hey', 'dear',
  'christmas', 'easter', 'ramadan', 'god', 'internet', 'web', 'update', 'editor', 'note', 'photo', 'video',
  'americans', 'american', 'democrats', 'republicans', 'democrat', 'republican', 'muslims', 'muslim',
  'christians', 'jews', 'europeans', 'africans', 'asians', 'latinos', 'hispanics', 'whites', 'blacks',
  'regarding', 'following', 'including', 'despite', 'amid', 'among', 'unlike', 'like', 'beyond', 'toward',
  'towards', 'within', 'across', 'behind', 'besides', 'concerning', 'per', 'via', 'upon', 'once', 'instead',
  'speaking', 'asked', 'asking', 'neither', 'either', 'responding', 'addressing', 'writing', 'told', 'referring', 'citing', 'quoting'
]

/** Places often written before a name or read as one (`New York`), never speakers' surnames. */
export const commonPlaces: readonly string[] = [
  'america', 'united states', 'u.s.', 'us', 'washington', 'new york', 'california', 'texas', 'florida', 'ohio',
  'iowa', 'new hampshire', 'south carolina', 'nevada', 'virginia', 'pennsylvania', 'michigan', 'wisconsin',
  'north carolina', 'arizona', 'colorado', 'georgia', 'illinois', 'chicago', 'los angeles', 'london', 'paris',
  'moscow', 'beijing', 'russia', 'china', 'serbia', 'kosovo', 'europe', 'africa', 'south africa', 'asia',
  'israel', 'iran', 'iraq', 'syria', 'turkey', 'germany', 'france', 'britain', 'japan', 'india', 'pakistan',
  'afghanistan', 'mexico', 'canada', 'cuba', 'ukraine', 'korea', 'north korea', 'south korea', 'egypt',
  'saudi arabia', 'white house', 'capitol hill', 'wall street', 'silicon valley', 'hong kong', 'taiwan',
  'geneva', 'brussels', 'tokyo', 'jerusalem', 'gaza', 'west bank', 'gaza strip', 'tel aviv', 'las vegas',
  'new jersey', 'new mexico', 'west virginia', 'kentucky', 'tennessee', 'alabama', 'missouri', 'minnesota',
  'massachusetts', 'maryland', 'indiana', 'louisiana', 'oregon', 'utah', 'kansas', 'oklahoma', 'connecticut',
  'vermont', 'maine', 'delaware', 'nebraska', 'idaho', 'montana', 'wyoming', 'alaska', 'hawaii', 'arkansas',
  'mississippi', 'philadelphia', 'boston', 'detroit', 'cleveland', 'manhattan', 'brooklyn', 'miami', 'dallas',
  'houston', 'atlanta', 'denver', 'seattle', 'san francisco', 'san diego', 'macau', 'burma', 'myanmar'
]

/** Conjunctions that open a subordinate clause (`When Ryan said …, Trump responded`). */
export const subordinatingConjunctions: readonly string[] = [
  'when', 'whenever', 'while', 'whereas', 'after', 'before', 'because', 'if', 'although', 'though', 'since', 'until',
  'unless', 'once', 'as'
]
