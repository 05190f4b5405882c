/**
 * The sticky patterns a dateline is read with, each applied at one index of a
 * bounded window (`WINDOW` in `dateline.ts`), and {@link sticky}, which applies one.
 */

export const spaceRe = /[ \t\u00A0]*/y
// Hyphens only between letters (`PORT-AU-PRINCE`), so `Calif.--(` stops before the dashes.
export const placeWordRe =
  /[\p{L}][\p{L}\p{M}.'’&}]*(?:-[\p{L}][\p{L}\p{M}.'’&}]*)*(?:\/[\p{L}][\p{L}\p{M}.'’&]*(?:-[\p{L}][\p{L}\p{M}.'’&]*)*)*/uy
export const dayRe = /[0-9][0-9Ol]{0,2}|[lI][0-9]/y
export const yearRe = /,?[ \t]*((?:19|20)[0-9]{2})\b/y
export const parenTagRe = /[ \t]*\([ \t]*([^()\n\d \t](?:[^()\n\d]{0,39}[^()\n\d \t])?)[ \t]*\)/y
export const slashTagRe = /[ \t]*(?:\.[ \t]*)?\/([A-Za-z][A-Za-z\- ]{0,20})\/\.?/y
export const reuterTagRe = /,[ \t]*(Reuters?|REUTERS?)\b/y
export const separatorRe = /[ \t]*(?:,[ \t]*(?=-)|\.(?=-))?(?:-{1,3}|—|–|_|:)(?=[ \t\n\r]|$|[^\S\n\r]|\p{Lu}|")[ \t]*/uy
export const separatorLooseRe = /[ \t]*(?:-{1,3}|—|–|_)[ \t]*/y

/** Run the sticky pattern `re` at `index` of `text`: the match starting exactly there, or `null`. */
export function sticky(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index
  return re.exec(text)
}
