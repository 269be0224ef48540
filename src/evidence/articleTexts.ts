import type { PayloadRequest } from 'payload'

import type { Article, Faq, Reference } from '../payload-types'
import type { TextPart } from './citationMarkers'

import { lexicalToPlainText } from '../richText/plainText'
import { richTextSections } from '../richText/sections'
import { relationIds } from '../shared/relations'

type ArticleText = Partial<Pick<Article, 'body' | 'keyPoints' | 'summary'>>

const sectionName = (heading: string | null) =>
  heading ? `the section "${heading}"` : 'the introduction'

/** The article's own text by place: summary, each key point, each body section. */
export const articleOwnTexts = (article: ArticleText): TextPart[] => [
  { where: 'the summary', text: article.summary ?? '' },
  ...(article.keyPoints ?? []).map((point, index) => ({
    where: `key point ${index + 1} "${point.title}"`,
    text: `${point.title ?? ''}. ${point.text ?? ''}`,
  })),
  ...richTextSections(article.body).map((section) => ({
    where: sectionName(section.heading),
    text: section.text,
  })),
]

/** The latest versions of linked documents, in the article's order (a draft is what is signed). */
const latestLinked = async <T extends { id: number | string }>(
  req: PayloadRequest,
  collection: 'faqs' | 'references',
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

/** Everything on the article's page that may cite its references: its own text and FAQ answers. */
export const citingTexts = async (
  req: PayloadRequest,
  article: Partial<Article>,
): Promise<TextPart[]> => {
  const faqs = await latestLinked<Faq>(req, 'faqs', article.faqs)
  return [
    ...articleOwnTexts(article),
    ...faqs.map((faq) => ({
      where: `the answer to the FAQ "${faq.question}"`,
      text: lexicalToPlainText(faq.answer),
    })),
  ]
}
