/**
 * Titles, roles and honorifics that stand before names (`Serbian Deputy
 * Prime Minister Aleksandar Vulin`). Data only; matched case-insensitively
 * on single words.
 *
 * @module
 */

/** Honorifics that say the gender of the person they precede. */
export const genderedHonorifics: Readonly<Record<string, 'male' | 'female'>> = {
  mr: 'male',
  'mr.': 'male',
  mrs: 'female',
  'mrs.': 'female',
  ms: 'female',
  'ms.': 'female',
  miss: 'female',
  sir: 'male',
  dame: 'female',
  lord: 'male',
  lady: 'female',
  king: 'male',
  queen: 'female',
  prince: 'male',
  princess: 'female',
  congressman: 'male',
  congresswoman: 'female',
  spokesman: 'male',
  spokeswoman: 'female',
  chairman: 'male',
  chairwoman: 'female',
  businessman: 'male',
  businesswoman: 'female'
}

/** Words of titles and roles (lower case, periods kept for abbreviations). */
export const titleWords: readonly string[] = [
  'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'miss', 'dr.', 'dr', 'prof.', 'prof', 'sir', 'dame', 'lord', 'lady',
  'sen.', 'sen', 'rep.', 'rep', 'gov.', 'gov', 'lt.', 'gen.', 'col.', 'capt.', 'maj.', 'sgt.', 'adm.', 'cmdr.',
  'rev.', 'fr.', 'st.', 'atty.', 'supt.', 'insp.', 'det.', 'hon.', 'pres.',
  'president', 'vice', 'prime', 'minister', 'deputy', 'secretary', 'general', 'state', 'foreign', 'defense',
  'defence', 'interior', 'finance', 'justice', 'labor', 'labour', 'trade', 'economy', 'health', 'education',
  'agriculture', 'energy', 'transport', 'culture', 'environment', 'industry', 'commerce', 'treasury', 'home',
  'senator', 'representative', 'congressman', 'congresswoman', 'governor', 'mayor', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'director', 'chief', 'executive',
  'head', 'leader', 'commander', 'officer', 'official', 'premier', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'emir', 'sultan', 'sheikh', 'pope', 'cardinal', 'archbishop', 'bishop', 'reverend', 'rabbi',
  'imam', 'ayatollah', 'judge', 'justice', 'attorney', 'lawyer', 'professor', 'doctor', 'dr', 'captain',
  'lieutenant', 'colonel', 'major', 'sergeant', 'admiral', 'marshal', 'candidate', 'nominee', 'front-runner',
  'frontrunner', 'speaker', 'whip', 'majority', 'minority', 'house', 'senate', 'assistant', 'adviser',
  'advisor', 'aide', 'manager', 'campaign', 'press', 'communications', 'strategist', 'pollster', 'analyst',
  'economist', 'founder', 'co-founder', 'ceo', 'coo', 'cfo', 'president-elect', 'vice-president', 'former',
  'acting', 'interim', 'permanent', 'special', 'senior', 'top', 'national', 'federal', 'regional', 'provincial',
  'state', 'u.s.', 'us', 'un', 'u.n.', 'eu', 'nato', 'democratic', 'republican', 'gop', 'independent',
  'presidential', 'hopeful', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'tycoon', 'counsel',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'delegate', 'member', 'mp', 'mep', 'lawmaker',
  'legislator', 'activist', 'coach', 'owner', 'sheriff', 'police', 'inspector', 'superintendent', 'detective',
  'prosecutor', 'district', 'county', 'city', 'commissioner', 'administrator', 'coordinator', 'correspondent',
  'editor', 'reporter', 'host', 'anchor', 'commentator', 'columnist', 'author', 'writer', 'historian',
  'scientist', 'researcher', 'expert', 'fellow', 'chairperson', 'secretary-general', 'under', 'undersecretary',
  'attorney-general', 'surgeon', 'auditor', 'comptroller', 'treasurer', 'clerk', 'ombudsman', 'mufti',
  'representatives', 'senators', 'sens.', 'reps.', 'govs.', 'pastor', 'actress', 'actor', 'journalist', 'singer',
  'rapper', 'comedian', 'filmmaker', 'producer', 'dj', 'star', 'chef', 'model', 'musician', 'artist', 'poet',
  'novelist', 'blogger', 'pundit', 'talk', 'radio', 'television', 'tv', 'show', 'publisher', 'dean', 'provost',
  'trooper', 'officer', 'agent', 'spokesman', 'rev', 'pastor', 'evangelist', 'preacher', 'minister', 'elder',
  'republicans', 'democrats', 'gop', 'libertarian', 'green', 'conservative', 'liberal', 'progressive',
  'billionaire', 'entrepreneur', 'investor', 'banker', 'financier', 'philanthropist', 'donor', 'lobbyist',
  'consultant', 'operative', 'surrogate', 'volunteer', 'supporter', 'voter', 'resident', 'student', 'teacher',
  'nurse', 'physician', 'pediatrician', 'psychiatrist', 'psychologist', 'sociologist', 'physicist', 'engineer',
  'inventor', 'designer', 'architect', 'photographer', 'anchorman', 'anchorwoman', 'newsman', 'correspondent',
  'prosecutors', 'officials', 'coach', 'goalkeeper',
  'striker', 'midfielder', 'defender', 'captain', 'skipper', 'playmaker', 'international', 'forward', 'winger',
  'mr', 'sheikh', 'emir', 'crown', 'grand', 'supreme', 'leader', 'opposition', 'rebel', 'militant', 'commander',
  'speechwriter', 'staffer', 'ally', 'confidant', 'confidante', 'recorder', 'assessor', 'assemblyman', 'assemblywoman', 'alderman', 'selectman', 'wife', 'husband', 'widow',
  'widower', 'daughter', 'brother', 'sister', 'mother', 'father', 'grandson', 'granddaughter', 'nephew', 'niece',
  'principal', 'headmaster', 'headmistress', 'superintendent', 'chancellor', 'rector', 'warden', 'referee', 'umpire'
]

