import type { Article, ComparisonRow, Faq } from '../payload-types'
import type { ReviewableDoc } from '../workflow/documents'
import type { ReviewableCollection } from '../workflow/states'

import { lexicalToPlainText } from '../richText/plainText'
import { richTextSections } from '../richText/sections'

/** One clinical text of a document: where it is (in words and as a field path) and its text. */
export type ClinicalText = { where: string; field: string; text: string }

const articleTexts = (article: Partial<Article>): ClinicalText[] => [
  { where: 'the summary', field: 'summary', text: article.summary ?? '' },
  ...(article.keyPoints ?? []).flatMap((point, index) => [
    {
      where: `the title of key point ${index + 1}`,
      field: `keyPoints.${index}.title`,
      text: point.title ?? '',
    },
    { where: `key point ${index + 1}`, field: `keyPoints.${index}.text`, text: point.text ?? '' },
  ]),
  ...richTextSections(article.body).flatMap((section) => [
    ...(section.heading
      ? [{ where: `the heading "${section.heading}"`, field: 'body', text: section.heading }]
      : []),
    {
      where: section.heading ? `the section "${section.heading}"` : 'the introduction',
      field: 'body',
      text: section.text,
    },
  ]),
  ...(article.comparisonColumns ?? []).map((column, index) => ({
    where: `the comparison column "${column}"`,
    field: `comparisonColumns.${index}`,
    text: column,
  })),
]

const faqTexts = (faq: Partial<Faq>): ClinicalText[] => [
  { where: 'the question', field: 'question', text: faq.question ?? '' },
  { where: 'the answer', field: 'answer', text: lexicalToPlainText(faq.answer) },
]

const comparisonRowTexts = (row: Partial<ComparisonRow>): ClinicalText[] => [
  { where: 'the feature', field: 'feature', text: row.feature ?? '' },
  ...(row.cells ?? []).map((cell, index) => ({
    where: `the cell for ${cell.treatment ?? `treatment ${index + 1}`}`,
    field: `cells.${index}.value`,
    text: cell.value ?? '',
  })),
]

const TEXTS: Record<ReviewableCollection, (doc: Partial<ReviewableDoc>) => ClinicalText[]> = {
  articles: (doc) => articleTexts(doc as Partial<Article>),
  faqs: (doc) => faqTexts(doc as Partial<Faq>),
  'comparison-rows': (doc) => comparisonRowTexts(doc as Partial<ComparisonRow>),
  // A reference's title is the cited work's own wording: nothing there is ours to correct.
  references: () => [],
}

/**
 * A document's own clinical texts, the ones a reader takes dosing from: an article's summary, key
 * points, body (by section) and comparison columns; an FAQ's question and answer; a comparison
 * row's feature and cells. Linked documents are checked as themselves. Blank texts are left out.
 */
export const clinicalTextsOf = (
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
): ClinicalText[] => TEXTS[collection](doc).filter((part) => part.text.trim())
