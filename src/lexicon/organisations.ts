/**
 * Organisations: words that end (or make) an organisation's name. Data only.
 *
 * @module
 */

/** Capitalised words that make a name an organisation's (`Foreign Ministry`, `White House`, `Reuters`). */
export const organisationHeads: readonly string[] = [
  'ministry', 'department', 'agency', 'government', 'company', 'corp', 'corp.', 'corporation', 'inc', 'inc.',
  'ltd', 'ltd.', 'llc', 'plc', 'group', 'organisation', 'organization', 'committee', 'commission', 'council',
  'party', 'campaign', 'office', 'administration', 'board', 'bank', 'court', 'union', 'association', 'institute',
  'foundation', 'zoo', 'gardens', 'museum', 'university', 'college', 'school', 'times', 'post', 'news', 'journal',
  'tribune', 'herald', 'gazette', 'network', 'channel', 'service', 'army', 'navy', 'force', 'forces', 'police',
  'embassy', 'consulate', 'team', 'club', 'league', 'federation', 'bureau', 'authority', 'parliament', 'senate',
  'congress', 'assembly', 'cabinet', 'house', 'kremlin', 'pentagon', 'fund', 'center', 'centre', 'project',
  'coalition', 'alliance', 'movement', 'front', 'secretariat', 'directorate', 'inspectorate', 'tribunal',
  'press', 'media', 'television', 'radio', 'tv', 'agency', 'centers', 'industries', 'holdings', 'airlines',
  'nations', 'court', 'prosecutors', 'society', 'trust', 'caucus', 'pac', 'palace', 'brokerage', 'exchange', 'daily',
  // Agency copy: firms, meetings and missions (`Anglo Chinese Securities`, `APEC Ministerial Meeting`).
  'securities', 'capital', 'associates', 'partners', 'consultants', 'consultancy', 'motors', 'airways',
  'meeting', 'conference', 'summit', 'forum', 'mission', 'programme', 'bloc',
  // Party groups: `House Republicans`, `Oversight Committee Republicans`.
  'republicans', 'democrats'
]

/** Single-word organisations and acronyms that speak as such. */
export const organisationNames: readonly string[] = [
  'Kremlin', 'Pentagon', 'NATO', 'UN', 'U.N.', 'EU', 'FBI', 'CIA', 'NSA', 'IMF', 'WHO', 'OPEC', 'Reuters', 'AFP',
  'AP', 'Xinhua', 'TASS', 'Interfax', 'RIA', 'CNN', 'BBC', 'NBC', 'CBS', 'ABC', 'Fox', 'MSNBC', 'NPR', 'Politico',
  'Breitbart', 'Hamas', 'Hezbollah', 'Taliban', 'Vatican', 'Congress', 'Parliament', 'Senate', 'Knesset', 'Duma',
  'Interpol', 'Europol', 'UNICEF', 'UNHCR', 'UNESCO', 'Greenpeace', 'Amnesty', 'Gazprom', 'Rosneft', 'Google',
  'Facebook', 'Twitter', 'Apple', 'Microsoft', 'Amazon', 'DNC', 'RNC', 'GOP', 'Pyongyang', 'Beijing', 'Moscow',
  'Washington', 'Tehran', 'Kiev', 'Kyiv', 'Seoul', 'Tokyo', 'Brussels', 'Paris', 'London', 'Berlin', 'Ankara'
]

/**
 * Words that open a company's or body's name in the languages that put the head first (`Banco Santander`,
 * `Banque Indosuez`, `Groupe Bull`, `Compagnie Generale`), lower case. Source: the common legal and trade
 * heads of Spanish, Portuguese, Italian, French, German and Dutch company names.
 */
export const organisationOpeners: readonly string[] = [
  'banco', 'banca', 'banque', 'bankhaus', 'caisse', 'caja', 'grupo', 'groupe', 'gruppo', 'compagnie', 'compania',
  'compañía', 'companhia', 'societe', 'société', 'societa', 'società', 'sociedad', 'instituto', 'istituto', 'institut',
  'cie', 'cia', 'ste', 'fabrica', 'aktiebolaget', 'naamloze', 'verenigde', 'koninklijke', 'establecimientos',
  'industrias', 'industrie', 'laboratoires', 'laboratorios', 'aerolineas', 'empresa', 'ente', 'ferrovie', 'petroleos',
  'petróleos', 'cementos', 'electricite', 'électricité'
]

/**
 * Legal and group endings of a company's name, lower case (`Inc`, `Corp`, `Group`, `AG`): the story may name the
 * company without them (`USAir Group Inc` … `USAir said`). Source: the common legal forms of English, German,
 * French, Dutch, Italian and Spanish company names.
 */
export const companySuffixes: readonly string[] = [
  'inc', 'inc.', 'incorporated', 'corp', 'corp.', 'corporation', 'co', 'co.', 'cos', 'company', 'companies', 'group',
  'ltd', 'ltd.', 'limited', 'llc', 'plc', 'lp', 'l.p.', 'ag', 'gmbh', 'kg', 'sa', 's.a.', 'nv', 'n.v.', 'bv', 'b.v.',
  'spa', 's.p.a.', 'ab', 'asa', 'oy', 'holdings', 'holding', 'bhd', 'pty', 'pte', 'kk'
]

/** Words that open the name of a club or company (`FC Barcelona`, `AC Milan`, `SV Hamburg`), lower case. */
export const organisationPrefixes: readonly string[] = [
  'fc', 'ac', 'afc', 'sc', 'cf', 'sv', 'vfb', 'vfl', 'tsv', 'fk', 'nk', 'ssc', 'rc'
]
