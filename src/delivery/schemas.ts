import { z } from 'zod'

import { PUBLICATION_KINDS } from '../workflow/publicationKind'

/**
 * What downstream sites receive from the delivery API. The page is rendered to these types and
 * the OpenAPI document (/api/openapi.json) is generated from these schemas, so they cannot differ.
 */

const timestamp = z.string().meta({ description: 'ISO 8601 date-time' })

/** Lexical's editor state (JSON); the `…Html` sibling is the same content rendered. */
const richText = z
  .looseObject({ root: z.looseObject({ children: z.array(z.unknown()) }) })
  .nullable()
  .meta({ id: 'LexicalState', description: 'Lexical editor state (JSON); null when empty' })

export const updateLogEntrySchema = z
  .strictObject({
    date: timestamp,
    kind: z.enum(PUBLICATION_KINDS),
    note: z.string().nullable().optional(),
  })
  .meta({ id: 'UpdateLogEntry', description: 'One publication of the page, newest first.' })

export const reviewBlockSchema = z
  .strictObject({
    reviewerName: z.string(),
    credentials: z.string(),
    printedName: z.string(),
    firstSigner: z
      .strictObject({ reviewerName: z.string(), credentials: z.string() })
      .optional()
      .meta({
        description:
          'High-risk content, signed by two pharmacists: who gave the first signature (the reviewer above gave the second).',
      }),
    lastReviewedAt: timestamp,
    nextReviewDue: timestamp.nullable(),
    expiresAt: timestamp.nullable().meta({
      description:
        'When the page expires: nextReviewDue plus REVIEW_GRACE_DAYS. Past it, the page is overdue (EXPIRY_POLICY=banner) or withdrawn (EXPIRY_POLICY=withdraw).',
    }),
    overdue: z.boolean().meta({
      description: 'The page passed expiresAt without a new sign-off: print overdueLine with it.',
    }),
    overdueLine: z.string().nullable().meta({
      description:
        'What readers are told on an overdue page ("This page is due for review."); null otherwise.',
    }),
    line: z.string().meta({ description: 'The byline as downstream sites print it.' }),
  })
  .meta({ id: 'ReviewBlock', description: 'The pharmacist sign-off that went live.' })

export const deliveredReferenceSchema = z
  .strictObject({
    number: z.int().min(1),
    title: z.string(),
    authors: z.string().nullable(),
    source: z.string().nullable(),
    year: z.int().nullable(),
    url: z.string().nullable(),
    doi: z.string().nullable(),
    pmid: z.string().nullable(),
    accessedAt: timestamp.nullable(),
  })
  .meta({ id: 'DeliveredReference', description: 'A numbered citation, as the body cites it.' })

export const deliveredFaqSchema = z
  .strictObject({ question: z.string(), answer: richText, answerHtml: z.string() })
  .meta({ id: 'DeliveredFaq' })

export const comparisonTableSchema = z
  .strictObject({
    columns: z.array(z.string()),
    rows: z.array(z.strictObject({ feature: z.string(), cells: z.array(z.string()) })),
  })
  .meta({ id: 'ComparisonTable', description: 'One row per feature, one cell per column.' })

export const deliveredImageSchema = z
  .strictObject({
    url: z.string().meta({
      description:
        "The image file on the CMS, readable by anyone; absolute when the CMS's SERVER_URL is set.",
    }),
    alt: z.string().meta({ description: 'What the image shows, for readers who cannot see it.' }),
    width: z.int().nullable(),
    height: z.int().nullable(),
  })
  .meta({ id: 'DeliveredImage' })

export const deliveredMetaSchema = z
  .strictObject({
    title: z.string().nullable().meta({
      description: 'The search and share title the editors wrote; null: use the title.',
    }),
    description: z.string().nullable().meta({
      description: 'The search and share description the editors wrote; null: use the summary.',
    }),
    image: deliveredImageSchema.nullable().meta({ description: 'The share image, or null.' }),
  })
  .meta({
    id: 'DeliveredMeta',
    description:
      'SEO metadata of the live version (editorial: an editor may publish a change of it on the existing sign-off).',
  })

export const deliveredArticleSchema = z
  .strictObject({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    keyPoints: z.array(z.strictObject({ title: z.string(), text: z.string() })),
    body: richText,
    bodyHtml: z.string(),
    drugs: z.array(z.string()),
    conditions: z.array(z.string()),
    readingTimeMinutes: z.int().nullable(),
    datePublished: timestamp.nullable().meta({ description: 'First publication.' }),
    dateModified: timestamp.nullable().meta({
      description:
        'Last publication that changed what readers see (a re-review without changes does not).',
    }),
    lastReviewed: timestamp.nullable().meta({ description: 'Last sign-off that went live.' }),
    updateLog: z.array(updateLogEntrySchema),
    faqs: z.array(deliveredFaqSchema),
    comparisonTable: comparisonTableSchema,
    references: z.array(deliveredReferenceSchema),
    disclaimer: z.strictObject({ title: z.string(), text: richText, textHtml: z.string() }),
    review: reviewBlockSchema.nullable(),
    meta: deliveredMetaSchema,
    jsonLd: z.record(z.string(), z.unknown()).meta({
      description:
        'schema.org MedicalWebPage: name, headline, description (meta description, else the summary), url, inLanguage, image, publisher, dates, reviewedBy, about, citation, FAQ.',
    }),
    jsonLdScript: z.string().meta({
      description:
        'The JSON-LD as a ready-to-embed, HTML-safe script element (type application/ld+json) for the page head.',
    }),
  })
  .meta({ id: 'DeliveredArticle', description: 'A published article page.' })

export const articleListEntrySchema = z
  .strictObject({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    description: z.string().nullable().meta({
      description: 'The meta description the editors wrote; null: use the summary.',
    }),
    lastReviewedAt: timestamp.nullable().optional(),
    updatedAt: timestamp,
  })
  .meta({ id: 'ArticleListEntry' })

export const articleListSchema = z
  .strictObject({
    docs: z.array(articleListEntrySchema),
    page: z.int().min(1),
    totalPages: z.int().min(0),
    totalDocs: z.int().min(0),
  })
  .meta({ id: 'ArticleList', description: 'One page of the live articles, by slug.' })
