import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { NotFound } from 'payload'

import type { Article } from '../payload-types'
import type { ReviewBlock } from '../delivery/types'
import type { articlePreviewSchema, previewedDocumentSchema } from './previewSchema'

import { pageOfArticle } from '../delivery/articlePage'
import { LINKED_FIELDS, PAGE_FIELDS } from '../delivery/pageFields'
import { describeIn } from '../shared/describe'
import { readLiveVersion } from '../shared/liveVersion'
// The version the sign-off compares `readVersion` with.
import { latestVersionId } from '../workflow/documents'
import { latestSignature } from '../workflow/signatures'
import { signerCredit } from '../workflow/signerCredit'
import { reviewedByLine } from '../workflow/reviewedByLine'
import { ARTICLE_LINKS, stateInWords } from '../workflow/states'

/** One document the preview shows, at the version it shows. */
export type PreviewedDocument = z.infer<typeof previewedDocumentSchema>
export type ArticlePreview = z.infer<typeof articlePreviewSchema>

const WORKFLOW = { workflowState: true, _status: true, updatedAt: true } as const

// The page's fields plus what the preview says of each document (its state).
const PREVIEW_POPULATE = {
  ...LINKED_FIELDS,
  faqs: { ...LINKED_FIELDS.faqs, ...WORKFLOW },
  'comparison-rows': { ...LINKED_FIELDS['comparison-rows'], ...WORKFLOW },
  references: { ...LINKED_FIELDS.references, ...WORKFLOW },
  disclaimers: { ...LINKED_FIELDS.disclaimers, ...WORKFLOW },
}

type Linked = { id: string | number; workflowState?: string | null }

// The main document holds the live version (Payload keeps drafts in the versions only).
const isLive = async (req: PayloadRequest, collection: string, id: string): Promise<boolean> =>
  (await readLiveVersion(req, collection as never, id))?._status === 'published'

const everyLinked = <T>(items: unknown): T[] =>
  ((items as unknown[] | null | undefined) ?? []).filter(
    (item): item is T => typeof item === 'object' && item !== null,
  )

/** The byline as it would print: the newest sign-off's signer, or none yet. */
const bylineOf = async (req: PayloadRequest, id: string): Promise<ReviewBlock | null> => {
  const signature = await latestSignature(req, 'articles', id)
  if (!signature) return null
  const credit = await signerCredit(req, String(signature.id))
  const block = {
    reviewerName: credit.reviewerName,
    credentials: credit.credentials,
    printedName: credit.printedName,
    ...(credit.firstSigner ? { firstSigner: credit.firstSigner } : {}),
    lastReviewedAt: credit.signedAt,
    nextReviewDue: null,
  }
  // Published on this sign-off, the page starts a new review period: not overdue.
  return {
    ...block,
    expiresAt: null,
    overdue: false,
    overdueLine: null,
    line: reviewedByLine(block),
  }
}

const readArticle = async (
  req: PayloadRequest,
  id: string,
  versionId: string | undefined,
): Promise<{ article: Article; versionId: string | null }> => {
  const read = {
    depth: 1,
    draft: true,
    select: { ...PAGE_FIELDS, workflowState: true, updatedAt: true },
    populate: PREVIEW_POPULATE,
    // The caller's access: a preview shows nothing its reader may not read in the admin.
    overrideAccess: false,
    user: req.user,
    req,
  } as const
  const latest = await req.payload.findByID({
    collection: 'articles',
    id,
    ...read,
    disableErrors: true,
  })
  if (!latest) throw new NotFound(req.t)
  if (!versionId) {
    return {
      article: latest as Article,
      versionId: (await latestVersionId(req, 'articles', id)) ?? null,
    }
  }
  const version = await req.payload
    .findVersionByID({ collection: 'articles', id: versionId, ...read, select: undefined })
    .catch(() => null)
  if (!version || String(version.parent) !== id) throw new NotFound(req.t)
  return { article: { ...(version.version as Article), id: latest.id }, versionId }
}

const shownOf = async (
  req: PayloadRequest,
  article: Article,
  versionId: string | null,
): Promise<PreviewedDocument[]> => {
  const linked = await Promise.all(
    ARTICLE_LINKS.flatMap(({ field, collection }) =>
      everyLinked<Linked>(article[field]).map(async (doc) => ({
        collection,
        id: String(doc.id),
        title: describeIn(req, collection, doc as never),
        versionId: (await latestVersionId(req, collection, String(doc.id))) ?? null,
        state: (doc.workflowState ?? 'draft') as PreviewedDocument['state'],
        live: await isLive(req, collection, String(doc.id)),
      })),
    ),
  )
  return [
    {
      collection: 'articles',
      id: String(article.id),
      title: article.title,
      versionId,
      state: article.workflowState ?? 'draft',
      live: await isLive(req, 'articles', String(article.id)),
    },
    ...linked,
  ]
}

const NO_DISCLAIMER = { title: 'No disclaimer chosen', text: null }

/**
 * An article as readers would see it once it and its linked documents are published: its latest
 * version (or the stored version `versionId`) with the latest versions of what it links to, put
 * together by the code that builds the delivered page. Staff only (the endpoint checks).
 */
export const articlePreview = async (
  req: PayloadRequest,
  id: string,
  versionId?: string,
): Promise<ArticlePreview> => {
  const { article, versionId: shownVersion } = await readArticle(req, id, versionId)
  const disclaimer = everyLinked<{ title: string; text: unknown }>([article.disclaimer])[0]
  const page = pageOfArticle(req, article, {
    serverUrl: req.payload.config.serverURL,
    linked: everyLinked,
    disclaimer: (disclaimer as never) ?? NO_DISCLAIMER,
    review: await bylineOf(req, String(article.id)),
  })
  const shown = await shownOf(req, article, shownVersion)
  const warnings = [
    ...(disclaimer ? [] : ['No disclaimer: the page cannot be published without one.']),
    ...shown
      .filter((doc) => !doc.live && doc.collection !== 'articles')
      .map((doc) => `"${doc.title}" is not live yet (${stateInWords(doc.state)}).`),
  ]
  return { page, shown, warnings }
}
