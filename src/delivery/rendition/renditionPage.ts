import type { PayloadRequest } from 'payload'

import type { Article } from '../../payload-types'
import type { ArticlePage } from '../types'
import type { ShownCollection, ShownVersions } from './shownVersions'

import { relationId, relationIds } from '../../shared/relations'
import { describeIn } from '../../shared/describe'
import { pageOfArticle } from '../articlePage'
import { readerRenditionHash } from './readerRendition'

/** The relations of an article the page prints, and the collection each points into. */
const SHOWN_RELATIONS = [
  { field: 'faqs', collection: 'faqs' },
  { field: 'comparisonRows', collection: 'comparison-rows' },
  { field: 'references', collection: 'references' },
  { field: 'drugs', collection: 'drugs' },
] as const satisfies readonly { field: keyof Article; collection: ShownCollection }[]

/** One document the rendition printed, at the version it printed (for the words of a refusal). */
export type ShownPart = { collection: ShownCollection; id: string; name: string; doc: object }

export type Rendition = { page: ArticlePage; hash: string; parts: ShownPart[] }

const NO_DISCLAIMER = { title: '', text: null }

/**
 * An article's page rendered by the delivery renderer (pageOfArticle) from this version of the
 * article and the versions `shown` picks of what it links to; a linked document `shown` has no
 * version of is left out, as the delivered page leaves out one that is not live.
 */
export const renderRendition = async (
  req: PayloadRequest,
  article: Partial<Article>,
  shown: ShownVersions,
): Promise<Rendition> => {
  const parts: ShownPart[] = []
  const pick = async (collection: ShownCollection, id: string) => {
    const doc = await shown(collection, id)
    if (doc) parts.push({ collection, id, name: describeIn(req, collection, doc), doc })
    return doc
  }
  const populated: Record<string, unknown> = { ...article }
  for (const { field, collection } of SHOWN_RELATIONS) {
    const docs = []
    for (const id of relationIds(article[field])) docs.push(await pick(collection, id))
    populated[field] = docs.filter(Boolean)
  }
  const disclaimerId = relationId(article.disclaimer)
  const disclaimer = disclaimerId ? await pick('disclaimers', disclaimerId) : undefined
  const page = pageOfArticle(req, populated as unknown as Article, {
    serverUrl: req.payload.config.serverURL,
    linked: (items) => (items as never[]) ?? [],
    disclaimer: (disclaimer as never) ?? NO_DISCLAIMER,
    review: null,
  })
  return { page, hash: readerRenditionHash(page), parts }
}
