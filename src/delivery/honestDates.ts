import type { Article } from '../payload-types'
import type { ArticlePage } from './types'

import {
  dateModifiedFrom,
  type PublicationKind,
  type UpdateLogEntry,
} from '../workflow/publicationKind'

/**
 * The dates a reader is told, from the publication record rather than from `updatedAt` (which
 * moves with every internal save): first publication, last change readers can see, last sign-off
 * that went live, and the public update log.
 */
export const honestDates = (
  article: Pick<Article, 'firstPublishedAt' | 'lastReviewedAt' | 'updateLog'>,
): Pick<ArticlePage, 'datePublished' | 'dateModified' | 'lastReviewed' | 'updateLog'> => {
  const updateLog: UpdateLogEntry[] = (article.updateLog ?? []).map(({ date, kind, note }) => ({
    date,
    kind: kind as PublicationKind,
    note: note ?? null,
  }))
  return {
    datePublished: article.firstPublishedAt ?? null,
    dateModified: dateModifiedFrom(updateLog) ?? article.firstPublishedAt ?? null,
    lastReviewed: article.lastReviewedAt ?? null,
    updateLog,
  }
}
