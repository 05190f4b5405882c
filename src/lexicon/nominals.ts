/**
 * Heads of nominal descriptions that refer back to a speaker (`the official`,
 * `the deputy prime minister`, `the ministry`). Data only.
 *
 * @module
 */

/** Nouns that head a description of a person. */
export const personNominals: readonly string[] = [
  'official', 'officials', 'minister', 'president', 'premier', 'chancellor', 'spokesman', 'spokeswoman',
  'spokesperson', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'ambassador', 'envoy',
  'diplomat', 'representative', 'candidate', 'nominee', 'leader', 'chairman', 'chairwoman', 'chief', 'director',
  'secretary', 'general', 'commander', 'officer', 'judge', 'lawyer', 'attorney', 'prosecutor', 'analyst',
  'expert', 'economist', 'professor', 'doctor', 'businessman', 'businesswoman', 'billionaire', 'tycoon', 'mogul',
  'donor', 'activist', 'lawmaker', 'legislator', 'politician', 'democrat', 'republican', 'republicans',
  'democrats', 'frontrunner', 'front-runner', 'hopeful', 'contender', 'incumbent', 'veteran', 'star', 'actor',
  'actress', 'singer', 'author', 'writer', 'witness', 'resident', 'man', 'woman', 'source', 'sources', 'aide',
  'adviser', 'advisor', 'strategist', 'pollster', 'host', 'founder', 'executive', 'coach', 'player', 'king',
  'queen', 'prince', 'pope', 'cleric', 'rabbi', 'imam', 'priest', 'bishop', 'delegate', 'head', 'manager',
  'speaker', 'statesman', 'mogul', 'star', 'magnate', 'chief executive', 'deputy', 'dissident', 'scientist',
  'researcher', 'campaigner', 'organizer', 'organiser', 'mother', 'father', 'lieutenant', 'colonel',
  'captain', 'sheriff', 'inspector', 'commissioner', 'negotiator', 'mediator', 'observer', 'monitor', 'critic',
  'aides', 'advisers', 'advisors', 'spokesmen', 'lawyers', 'attorneys', 'analysts', 'experts', 'economists',
  'prosecutors', 'investigators', 'diplomats', 'lawmakers', 'legislators', 'activists', 'critics', 'witnesses',
  'residents', 'organizers', 'organisers', 'supporters', 'voters', 'leaders', 'strategists', 'scientists',
  'researchers', 'observers', 'insiders', 'allies', 'protesters', 'protestors'
]

/** Nouns that head a description of an organisation. */
export const organisationNominals: readonly string[] = [
  'ministry', 'department', 'agency', 'government', 'company', 'firm', 'group', 'organisation', 'organization',
  'committee', 'commission', 'council', 'party', 'campaign', 'office', 'administration', 'board', 'bank',
  'court', 'union', 'association', 'institute', 'foundation', 'zoo', 'museum', 'university', 'newspaper',
  'network', 'channel', 'station', 'service', 'army', 'military', 'police', 'embassy', 'consulate', 'team',
  'club', 'league', 'federation', 'corporation', 'bureau', 'authority', 'authorities', 'parliament', 'senate',
  'house', 'cabinet', 'kremlin', 'pentagon', 'statement', 'report', 'study', 'survey', 'poll', 'paper', 'daily',
  // Armed forces (`the Estonian defence forces said`, `the navy said`).
  'forces', 'navy',
  // Firms by trade (`the airline said`, `the automaker said`).
  'airline', 'carrier', 'automaker', 'carmaker', 'insurer', 'lender', 'retailer', 'brokerage'
]
