/**
 * The word lists the scorer (`src/eval/`) folds speaker names with before it compares gold and predicted speakers
 * (docs/record.md, "How a record is scored"): titles and articles removed from the front, suffixes ignored at the end. Data only;
 * written for the scorer, not taken from an outside source. The parser does not use them.
 */

/**
 * Leading titles removed from speaker names before they are compared (applied repeatedly, longest first, to the
 * normalised name: lower case, no diacritics, periods and apostrophes dropped, other punctuation as spaces).
 */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle', 'herr', 'frau', 'senor', 'senora',
  'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon', 'honorable', 'honourable',
  'president', 'president elect', 'vice president', 'vice president elect', 'vp', 'former president',
  'senator', 'sen', 'sens', 'senator elect', 'rep', 'reps', 'representative', 'congressman', 'congresswoman',
  'gov', 'governor', 'governor elect', 'lt gov', 'lieutenant governor', 'mayor', 'councilman', 'councilwoman',
  'prime minister', 'deputy prime minister', 'pm', 'premier', 'minister', 'deputy minister', 'foreign minister',
  'defence minister', 'defense minister', 'finance minister', 'interior minister',
  'secretary', 'secretary of state', 'secretary general', 'undersecretary', 'under secretary',
  'attorney general', 'chancellor', 'vice chancellor', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'speaker', 'chairman', 'chairwoman', 'chair', 'director', 'chief executive', 'ceo',
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emir', 'sultan', 'sheikh', 'sheik', 'shaikh',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rev', 'reverend', 'father', 'fr', 'rabbi', 'imam', 'ayatollah',
  'gen', 'general', 'lt gen', 'lieutenant general', 'maj gen', 'major general', 'brig gen', 'brigadier general',
  'col', 'colonel', 'lt col', 'lieutenant colonel', 'maj', 'major', 'capt', 'captain', 'lt', 'lieutenant',
  'adm', 'admiral', 'rear adm', 'vice adm', 'cmdr', 'commander', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt',
  'marshal', 'field marshal', 'judge', 'justice', 'chief justice'
]

/** Leading articles removed with the honorifics (`the White House` = `White House`). */
export const LEADING_ARTICLES: readonly string[] = ['the']

/** Trailing name suffixes ignored by the lenient (surname) speaker match. */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'ii', 'iii', 'iv']
