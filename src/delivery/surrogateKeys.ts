import { dependencyKey } from './materialize'

/** The key of the article list responses: any publication or withdrawal may change them. */
export const ARTICLE_LIST_KEY = 'article-list'

/**
 * What a CDN purges when a document goes live or is withdrawn: every delivered response tagged
 * with it (a page carries the keys of everything it shows), and the article lists.
 */
export const purgeKeysFor = (collection: string, id: unknown): string[] => [
  dependencyKey(collection, id),
  ARTICLE_LIST_KEY,
]

/** `Surrogate-Key` (Fastly, Varnish) and `Cache-Tag` (Cloudflare) headers for these keys. */
export const surrogateKeyHeaders = (keys: string[]): Record<string, string> =>
  keys.length ? { 'Surrogate-Key': keys.join(' '), 'Cache-Tag': keys.join(',') } : {}
