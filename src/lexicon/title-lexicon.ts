/**
 * Titles, ranks, offices and roles that stand around a name, by class. Data only, lower case, singular (the
 * parser in `src/speakers/titles.ts` reads plurals, hyphenated compounds and `-based`/`-born` itself). Words that
 * head names of bodies (`party`, `committee`: `src/lexicon/organisations.ts`) and given names (`Dean`, `Earl`) are
 * no title words by this lexicon.
 *
 * Source: written for this project from general knowledge of English titles and styles of address (civil
 * offices, military ranks of the English-speaking forces, nobility and royalty, clergy, party and corporate
 * roles, and the portfolios ministries are named for); no corpus text.
 *
 * @module
 */

/** Honorifics and styles of address (`Mr`, `Dr.`, `Dame`). */
export const honorificTitles: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir',
  'dame', 'madam', 'madame', 'mme', 'mme.', 'monsieur', 'herr', 'frau', 'senor', 'señor', 'senora', 'señora',
  'hon.', 'honourable', 'honorable', 'excellency',
  // Malaysian and Bruneian styles (`Datuk Seri Anwar Ibrahim`, `Dato' Sri`, `Tun`, `Datin`); not `Tan Sri`, whose
  // `Tan` is also a family name.
  'datuk', 'dato', "dato'", 'dato’', 'datin', 'seri', 'tun', 'pehin', 'dayang', 'awang'
]

/** Royalty and nobility (`Princess`, `Grand Duke`, `Emir`). */
export const nobilityTitles: readonly string[] = [
  'king', 'queen', 'prince', 'princess', 'crown', 'emperor', 'empress', 'tsar', 'czar', 'tsarina', 'kaiser', 'duke',
  'duchess', 'archduke', 'archduchess', 'grand', 'marquis', 'marquess', 'marchioness', 'earl', 'count', 'countess',
  'viscount', 'viscountess', 'baron', 'baroness', 'baronet', 'lord', 'lady', 'knight', 'emir', 'sultan',
  'sheikh', 'sheik', 'shaikh', 'shah', 'maharaja', 'maharajah', 'maharani', 'raja', 'rajah', 'rani', 'nawab',
  'regent', 'infanta', 'infante', 'royal', 'highness', 'majesty'
]

/** Military and police ranks (`Staff Sergeant`, `Rear Admiral`, `Lt.`). */
export const militaryTitles: readonly string[] = [
  'general', 'lieutenant', 'colonel', 'major', 'captain', 'commander', 'admiral', 'commodore', 'brigadier',
  'marshal', 'sergeant', 'corporal', 'private', 'lance', 'staff', 'master', 'gunnery', 'first', 'petty',
  'warrant', 'officer', 'ensign', 'midshipman', 'cadet', 'specialist', 'airman', 'seaman', 'trooper', 'rear',
  'chief', 'inspector', 'superintendent',
  'constable', 'detective', 'sheriff', 'deputy', 'commissioner', 'gen.', 'gen', 'lt.', 'lt', 'lieut.', 'col.',
  'col', 'maj.', 'maj', 'capt.', 'capt', 'cmdr.', 'cmdr', 'cdr.', 'adm.', 'adm', 'brig.', 'sgt.', 'sgt', 'cpl.',
  'cpl', 'pvt.', 'pvt', 'pfc.', 'pfc', 'spc.', 'spc', 'ens.', 'cmdt.', 'supt.', 'insp.', 'det.', 'const.',
  'sgt.-maj.'
]

/** Clergy and religious offices (`Archbishop`, `Grand Mufti`, `Reverend`). */
export const clergyTitles: readonly string[] = [
  'pope', 'pontiff', 'cardinal', 'archbishop', 'bishop', 'auxiliary', 'metropolitan', 'patriarch', 'primate',
  'monsignor', 'msgr.', 'canon', 'dean', 'archdeacon', 'deacon', 'vicar', 'rector', 'curate', 'chaplain', 'priest',
  'father', 'fr.', 'brother', 'sister', 'mother', 'abbot', 'abbess', 'prior', 'prioress', 'reverend', 'rev.',
  'rev', 'pastor', 'minister', 'elder', 'evangelist', 'rabbi', 'cantor', 'imam', 'ayatollah', 'grand', 'mufti',
  'mullah', 'sheikh', 'cleric', 'lama', 'dalai', 'swami', 'guru', 'saint', 'st.'
]

/** Offices of state, parliament, courts and public bodies (`Prime Minister`, `Attorney General`). */
export const officeTitles: readonly string[] = [
  'president', 'vice', 'vice-president', 'president-elect', 'premier', 'prime', 'minister', 'chancellor',
  'secretary', 'secretary-general', 'undersecretary', 'under', 'governor', 'lieutenant-governor', 'mayor',
  'deputy', 'senator', 'sen.', 'sen', 'representative', 'rep.', 'rep', 'congressman', 'congresswoman',
  'assemblyman', 'assemblywoman', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman',
  'selectman', 'speaker', 'whip', 'majority', 'minority', 'leader', 'ambassador', 'envoy', 'consul',
  'consul-general', 'attache', 'attaché', 'commissioner', 'administrator', 'director', 'director-general',
  'attorney', 'attorney-general', 'solicitor', 'solicitor-general', 'advocate', 'prosecutor', 'judge', 'justice',
  'magistrate', 'ombudsman', 'auditor', 'auditor-general', 'comptroller', 'controller', 'treasurer', 'registrar',
  'clerk', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'head', 'chief', 'lawmaker', 'legislator', 'mp', 'mep', 'mla', 'delegate', 'member', 'state', 'gov.', 'gov',
  'pres.', 'atty.', 'surgeon', 'coroner', 'marshal', 'regent', 'governor-general', 'viceroy', 'provost',
  'vizier', 'taoiseach', 'tanaiste', 'first', 'parliamentary', 'cabinet', 'foreign', 'home', 'permanent',
  'special', 'high', 'resident', 'representatives', 'adviser', 'advisor', 'aide', 'counsel', 'counsellor',
  'counselor', 'envoy-designate', 'nominee', 'candidate'
]

