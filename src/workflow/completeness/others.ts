import type { ComparisonRow, Faq, Reference } from '../../payload-types'

import { IDENTIFIER_FIELDS, MISSING_IDENTIFIER_MESSAGE } from '../../validation/reference'
import { lexicalToPlainText } from '../../richText/plainText'
import { SHORT_TEXT_WORDS } from './article'
import { blocker, type Found, isBlank, warning, wordCount } from './finding'

/*
 * What a FAQ, a comparison row and a reference lack. Their required fields are refused on every
 * save (drafts validate too), so they block; what no rule requires only warns.
 */

export const faqFindings = (faq: Partial<Pick<Faq, 'question' | 'answer'>>): Found[] => {
  const answer = lexicalToPlainText(faq.answer).trim()
  return [
    ...(isBlank(faq.question) ? [blocker('question', 'Write the question', 'question')] : []),
    ...(!answer
      ? [blocker('answer', 'Write the answer', 'answer')]
      : wordCount(answer) < SHORT_TEXT_WORDS
        ? [warning('answer', 'The answer is very short: a reader may need more', 'answer')]
        : []),
  ]
}

export const comparisonRowFindings = (
  row: Partial<Pick<ComparisonRow, 'feature' | 'cells'>>,
): Found[] => {
  const cells = row.cells ?? []
  return [
    ...(isBlank(row.feature)
      ? [blocker('feature', 'Name what the row compares, e.g. "Dosing"', 'feature')]
      : []),
    ...(cells.length
      ? cells.flatMap((cell, index) => [
          ...(isBlank(cell.treatment)
            ? [blocker('cells', `Cell ${index + 1} names no treatment`, 'cells')]
            : []),
          ...(isBlank(cell.value)
            ? [blocker('cells', `Cell ${index + 1} has no value`, 'cells')]
            : []),
        ])
      : [blocker('cells', 'Add a cell for each treatment in the table', 'cells')]),
  ]
}

type ReferenceFields = Partial<
  Pick<Reference, 'title' | 'authors' | 'source' | 'year' | 'accessedAt' | 'url' | 'doi' | 'pmid'>
>

export const referenceFindings = (reference: ReferenceFields): Found[] => [
  ...(isBlank(reference.title) ? [blocker('title', 'Add the title of the work', 'title')] : []),
  ...(IDENTIFIER_FIELDS.every((field) => isBlank(reference[field]))
    ? [blocker('identifier', MISSING_IDENTIFIER_MESSAGE, 'url')]
    : []),
  ...(isBlank(reference.authors) ? [warning('authors', 'Add the authors', 'authors')] : []),
  ...(isBlank(reference.source)
    ? [warning('source', 'Add the journal, publisher or website', 'source')]
    : []),
  ...(isBlank(reference.year) ? [warning('year', 'Add the year it was published', 'year')] : []),
  ...(!isBlank(reference.url) && isBlank(reference.accessedAt)
    ? [
        warning(
          'accessed-at',
          'Add the date you last opened the web page (Accessed on)',
          'accessedAt',
        ),
      ]
    : []),
]
