/**
 * Words that end the names of things no person bears: events, awards, rankings, treaties, places, markets,
 * and the furniture of a web page. Data only; lower case. Written for this project from the kinds of
 * capitalised phrases that wire copy names beside people (`Geneva Motor Show`, `Masters Cup`, `ATP Entry
 * Rankings`, `Subcommittee on International Development Institutions`, `Most Favoured Nation`).
 *
 * @module
 */

/** Last words of names of events, works, places and other things (never of a person's name). */
export const thingHeads: readonly string[] = [
  // Events and competitions.
  'show', 'shows', 'cup', 'games', 'olympics', 'championship', 'championships', 'tournament', 'series', 'rankings',
  'ranking', 'tour', 'tours', 'festival', 'fair', 'expo', 'exhibition', 'marathon', 'rally', 'grand', 'slam', 'prix',
  'masters', 'finals', 'playoffs', 'derby',
  // Prizes, documents, programmes.
  'prize', 'award', 'awards', 'medal', 'treaty', 'accord', 'accords', 'agreement', 'act', 'charter', 'declaration',
  'protocol', 'doctrine', 'initiative', 'plan', 'index', 'report', 'budget', 'constitution',
  // Bodies spoken of as plurals and business words.
  'institutions', 'nations', 'states', 'generale', 'societe', 'banque', 'credit', 'markets', 'market', 'internet',
  'isps', 'online', 'exchange', 'economy', 'sector',
  // Places and structures.
  'republic', 'kingdom', 'emirates', 'avenue', 'street', 'square', 'road', 'bridge', 'river', 'island', 'islands',
  'valley', 'mountains', 'sea', 'ocean', 'gulf', 'strait', 'airport', 'station', 'stadium', 'hospital', 'prison',
  'province', 'county', 'district', 'region', 'city', 'nation', 'world',
  // Wars, crises, periods.
  'war', 'crisis', 'revolution', 'era', 'day', 'week', 'year', 'month',
  // Page furniture.
  'below', 'continues', 'photo', 'photos', 'video', 'gallery', 'advertisement', 'newsletter'
]

/** Words of a line that is page furniture, not copy (`Story continues below`, `AFP photo Jan Novak`). */
export const furnitureWords: readonly string[] = [
  'photo', 'photos', 'photograph', 'photographer', 'picture', 'pictures', 'caption', 'advertisement', 'continues',
  'gallery', 'video', 'file', 'credit'
]