/** Party, movement and national roles (`party chairman`, `opposition leader`, `rebel commander`). */
export const partyTitles: readonly string[] = [
  'party', 'opposition', 'rebel', 'militia', 'faction', 'coalition', 'ruling', 'democratic', 'republican',
  'democrat', 'labour', 'labor', 'conservative', 'liberal', 'socialist', 'communist', 'green', 'independent',
  'nationalist', 'tory', 'gop', 'general', 'politburo', 'central', 'committee', 'national', 'federal', 'regional',
  'provincial', 'state', 'county', 'district', 'city', 'municipal', 'presidential', 'vice-presidential',
  'campaign', 'hopeful', 'front-runner', 'frontrunner', 'activist', 'organiser', 'organizer', 'founder',
  'co-founder', 'secretary'
]

/** Corporate and professional roles (`Chief Executive`, `Managing Director`). */
export const corporateTitles: readonly string[] = [
  'chief', 'executive', 'operating', 'financial', 'officer', 'ceo', 'cfo', 'coo', 'cto', 'managing', 'director',
  'general', 'manager', 'president', 'vice', 'senior', 'executive', 'chairman', 'partner', 'principal',
  'associate', 'analyst', 'economist', 'strategist', 'trader', 'dealer', 'broker', 'banker', 'editor', 'publisher',
  'correspondent', 'columnist', 'commentator', 'professor', 'lecturer', 'researcher', 'scientist', 'engineer',
  'head', 'founder', 'owner', 'proprietor', 'consultant', 'lawyer', 'coach', 'captain', 'manager'
]

/** Words that qualify an office or rank (`Deputy`, `Acting`, `Former`, `Assistant`). */
export const titleModifiers: readonly string[] = [
  'deputy', 'vice', 'assistant', 'associate', 'acting', 'interim', 'former', 'ex', 'ex-', 'late', 'outgoing',
  'incoming', 'designate', 'elect', 'first', 'second', 'third', 'senior', 'junior', 'chief', 'principal', 'head',
  'executive', 'joint', 'co', 'under', 'lieutenant', 'sub', 'acting', 'retired', 'then', 'top', 'lead', 'grand',
  'supreme', 'high', 'lord', 'honorary', 'permanent', 'special', 'personal', 'general', 'adjutant', 'provisional',
  'transitional', 'caretaker'
]

/**
 * Portfolios and fields that offices and ministries are named for (`Foreign`, `Mines and Energy`,
 * `Homeland Security`): the words of a title's complement (`Minister of Mines and Energy`).
 */
export const portfolioWords: readonly string[] = [
  'foreign', 'affairs', 'defence', 'defense', 'interior', 'home', 'finance', 'financial', 'treasury', 'budget',
  'economy', 'economic', 'economics', 'trade', 'commerce', 'industry', 'industries', 'industrial', 'justice',
  'law', 'legal', 'health', 'education', 'higher', 'science', 'technology', 'research', 'labor', 'labour',
  'employment', 'work', 'works', 'public', 'social', 'welfare', 'security', 'homeland', 'energy', 'mines',
  'mining', 'minerals', 'oil', 'petroleum', 'gas', 'power', 'water', 'resources', 'natural', 'environment',
  'environmental', 'climate', 'agriculture', 'agricultural', 'food', 'fisheries', 'forestry', 'forests',
  'rural', 'urban', 'development', 'planning', 'housing', 'transport', 'transportation', 'communications',
  'information', 'telecommunications', 'posts', 'culture', 'cultural', 'tourism', 'heritage', 'sport', 'sports',
  'youth', 'women', 'family', 'children', 'veterans', 'immigration', 'migration', 'citizenship', 'intelligence',
  'international', 'european', 'cooperation', 'co-operation', 'relations', 'reconstruction', 'aviation',
  'religious', 'religion', 'parliamentary', 'territorial', 'regional', 'local', 'government', 'administration',
  'state', 'states', 'internal', 'external', 'overseas', 'commonwealth', 'integration', 'reform', 'reforms',
  'privatisation', 'privatization', 'investment', 'monetary', 'fiscal', 'revenue', 'taxation', 'customs',
  'statistics', 'emergency', 'emergencies', 'disaster', 'disasters', 'civil', 'protection', 'national',
  'solidarity', 'equality', 'human', 'rights', 'consumer', 'infrastructure', 'shipping', 'maritime',
  'ports', 'railways', 'roads', 'highways', 'irrigation', 'livestock', 'textiles', 'steel', 'coal', 'electricity',
  'nuclear', 'space', 'digital', 'media', 'arts', 'and', 'the', 'for', 'of', '&'
]

/** Endings that make a capitalised word a description, not a name (`Paris-based`, `Iranian-born`). */
export const descriptiveSuffixes: readonly string[] = [
  '-based', '-born', '-led', '-backed', '-owned', '-run', '-funded', '-bred', '-raised', '-educated', '-trained'
]

/** Words linking the words of a portfolio after `of` or `for` (`Minister for Trade and Industry`, `Secretary of the Treasury`). */
export const portfolioLinks: readonly string[] = ['and', 'the', 'for', 'of', '&']
