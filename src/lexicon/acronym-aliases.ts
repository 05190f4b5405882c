/**
 * Acronyms and short names whose spelled-out form their initials do not give (`G7` ↔ `Group of Seven`). Data
 * only: each short form with the long forms a story may spell out. Written for this project from general
 * knowledge of international bodies.
 *
 * @module
 */

/** Short form (capitals, no periods) → long forms, most usual first. */
export const acronymAliases: Readonly<Record<string, readonly string[]>> = {
  G7: ['Group of Seven', 'Group of 7'],
  G8: ['Group of Eight', 'Group of 8'],
  G20: ['Group of Twenty', 'Group of 20'],
  G77: ['Group of 77'],
  G10: ['Group of Ten', 'Group of 10'],
  G5: ['Group of Five', 'Group of 5'],
  ASEAN: ['Association of Southeast Asian Nations', 'Association of South East Asian Nations'],
  OPEC: ['Organization of the Petroleum Exporting Countries', 'Organisation of the Petroleum Exporting Countries', 'Organization of Petroleum Exporting Countries', 'Organisation of Petroleum Exporting Countries'],
  OECD: ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development', 'Organisation for Economic Cooperation and Development', 'Organization for Economic Co-operation and Development'],
  ICRC: ['International Committee of the Red Cross'],
  IFRC: ['International Federation of Red Cross and Red Crescent Societies'],
  UNICEF: ["United Nations Children's Fund", "UN Children's Fund"],
  UNHCR: ['United Nations High Commissioner for Refugees', 'UN High Commissioner for Refugees', 'UN refugee agency'],
  UNESCO: ['United Nations Educational, Scientific and Cultural Organization'],
  FAO: ['Food and Agriculture Organization', 'Food and Agriculture Organisation'],
  INTERPOL: ['International Criminal Police Organization'],
  MSF: ['Medecins Sans Frontieres', 'Médecins Sans Frontières', 'Doctors Without Borders'],
  RSF: ['Reporters Without Borders', 'Reporters Sans Frontieres', 'Reporters Sans Frontières'],
  CERN: ['European Organization for Nuclear Research'],
  EU: ['European Union'],
  EC: ['European Community', 'European Commission'],
  AU: ['African Union'],
  NATO: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']
}

/** Acronyms of bodies that the title lexicon also holds as modifiers of titles (`UN envoy`, `US Senator`). */
export const bodyAcronyms: readonly string[] = ['un', 'u.n.', 'us', 'u.s.', 'eu', 'nato', 'uk', 'u.k.', 'imf', 'who']
