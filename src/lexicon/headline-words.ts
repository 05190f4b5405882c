/**
 * Small words that only title case capitalises: two or more of them
 * capitalised mark a headline line (`Why Progressives Are Celebrating …`),
 * whose capitals say nothing about names. Data only, lower case.
 *
 * @module
 */

/** Lower-case words that title case capitalises (`Are`, `The`, `Of`). */
export const titleCaseWords: readonly string[] = [
  'the', 'a', 'an', 'of', 'to', 'in', 'for', 'on', 'and', 'is', 'are', 'was', 'with', 'just', 'how', 'why', 'what',
  'says', 'will', 'at', 'from', 'by', 'as', 'his', 'her', 'their', 'after', 'over', 'about', 'into', 'be', 'has',
  'have', 'not', 'no', 'this', 'that', 'these', 'it', 'its', 'you', 'your', 'we', 'our', 'my', 'who', 'when',
  'where', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'may', 'up', 'out', 'off', 'than', 'so', 'but',
  'or', 'if', 'all', 'more', 'most', 'now'
]
