/** The id of a relationship value as stored (an id) or populated (a document with an id). */
export const relationId = (value: unknown): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  return String(typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)
}

/** The ids of a hasMany relationship (or of several relationship values), empty ones left out. */
export const relationIds = (values: unknown): string[] =>
  ((values as unknown[] | null | undefined) ?? [])
    .map(relationId)
    .filter((id): id is string => Boolean(id))
