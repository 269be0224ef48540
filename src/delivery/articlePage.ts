import type { PayloadRequest, Where } from 'payload'

import type { Article, ComparisonRow, Disclaimer, Faq, Reference } from '../payload-types'
import type { ArticlePage, ReviewBlock } from './types'

import { settingsOf } from '../config/settings'
import { reviewedByLine } from '../workflow/reviewedByLine'
import { signerCredit } from '../workflow/signerCredit'
import { citationOf } from './citation'
import { PageWithoutDisclaimerError } from './errors'
import { richTextToHtml } from './html'
import { medicalWebPageJsonLd } from './jsonLd'
import { pageMetaOf } from './pageMeta'
import { LINKED_FIELDS, PAGE_FIELDS } from './pageFields'
import { safeJson } from './safeJson'
import { honestDates } from './honestDates'
import { expiryOf } from '../expiry/expiryOf'

export const published = <T extends { _status?: string | null }>(items: unknown): T[] =>
  ((items as unknown[] | null | undefined) ?? []).filter(
    (item): item is T =>
      typeof item === 'object' && item !== null && (item as T)._status === 'published',
  )

export const reviewBlock = async (
  req: PayloadRequest,
  article: Pick<Article, 'lastSignature' | 'lastReviewedAt' | 'nextReviewDue'>,
): Promise<ReviewBlock | null> => {
  const signatureId =
    typeof article.lastSignature === 'object' ? article.lastSignature?.id : article.lastSignature
  if (!signatureId || !article.lastReviewedAt) return null
  const { reviewerName, credentials, printedName, firstSigner } = await signerCredit(
    req,
    signatureId,
  )
  const block = {
    reviewerName,
    credentials,
    printedName,
    ...(firstSigner ? { firstSigner } : {}),
    lastReviewedAt: article.lastReviewedAt,
    nextReviewDue: article.nextReviewDue ?? null,
  }
  return {
    ...block,
    ...expiryOf(article.nextReviewDue, settingsOf(req.payload).reviewGraceDays, new Date()),
    line: reviewedByLine(block),
  }
}

const comparisonTable = (
  article: Pick<Article, 'comparisonColumns' | 'comparisonRows'>,
  linked: PageParts['linked'],
) => {
  const columns = article.comparisonColumns ?? []
  const rows = linked<ComparisonRow>(article.comparisonRows).map((row) => ({
    feature: row.feature,
    cells: columns.map(
      (column) =>
        row.cells.find((cell) => cell.treatment.toLowerCase() === column.toLowerCase())?.value ??
        '',
    ),
  }))
  return { columns, rows }
}

/**
 * The page of one article by id, as the public sees it (published content only, whatever the
 * caller may read): what the delivered-pages store keeps.
 */
export const buildPublicPageOf = (
  req: PayloadRequest,
  articleId: string,
  serverUrl?: string,
): Promise<ArticlePage | null> => buildPage(req, { id: { equals: articleId } }, serverUrl, true)

const buildPage = async (
  req: PayloadRequest,
  match: Where,
  serverUrl: string | undefined,
  asPublic: boolean,
): Promise<ArticlePage | null> => {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [match, { _status: { equals: 'published' } }] },
    depth: 1,
    draft: false,
    limit: 1,
    pagination: false,
    // Only what the page shows: authorship and workflow relations are neither read nor populated.
    select: PAGE_FIELDS,
    populate: LINKED_FIELDS,
    // Public pages read published documents only (the filters above and below), with any access.
    overrideAccess: asPublic,
    user: asPublic ? undefined : req.user,
    req,
  })
  const article = docs[0]
  if (!article) return null
  const disclaimer = published<Disclaimer>([article.disclaimer])[0]
  if (!disclaimer) throw new PageWithoutDisclaimerError(article.slug ?? String(article.id))
  return pageOfArticle(req, article as Article, {
    serverUrl,
    linked: published,
    disclaimer,
    review: await reviewBlock(req, article),
  })
}

/** How a page is put together: which linked documents it shows, its disclaimer and byline. */
export type PageParts = {
  serverUrl?: string
  /** Keeps the linked FAQs, comparison rows and references the page shows. */
  linked: <T extends { _status?: string | null }>(items: unknown) => T[]
  disclaimer: Pick<Disclaimer, 'title' | 'text'>
  review: ReviewBlock | null
}

/**
 * The page of an article read at depth 1 (its linked documents populated): the delivered page
 * (published content only) and the staff preview (the latest versions) are both this.
 */
export const pageOfArticle = (
  req: PayloadRequest,
  article: Article,
  { serverUrl, linked, disclaimer, review }: PageParts,
): ArticlePage => {
  const slug = article.slug ?? String(article.id)
  const page: Omit<ArticlePage, 'jsonLd' | 'jsonLdScript'> = {
    slug,
    title: article.title,
    summary: article.summary,
    keyPoints: (article.keyPoints ?? []).map(({ title, text }) => ({ title, text })),
    body: article.body ?? null,
    bodyHtml: richTextToHtml(article.body),
    drugs: (article.drugs ?? []).flatMap((drug) => (typeof drug === 'object' ? [drug.name] : [])),
    conditions: article.conditions ?? [],
    readingTimeMinutes: article.readingTimeMinutes ?? null,
    ...honestDates(article),
    faqs: linked<Faq>(article.faqs).map((faq) => ({
      question: faq.question,
      answer: faq.answer,
      answerHtml: richTextToHtml(faq.answer),
    })),
    comparisonTable: comparisonTable(article, linked),
    references: linked<Reference>(article.references).map((reference, index) => ({
      number: index + 1,
      ...citationOf(reference),
    })),
    disclaimer: {
      title: disclaimer.title,
      text: disclaimer.text,
      textHtml: richTextToHtml(disclaimer.text),
    },
    review,
    meta: pageMetaOf(article),
  }
  const site = settingsOf(req.payload).site
  const siteUrl = site.url ?? serverUrl?.replace(/\/+$/, '')
  const url = siteUrl ? `${siteUrl}/articles/${page.slug}` : undefined
  const jsonLd = medicalWebPageJsonLd(
    page,
    { url: siteUrl, language: site.language, publisherName: site.publisherName },
    url,
  )
  return {
    ...page,
    jsonLd,
    jsonLdScript: `<script type="application/ld+json">${safeJson(jsonLd)}</script>`,
  }
}
