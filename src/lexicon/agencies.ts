/**
 * The agency registry: news agencies and wire services, as data.
 *
 * Each entry gives the canonical short name reported in `article.agency` and
 * `toRecord().agency`, and the aliases that may stand in a dateline tag
 * (`(Reuters)`, `/TASS/`, `(Itar-Tass)`), an aggregator prefix
 * (`Canadian Press - `) or a sign-off (`Reuter`). Matching is
 * case-insensitive. Users add their own through the `agencies` option.
 */

/** One agency of the registry. */
export interface AgencyDefinition {
  /** Canonical short name (`Reuters`, `TASS`, `Xinhua`). */
  name: string
  /** Other spellings that name it in tags and prefixes (`Reuter`, `Itar-Tass`). */
  aliases?: readonly string[] | undefined
  /** Sign-offs that close its stories (`Reuter`). */
  signOffs?: readonly string[] | undefined
  /**
   * Whether a bare prefix `ALIAS - ` / `ALIAS -- ` at the start of the story
   * names the agency (aggregators: `AFP - `, `Canadian Press - `).
   * Defaults to `true`.
   */
  prefix?: boolean | undefined
}

/** The built-in registry. */
export const agencies: readonly AgencyDefinition[] = [
  {name: 'Reuters', aliases: ['Reuter', 'Reuters News', 'Thomson Reuters'], signOffs: ['Reuter', 'Reuters']},
  {name: 'AP', aliases: ['Associated Press', 'The Associated Press', 'APW']},
  {name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse']},
  {name: 'TASS', aliases: ['ITAR-TASS', 'Itar-Tass', 'ITAR TASS']},
  {name: 'Xinhua', aliases: ['Xinhuanet', 'Xinhaunet', 'Xinhua News Agency', 'XINHUA']},
  {name: 'UPI', aliases: ['United Press International']},
  {name: 'Interfax', aliases: ['Interfax-Ukraine', 'Interfax-AVN']},
  {name: 'RIA Novosti', aliases: ['RIA', 'Novosti', 'RIA-Novosti']},
  {name: 'Sputnik', aliases: []},
  {name: 'Anadolu', aliases: ['Anadolu Agency', 'AA']},
  {name: 'dpa', aliases: ['Deutsche Presse-Agentur']},
  {name: 'EFE', aliases: []},
  {name: 'ANSA', aliases: []},
  {name: 'Kyodo', aliases: ['Kyodo News']},
  {name: 'Jiji', aliases: ['Jiji Press']},
  {name: 'Yonhap', aliases: ['Yonhap News']},
  {name: 'KCNA', aliases: []},
  {name: 'PTI', aliases: ['Press Trust of India']},
  {name: 'IANS', aliases: []},
  {name: 'ANI', aliases: []},
  {name: 'UNI', aliases: []},
  {name: 'Bernama', aliases: []},
  {name: 'Antara', aliases: []},
  {name: 'VNA', aliases: ['Vietnam News Agency']},
  {name: 'PNA', aliases: ['Philippine News Agency']},
  {name: 'CNA', aliases: ['Central News Agency']},
  {name: 'CP', aliases: ['Canadian Press', 'The Canadian Press']},
  {name: 'AAP', aliases: ['Australian Associated Press']},
  {name: 'NZPA', aliases: []},
  {name: 'CNN', aliases: []},
  {name: 'CNN/Money', aliases: ['CNNMoney']},
  {name: 'Bloomberg', aliases: []},
  {name: 'Dow Jones', aliases: ['DJ', 'Dow Jones Newswires']},
  {name: 'AFX', aliases: ['AFX News']},
  {name: 'Sports Network', aliases: ['The Sports Network']},
  {name: 'Ticker', aliases: []},
  {name: 'KRT', aliases: []},
  {name: 'CNS', aliases: []},
  {name: 'U-WIRE', aliases: ['UWIRE']},
  {name: 'IRNA', aliases: []},
  {name: 'MNA', aliases: ['Mehr News Agency']},
  {name: 'ISNA', aliases: []},
  {name: 'Fars', aliases: []},
  {name: 'WAFA', aliases: []},
  {name: 'MENA', aliases: []},
  {name: 'KUNA', aliases: []},
  {name: 'WAM', aliases: []},
  {name: 'SPA', aliases: ['Saudi Press Agency']},
  {name: 'QNA', aliases: []},
  {name: 'Petra', aliases: []},
  {name: 'SANA', aliases: []},
  {name: 'APP', aliases: []},
  {name: 'BSS', aliases: []},
  {name: 'Ukrinform', aliases: []},
  {name: 'UNIAN', aliases: []},
  {name: 'BelTA', aliases: []},
  {name: 'Kazinform', aliases: []},
  {name: 'Tanjug', aliases: []},
  {name: 'Hina', aliases: []},
  {name: 'BTA', aliases: []},
  {name: 'MTI', aliases: []},
  {name: 'CTK', aliases: ['ČTK']},
  {name: 'PAP', aliases: []},
  {name: 'Agerpres', aliases: []},
  {name: 'Lusa', aliases: []},
  {name: 'Prensa Latina', aliases: []},
  {name: 'Notimex', aliases: []},
  {name: 'Telam', aliases: ['Télam']},
  {name: 'APA', aliases: []},
  {name: 'Trend', aliases: []},
  {name: 'NNA', aliases: []},
  {name: 'SAPA', aliases: ['South African Press Association']},
  {name: 'NAN', aliases: ['News Agency of Nigeria']},
  {name: 'KNA', aliases: []},
  {name: 'Belga', aliases: []},
  {name: 'ANP', aliases: []},
  {name: 'TT', aliases: []},
  {name: 'NTB', aliases: []},
  {name: 'STT', aliases: []},
  {name: 'Ritzau', aliases: []},
  {name: 'NYT', aliases: ['New York Times News Service', 'NYT News Service']},
  // Press-release wires: their tag stands in the dateline (`SAN FRANCISCO, Feb. 6, 2025 /PRNewswire/ --`,
  // `AUSTIN, Texas--(BUSINESS WIRE)--`, `TORONTO, March 3, 2025 (GLOBE NEWSWIRE) --`); no bare prefix.
  {
    name: 'PR Newswire',
    aliases: ['PRNewswire', 'PRNewswire-FirstCall', 'PRNewswire-AsiaNet', 'PRNewswire-USNewswire'],
    prefix: false
  },
  {name: 'Business Wire', aliases: ['BusinessWire'], prefix: false},
  {name: 'GlobeNewswire', aliases: ['Globe Newswire', 'GLOBE NEWSWIRE'], prefix: false}
]
