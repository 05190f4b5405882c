/**
 * The stories of the rules' examples: invented wire copy, one dateline lead
 * and the paragraphs of each example.
 *
 * @module
 */

/** The dateline lead every example story opens with. */
export const exampleLead =
  'BREVIK, Norway, May 2 (Wirestory) - Norfjord Ferries cancelled its evening crossings on Tuesday.'

/** An example story: the lead, then `paragraphs`, separated by blank lines. */
export function wire(...paragraphs: string[]): string {
  return [exampleLead, ...paragraphs].join('\n\n') + '\n'
}
