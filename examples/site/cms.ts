import type { ArticleList, DeliveredArticle } from '../../downstream/api-types'

/** Where the CMS is, and the consumer API key when it runs with PUBLIC_API=false. */
export type CmsOptions = { baseUrl: string; apiKey?: string }

export type Fetched<T> = { data: T; revalidated: boolean } | { data: null; status: number }

type Remembered = { etag: string; data: unknown }

/**
 * The delivery API with ETag revalidation: each answer is kept with its ETag and asked for again
 * with If-None-Match, so an unchanged page costs the CMS a 304 and no body.
 */
export const createCmsClient = ({ baseUrl, apiKey }: CmsOptions) => {
  const remembered = new Map<string, Remembered>()

  const get = async <T>(path: string): Promise<Fetched<T>> => {
    const known = remembered.get(path)
    const response = await fetch(new URL(path, baseUrl), {
      headers: {
        Accept: 'application/json',
        ...(apiKey ? { Authorization: `users API-Key ${apiKey}` } : {}),
        ...(known ? { 'If-None-Match': known.etag } : {}),
      },
    })
    if (response.status === 304 && known) return { data: known.data as T, revalidated: true }
    if (!response.ok) {
      // A withdrawn page must disappear from the site too.
      remembered.delete(path)
      return { data: null, status: response.status }
    }
    const data = (await response.json()) as T
    const etag = response.headers.get('etag')
    if (etag) remembered.set(path, { etag, data })
    return { data, revalidated: false }
  }

  return {
    listArticles: (page = 1) => get<ArticleList>(`/api/delivery/articles?page=${page}&limit=100`),
    article: (slug: string) =>
      get<DeliveredArticle>(`/api/delivery/articles/${encodeURIComponent(slug)}`),
  }
}
