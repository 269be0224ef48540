import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../payload-types'

import { lexicalToPlainText } from '../../../richText/plainText'

const WORDS_PER_MINUTE = 200

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length

/** Reading time of the article's own text: title, summary, key points and body. */
export const computeReadingTime: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const article = { ...originalDoc, ...data }
  const text = [
    article.title ?? '',
    article.summary ?? '',
    ...(article.keyPoints ?? []).flatMap((point) => [point.title ?? '', point.text ?? '']),
    lexicalToPlainText(article.body),
  ].join(' ')
  return {
    ...data,
    readingTimeMinutes: Math.max(1, Math.ceil(countWords(text) / WORDS_PER_MINUTE)),
  }
}
