/**
 * Names of header fields that may open a story before its dateline
 * (`date 2024-09-06`, `Slug: …`). Lower case.
 */
export const headerFieldNames: readonly string[] = [
  'date', 'dateline', 'filed', 'time', 'published', 'updated', 'slug', 'source', 'id', 'url',
  'category', 'keywords', 'priority', 'lang', 'language', 'agency', 'title', 'headline', 'byline', 'author'
]

/** Header fields whose value is the date the story was filed. */
export const dateFieldNames: readonly string[] = ['date', 'filed', 'published', 'time', 'dateline']
