import type { PayloadRequest } from 'payload'

import type { Article, ComparisonRow, Faq, Reference } from '../payload-types'
import type { TextPart } from './citationMarkers'

import { lexicalToPlainText } from '../richText/plainText'
import { richTextSections } from '../richText/sections'
import { relationIds } from '../shared/relations'

type ArticleText = Partial<Pick<Article, 'body' | 'keyPoints' | 'summary'>>

const sectionName = (heading: string | null) =>
  heading ? `the section "${heading}"` : 'the introduction'

/** The article's own text by place: summary, each key point, each body section. */
export const articleOwnTexts = (article: ArticleText): TextPart[] => [
  { where: 'the summary', text: article.summary ?? '', field: 'summary' },
  ...(article.keyPoints ?? []).map((point, index) => ({
    where: `key point ${index + 1} "${point.title}"`,
    text: `${point.title ?? ''}. ${point.text ?? ''}`,
    field: `keyPoints.${index}.text`,
  })),
  ...richTextSections(article.body).map((section) => ({
    where: sectionName(section.heading),
    text: section.text,
    field: 'body',
  })),
]

/** The latest versions of linked documents, in the article's order (a draft is what is signed). */
const latestLinked = async <T extends { id: number | string }>(
  req: PayloadRequest,
  collection: 'comparison-rows' | 'faqs' | 'references',
  links: unknown,
): Promise<T[]> => {
  const ids = relationIds(links)
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as unknown as T]))
  return ids.map((id) => byId.get(String(id))).filter((doc): doc is T => Boolean(doc))
}

export const linkedReferences = (req: PayloadRequest, article: Partial<Article>) =>
  latestLinked<Reference>(req, 'references', article.references)

/** The body's headings, which richTextSections keeps apart from the text under them. */
const headingTexts = (article: Partial<Article>): TextPart[] =>
  richTextSections(article.body).flatMap(({ heading }) =>
    heading ? [{ where: `the heading "${heading}"`, text: heading, field: 'body' }] : [],
  )

/** The comparison table: its column headings and each linked row's feature and cells. */
const comparisonTexts = async (
  req: PayloadRequest,
  article: Partial<Article>,
): Promise<TextPart[]> => {
  const rows = await latestLinked<ComparisonRow>(req, 'comparison-rows', article.comparisonRows)
  return [
    ...(article.comparisonColumns ?? []).map((column, index) => ({
      where: `the comparison column "${column}"`,
      text: column,
      field: `comparisonColumns.${index}`,
    })),
    ...rows.flatMap((row) => [
      { where: `the comparison row "${row.feature}"`, text: row.feature ?? '' },
      ...(row.cells ?? []).map((cell) => ({
        where: `the comparison cell "${row.feature}" / "${cell.treatment}"`,
        text: `${cell.treatment ?? ''}. ${cell.value ?? ''}`,
      })),
    ]),
  ]
}

/**
 * Every text on the article's page that a reader may take for a citation of its references:
 * its own text (summary, key points, body sections with their lists), the body's headings, the
 * comparison table, and each FAQ's question and answer.
 */
export const citingTexts = async (
  req: PayloadRequest,
  article: Partial<Article>,
): Promise<TextPart[]> => {
  const faqs = await latestLinked<Faq>(req, 'faqs', article.faqs)
  return [
    ...articleOwnTexts(article),
    ...headingTexts(article),
    ...(await comparisonTexts(req, article)),
    ...faqs.flatMap((faq) => [
      { where: `the FAQ question "${faq.question}"`, text: faq.question ?? '' },
      { where: `the answer to the FAQ "${faq.question}"`, text: lexicalToPlainText(faq.answer) },
    ]),
  ]
}
