const ENTITY_TAG = /(?:W\/)?"[^"]*"/g

const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag)

/**
 * Whether `If-None-Match` matches the representation's ETag (RFC 9110 §13.1.2): `*` matches any
 * current representation, a list matches when one member does, compared weakly (a proxy that
 * compresses turns `"x"` into `W/"x"`, and its revalidation must still get a 304).
 */
export const ifNoneMatchHits = (header: null | string | undefined, etag: string): boolean => {
  if (!header) return false
  if (header.trim() === '*') return true
  const current = opaque(etag)
  return (header.match(ENTITY_TAG) ?? []).some((tag) => opaque(tag) === current)
}
