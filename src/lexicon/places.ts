/**
 * Words that shape how places in datelines are read.
 */

/** Lower-case words that may stand inside a place name (`RIO de JANEIRO`, `STRATFORD upon AVON`). */
export const placeConnectors: readonly string[] = [
  'de', 'del', 'la', 'las', 'los', 'el', 'al', 'of', 'upon', 'on', 'am', 'an', 'der', 'es', 'do', 'da', 'dos',
  'das', 'du', 'des', 'sur', 'en', 'y', 'i', 'le', 'di', 'van', 'von', 'bin', 'and'
]

/**
 * Upper-case words that open a story line with a dash but are not a place
 * (kickers, slugs, desk labels, table rows): `UPDATE - `, `CBC SPORTS ONLINE - `,
 * `WHEAT - `. Compared without punctuation, and only for a dateline without a
 * date whose place has one part (`NEWPORT NEWS, Va.` and `UPPER SADDLE RIVER,
 * N.J., March 2` are places).
 */
export const kickerWords: readonly string[] = [
  'UPDATE', 'UPDATED', 'CORRECTED', 'CORRECTION', 'REFILE', 'RPT', 'REPEAT', 'URGENT', 'BREAKING', 'FLASH',
  'BULLETIN', 'ADVISORY', 'ANALYSIS', 'FEATURE', 'FACTBOX', 'INTERVIEW', 'EXCLUSIVE', 'WRAPUP', 'ROUNDUP',
  'NEWS', 'ONLINE', 'SPORTS', 'SPORT', 'REPORT', 'EDITORIAL', 'OPINION', 'COMMENTARY', 'REVIEW', 'PREVIEW',
  'ALERT', 'TODAY', 'TONIGHT', 'WEEKEND', 'WEEK', 'LIVE', 'VIDEO', 'PHOTOS', 'PHOTO', 'AUDIO', 'PODCAST',
  'SCOREBOARD', 'RESULTS', 'STANDINGS', 'SUMMARY', 'HIGHLIGHTS', 'NOTEBOOK', 'NOTES', 'GLANCE', 'QUOTES',
  'TABLE', 'WHEAT', 'COPPER', 'GRADE', 'FOB', 'RIVER', 'POSITION', 'OK', 'NOTE', 'EDITORS', 'ATTN', 'NB',
  'COURT', 'SUPREME', 'ELECTION', 'CAMPAIGN', 'DEBATE', 'MARKETS', 'STOCKS', 'EARNINGS', 'POLL', 'SURVEY',
  'WIRE', 'PRESS', 'RELEASE', 'STATEMENT', 'TRANSCRIPT', 'LETTER', 'Q', 'A',
  // Commodity and market-table row labels (`SOYBEANS -`, `CRUDE -`); checked only on undated one-part places.
  'SOYBEANS', 'SOYBEAN', 'CORN', 'SUGAR', 'COTTON', 'COFFEE', 'COCOA', 'BARLEY', 'OATS', 'SORGHUM', 'MAIZE',
  'CATTLE', 'HOGS', 'PLATINUM', 'ZINC', 'NICKEL', 'ALUMINIUM', 'ALUMINUM', 'CRUDE', 'GASOIL', 'FUTURES',
  'PRICES', 'RATES', 'TONNES', 'BUSHELS', 'CTS', 'DLRS', 'MLN', 'PCT', 'VS'
]

/**
 * Adjectives of nationality that agency copy sets right before a name (`Croatian Ivan Ljubicic`, `Japanese
 * Yukari Nakano`): not part of the name. Lower case.
 */
export const nationalityAdjectives: readonly string[] = [
  'afghan', 'albanian', 'algerian', 'american', 'angolan', 'argentine', 'argentinian', 'armenian', 'australian',
  'austrian', 'azerbaijani', 'bangladeshi', 'belgian', 'bolivian', 'bosnian', 'brazilian', 'british', 'bulgarian',
  'burmese', 'cambodian', 'cameroonian', 'canadian', 'chilean', 'chinese', 'colombian', 'congolese', 'croatian',
  'cuban', 'cypriot', 'czech', 'danish', 'dutch', 'ecuadorian', 'egyptian', 'english', 'eritrean', 'estonian',
  'ethiopian', 'filipino', 'finnish', 'french', 'georgian', 'german', 'ghanaian', 'greek', 'haitian',
  'hungarian', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian', 'ivorian', 'jamaican',
  'japanese', 'jordanian', 'kazakh', 'kenyan', 'korean', 'kosovar', 'kuwaiti', 'latvian', 'lebanese', 'liberian',
  'libyan', 'lithuanian', 'macedonian', 'malaysian', 'malian', 'mexican', 'moldovan', 'mongolian', 'montenegrin',
  'moroccan', 'mozambican', 'namibian', 'nepalese', 'nigerian', 'norwegian', 'pakistani', 'palestinian',
  'panamanian', 'paraguayan', 'peruvian', 'polish', 'portuguese', 'qatari', 'romanian', 'russian', 'rwandan',
  'saudi', 'scottish', 'senegalese', 'serbian', 'singaporean', 'slovak', 'slovenian', 'somali', 'spanish',
  'sri lankan', 'sudanese', 'swedish', 'swiss', 'syrian', 'taiwanese', 'tanzanian', 'thai', 'tunisian',
  'turkish', 'ugandan', 'ukrainian', 'uruguayan', 'uzbek', 'venezuelan', 'vietnamese', 'welsh', 'yemeni',
  'zambian', 'zimbabwean'
]

/**
 * Common nouns that end names of geographic features (`North Sea`, `Ivory Coast`, `Rift Valley`): a run that ends
 * in one names a place, not a person. Written for this project from general knowledge of English place names.
 */
export const geographicHeads: readonly string[] = [
  'sea', 'seas', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'channel', 'sound', 'coast', 'river', 'lake', 'lakes',
  'valley', 'mountains', 'mountain', 'mount', 'hills', 'peninsula', 'island', 'islands', 'isles', 'desert',
  'plain', 'plains', 'plateau', 'basin', 'delta', 'canal', 'cape', 'reef', 'region', 'province', 'territory',
  'county', 'district', 'square', 'street', 'avenue', 'boulevard', 'road', 'bridge', 'airport', 'harbour',
  'harbor', 'port', 'highlands', 'lowlands', 'forest', 'falls', 'canyon', 'glacier', 'archipelago'
]

/** Words before the rest of a place set off after a subject (`of Raleigh, N.C.,`, `from Austin, Texas,`). */
export const placeLinks: readonly string[] = ['of', 'in', 'from']

/** Prepositions of place: a capitalised word right after them is a place before the name (`in Abidjan John …`). */
export const placePrepositionWords: readonly string[] = ['in', 'at', 'from', 'near', 'outside']
