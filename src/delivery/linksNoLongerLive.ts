import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Article } from '../payload-types'

import { relationIds } from '../shared/relations'
import { PageWithoutDisclaimerError } from './errors'
import { ARTICLE_LINKS } from '../workflow/states'

/**
 * A live article that lists a FAQ, comparison row or reference the public cannot see any more
 * must not be re-rendered without it: its references would be renumbered, so [1] would credit
 * another source, in a page no pharmacist signed. The workflow refuses every path to this (see
 * src/workflow/liveDependents.ts); reaching it means the data changed behind the CMS. 503, logged.
 */
export class PageWithLinkNoLongerLiveError extends APIError {
  constructor(slug: string, gone: string[]) {
    super(
      `The article "${slug}" shows content that is no longer published (${gone.join(', ')}), so it is not served until it is reviewed again.`,
      503,
      undefined,
      false,
    )
    this.name = 'PageWithLinkNoLongerLiveError'
  }
}

const shownBefore = (dependsOn: readonly string[], collection: string): string[] =>
  dependsOn
    .filter((key) => key.startsWith(`${collection}:`))
    .map((key) => key.slice(collection.length + 1))

/**
 * The links of a live article that are not live: those it lists that are not published, and
 * those its stored page showed that no longer exist at all (SQLite drops a deleted document from
 * the article's relation rows, so the article's list alone would not tell).
 */
export const linksNoLongerLive = async (
  req: PayloadRequest,
  article: Article,
  storedDependsOn: readonly string[],
): Promise<string[]> => {
  const gone: string[] = []
  for (const { field, collection } of ARTICLE_LINKS) {
    const listed = relationIds(article[field])
    const candidates = [...new Set([...listed, ...shownBefore(storedDependsOn, collection)])]
    if (!candidates.length) continue
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: candidates } },
      draft: false,
      depth: 0,
      pagination: false,
      select: { _status: true },
      overrideAccess: true,
      req,
    })
    const status = new Map(docs.map((doc) => [String(doc.id), doc._status]))
    for (const id of candidates) {
      const notLive = listed.includes(id) ? status.get(id) !== 'published' : !status.has(id)
      if (notLive) gone.push(`${collection} ${id}`)
    }
  }
  return gone
}

/** Throws PageWithLinkNoLongerLiveError when the article shows a link that is no longer live. */
export const refuseLinksNoLongerLive = async (
  req: PayloadRequest,
  article: Article,
  storedDependsOn: readonly string[],
): Promise<void> => {
  const gone = await linksNoLongerLive(req, article, storedDependsOn)
  if (gone.length) throw new PageWithLinkNoLongerLiveError(article.slug ?? String(article.id), gone)
}

/** A page that is stored as a 503 answer instead: no live disclaimer, or a link no longer live. */
export const isUnsafePageError = (
  error: unknown,
): error is PageWithLinkNoLongerLiveError | PageWithoutDisclaimerError =>
  error instanceof PageWithoutDisclaimerError || error instanceof PageWithLinkNoLongerLiveError
