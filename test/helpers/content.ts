import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import type { User } from '../../src/payload-types'

export const richText = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

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
