/**
 * Words of descriptions that refer to a speaker without naming it (`the
 * report`, `Sucden analysts`, `the Kansas Republican`, `an unnamed official`),
 * and the offices whose titles name a body (`Minister` → `Ministry`). Data
 * only, lower case.
 *
 * @module
 */

/** Nouns that head a document that speaks for its author (`the statement said`, `the report concluded`). */
export const documentHeads: readonly string[] = [
  'statement', 'report', 'study', 'document', 'survey', 'poll', 'paper', 'letter', 'release', 'filing', 'complaint',
  'lawsuit', 'memo', 'analysis', 'ruling', 'communique', 'communiqué'
]

/**
 * Participles that name a document's author after it (`the paper, written by …`, `a statement issued by …`):
 * the name that ends the `by` phrase speaks for the document.
 */
export const documentAuthorVerbs: readonly string[] = [
  'written', 'co-written', 'authored', 'co-authored', 'conducted', 'prepared', 'issued', 'signed', 'drafted',
  'compiled', 'released', 'penned', 'published', 'sent', 'commissioned'
]

/**
 * Nouns that describe any company or body by its trade (`the company said`, `the carrier said`): such a
 * description at the end of a sentence whose subject is an organisation refers to that subject, whatever its
 * name (`Ronda Vell agreed to buy Lumen Corp, the company said`).
 */
export const companyNouns: readonly string[] = [
  'company', 'firm', 'group', 'concern', 'corporation', 'bank', 'carrier', 'airline', 'insurer', 'utility',
  'retailer', 'maker', 'manufacturer', 'producer', 'brokerage', 'unit', 'subsidiary', 'lender', 'partnership',
  'conglomerate', 'operator', 'distributor', 'chain', 'publisher', 'developer', 'supplier', 'trust', 'fund'
]

/** A member of a party (`the Kansas Republican`, `the Georgia Democrat`). */
export const partyMemberWords: readonly string[] = [
  'republican', 'democrat', 'independent', 'conservative', 'liberal', 'socialist', 'labourite', 'tory'
]

/**
 * Heads of plural or group sources that speak for the name before them (`Sucden analysts`, `the Sucden
 * brokerage firm`, `the Global Times tabloid`, `The Sanders campaign`).
 */
export const groupSourceHeads: readonly string[] = [
  'analysts', 'analyst', 'officials', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'researchers',
  'economists', 'experts', 'statement', 'report', 'office', 'officers', 'staff', 'firm', 'brokerage', 'company',
  'group', 'team', 'campaign', 'aides', 'lawyers', 'attorneys', 'representatives', 'executives', 'strategists',
  'newspaper', 'paper', 'tabloid', 'daily', 'weekly', 'magazine', 'agency', 'network', 'outlet', 'website',
  'broadcaster', 'channel', 'publication', 'journal'
]

/** Common nouns naming a body that, with `of` and a name, name an organisation (`the police office of Kavre`). */
export const bodyNouns: readonly string[] = [
  'office', 'ministry', 'department', 'government', 'police', 'embassy', 'consulate', 'council', 'committee',
  'commission', 'administration', 'authorities', 'authority', 'bureau', 'court', 'army', 'parliament', 'cabinet',
  'prosecutor', 'prosecutors'
]

/** Heads of a described body that speaks as one (`the Russian prosecutor general's office`). */
export const describedBodyHeads: readonly string[] = [
  'office', 'ministry', 'department', 'government', 'embassy', 'consulate', 'council', 'committee', 'commission',
  'administration', 'bureau', 'court', 'parliament', 'cabinet', 'police', 'forces', 'army', 'navy', 'military',
  'authorities'
]

/** Words that mark a source as unnamed (`the unnamed secretary`, `an unidentified official`). */
export const unnamedWords: readonly string[] = ['unnamed', 'unidentified', 'anonymous']

/**
 * Endings of nouns of agents and roles (`worker`, `investigator`, `novelist`, `guardian`, `guard`, `pontiff`,
 * `widow`): a definite description with such a head may refer to a person of the story.
 */
