import type { PayloadRequest } from 'payload'

import { ConflictError } from '../errors'
import { describeIn } from '../shared/describe'
import { ARTICLE_LINKS, type ReviewableCollection } from './states'

export type LiveDependent = { collection: 'articles'; id: string; title: string }

/** The article field that lists documents of this collection, if articles show it at all. */
const articleFieldShowing = (collection: string) =>
  ARTICLE_LINKS.find((link) => link.collection === collection)?.field

/** Whether live articles can show documents of this collection (FAQs, comparison rows, references). */
export const isShownOnArticles = (collection: string): boolean =>
  articleFieldShowing(collection) !== undefined

/**
 * The published articles whose live version lists any of these documents: their pages print them
 * (a reference by its number), so the documents must stay live while those articles are.
 */
export const liveArticlesShowing = async (
  req: PayloadRequest,
  collection: string,
  ids: readonly (number | string)[],
): Promise<LiveDependent[]> => {
  const field = articleFieldShowing(collection)
  if (!field || !ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ [field]: { in: [...ids] } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    pagination: false,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    collection: 'articles' as const,
    id: String(doc.id),
    title: describeIn(req, 'articles', doc),
  }))
}

const titles = (articles: LiveDependent[]): string =>
  articles.map((article) => `"${article.title}"`).join(', ')

/**
 * 409 naming the live articles that show the document. Taking it off on its own would re-render
 * their pages into a state no pharmacist signed (the references renumbered, a FAQ gone).
 */
export const shownOnLiveArticlesError = (
  what: string,
  verb: 'deleted' | 'taken off the API',
  articles: LiveDependent[],
): ConflictError =>
  new ConflictError(
    `${what} is shown on live articles (${titles(articles)}), so it cannot be ${verb} on its own: withdraw it together with them (“Also withdraw the live articles that show it” in the withdraw dialog; withDependents: true over the API), or publish reviewed revisions of them without it first.`,
    { shownBy: articles },
  )

/** Refuses when live articles show any of these documents of `collection`. */
export const refuseWhileShown = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  ids: readonly (number | string)[],
  verb: 'deleted' | 'taken off the API',
  what = 'This document',
): Promise<void> => {
  const articles = await liveArticlesShowing(req, collection, ids)
  if (articles.length) throw shownOnLiveArticlesError(what, verb, articles)
}
