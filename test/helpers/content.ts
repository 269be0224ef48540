import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import type { User } from '../../src/payload-types'

import { type LexicalDocument, lexicalDocument, paragraph } from '../../seed/lexical'

export const richText = (text: string): LexicalDocument => lexicalDocument(paragraph(text))

const unique = (): string => randomUUID().slice(0, 8)

export const createDisclaimer = (payload: Payload, overrides: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'disclaimers',
    data: { title: `Disclaimer ${unique()}`, text: richText('Not medical advice.'), ...overrides },
  })

export const createComparisonRow = (
  payload: Payload,
  feature: string,
  treatments: string[],
  user?: User,
) =>
  payload.create({
    collection: 'comparison-rows',
    data: {
      feature,
      cells: treatments.map((treatment) => ({ treatment, value: `${feature} of ${treatment}` })),
    },
    user,
  })

export const articleData = (overrides: Record<string, unknown> = {}) => ({
  title: `Article ${unique()}`,
  summary: 'A short summary.',
  ...overrides,
})