export const agentNounEndings: readonly string[] = [
  'er', 'or', 'ist', 'ian', 'ant', 'ent', 'ee', 'iff', 'ard', 'man', 'ess', 'ive', 'wife', 'widow', 'son',
  'daughter', 'sister', 'boy', 'girl', 'child'
]

/**
 * Heads of descriptions that mean a body outside the state (`the group said`: a charity, a firm, a rebel or
 * rights group), never a state, its offices or a body of states (`the UN`, `the Foreign Ministry`, `Iraq`).
 */
export const nonStateBodyHeads: readonly string[] = ['group']

/**
 * Words of the names of states' bodies and of bodies of states (`Foreign Ministry`, `UN`, `White House`,
 * `Estonian defence forces`), lower case: a name with one is no `group`.
 */
export const stateBodyWords: readonly string[] = [
  'ministry', 'government', 'department', 'police', 'army', 'navy', 'military', 'forces', 'court', 'parliament',
  'embassy', 'consulate', 'cabinet', 'presidency', 'kremlin', 'pentagon', 'white house', 'administration',
  'authorities', 'senate', 'congress', 'nations', 'un', 'u.n.', 'eu', 'nato', 'european union', 'african union',
  'state department', 'prosecutor', 'prosecutors', 'ministries'
]

/** Offices whose holder's title names a body (`Minister of Labor` → `Ministry of Labor`), by the body's noun. */
export const titleBodies: ReadonlyArray<{head: string; office: string; body: string}> = [
  {head: 'ministry', office: 'Minister', body: 'Ministry'}
]

/** Ranks before an office that are no part of the body's name (`Deputy Minister`, `Prime Minister`). */
export const officeRanks: readonly string[] = [
  'deputy', 'vice', 'first', 'prime', 'senior', 'acting', 'former', 'junior', 'assistant', 'chief', 'state'
]

/** Determiners that make a description indefinite (`a spokesman`, `two officials`, `another diplomat`). */
export const indefiniteDeterminers: readonly string[] = [
  'a', 'an', 'one', 'another', 'some', 'two', 'three', 'several', 'many', 'other', 'both', 'most', 'few'
]

/** Determiners that introduce one unnamed source (`an Interior Ministry spokesman said`). */
export const singleIndefinites: readonly string[] = ['a', 'an', 'one', 'another']

/** Articles. */
export const articles: readonly string[] = ['the', 'a', 'an']

/** Demonstratives: a description opened by one points at something (`this Trump look-alike`). */
export const demonstratives: readonly string[] = ['this', 'that']

/** Determiners before a common noun whose complement may be a lone place or organisation (`the group Hamas`). */
export const complementDeterminers: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our'
]

/** Determiners of a definite description (`the spokesman`, `his aide`): it takes up a known source. */
export const definiteDeterminers: readonly string[] = ['the', 'his', 'her', 'their', 'its']

/** Heads of descriptions that fit any organisation (`the international media rights group`). */
export const genericBodyHeads: readonly string[] = ['group', 'organisation', 'organization', 'body', 'watchdog', 'agency']

/** Participles after a hyphen that make a word a modifier, no name (`Paris-based`, `state-owned`, `Hamas-led`). */
export const compoundParticiples: readonly string[] = ['based', 'born', 'owned', 'run', 'led']

/**
 * Capitalised verbs and function words after `He` in a title-case line (`He Said`): `He` is then the pronoun, not
 * the Chinese family name (`He Yafei`). Case as written.
 */
export const titleCaseNonNames: readonly string[] = [
  'Said', 'Says', 'Told', 'Added', 'Also', 'Was', 'Is', 'Has', 'Had', 'Will', 'Would', 'Did', 'Does', 'And', 'But'
]

/** Determiners of the document words were issued in (`said in a statement`, `in its report`). */
export const issuedInDeterminers: readonly string[] = ['a', 'an', 'its', 'their', 'his', 'her', 'the', 'this', 'that']

/** Endings of capitalised nouns of roles and agents before a name (`Skier`, `Novelist`, `Historian`, `Goalkeeper`). */
export const roleNounEndings: readonly string[] = ['er', 'or', 'ist', 'ian']
