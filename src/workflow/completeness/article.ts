import type { Article } from '../../payload-types'

import { lexicalToPlainText } from '../../richText/plainText'
import { blocker, type Found, isBlank, warning, wordCount } from './finding'

/** Fewer words than this and a summary or answer says little; a warning only. */
export const SHORT_TEXT_WORDS = 8

/**
 * Whether a text has anything that looks like a citation marker at all (`[1`). Which markers
 * resolve is the evidence feature's rule (its checklist items, evidence.ts), which the core does
 * not import; this only tells a body that cites nothing.
 */
const CITES_SOMETHING = /\[\s*\d/

type ArticleFields = Partial<
  Pick<Article, 'title' | 'summary' | 'keyPoints' | 'body' | 'references' | 'meta'>
>

const listed = (value: unknown): number => (Array.isArray(value) ? value.length : 0)

/**
 * What an article's own fields lack. Title and summary are required on every save (drafts
 * validate too), so they block; the rest is refused nowhere and only warns.
 */
export const articleFindings = (article: ArticleFields): Found[] => {
  const body = lexicalToPlainText(article.body).trim()
  const summary = typeof article.summary === 'string' ? article.summary : ''
  const references = listed(article.references)
  return [
    ...(isBlank(article.title) ? [blocker('title', 'Add a title', 'title')] : []),
    ...(isBlank(summary)
      ? [blocker('summary', 'Write the quick summary', 'summary')]
      : wordCount(summary) < SHORT_TEXT_WORDS
        ? [
            warning(
              'summary',
              'The summary is very short: say in a sentence or two what the reader will learn',
              'summary',
            ),
          ]
        : []),
    ...(listed(article.keyPoints)
      ? []
      : [warning('key-points', 'Add at least one key point', 'keyPoints')]),
    ...(body ? [] : [warning('body', "The body is empty: write the article's text", 'body')]),
    ...(references
      ? []
      : [
          warning(
            'references',
            'List at least one reference: the pharmacist checks the claims against them',
            'references',
          ),
        ]),
    ...(body && references && !CITES_SOMETHING.test(body)
      ? [
          warning(
            'body-citations',
            'The body cites no reference: put a marker such as [1] after each claim a reference backs',
            'body',
          ),
        ]
      : []),
    ...(isBlank(article.meta?.title)
      ? [
          warning(
            'seo-title',
            "SEO title is empty: search results will show the article's title",
            'meta.title',
          ),
        ]
      : []),
    ...(isBlank(article.meta?.description)
      ? [
          warning(
            'seo-description',
            'SEO description is empty: search results will show the summary',
            'meta.description',
          ),
        ]
      : []),
  ]
}
