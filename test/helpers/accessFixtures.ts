import type { CollectionSlug } from 'payload'

import { randomUUID } from 'node:crypto'

import type { ReviewableCollection } from '../../src/workflow/states'
import type { Callers } from './callers'
import type { TestApp } from './testApp'

import { articleData, richText } from './content'
import { approve, createAs, faqData, publishThroughWorkflow } from './workflow'

const marker = (label: string) => `${label} ${randomUUID().slice(0, 8)}`

type Builder = {
  /** The text field the tests change and read back. */
  field: string
  data: (text: string) => Record<string, unknown>
}

export const BUILDERS: Record<ReviewableCollection | 'disclaimers', Builder> = {
  articles: { field: 'title', data: (text) => articleData({ title: text }) },
  faqs: { field: 'question', data: (text) => faqData(text) },
  'comparison-rows': {
    field: 'feature',
    data: (text) => ({ feature: text, cells: [{ treatment: 'Oral Baclofen', value: 'Tablet' }] }),
  },
  references: {
    field: 'title',
    data: (text) => ({ title: text, url: `https://example.org/${randomUUID().slice(0, 8)}` }),
  },
  disclaimers: { field: 'title', data: (text) => ({ title: text, text: richText('Not advice.') }) },
}

export type PublishedWithDraft = { id: string; live: string; draft: string }

/** A published document whose newer draft changes `field`: the draft must stay staff-only. */
export const publishedWithDraft = async (
  app: TestApp,
  { team }: Callers,
  collection: keyof typeof BUILDERS,
): Promise<PublishedWithDraft> => {
  const { field, data } = BUILDERS[collection]
  const live = marker('Live')
  const draft = marker('Draft')
  let id: string
  if (collection === 'disclaimers') {
    id = (
      await app.payload.create({
        collection,
        data: { ...data(live), _status: 'published' } as never,
      })
    ).id
  } else {
    id = await createAs(app.server, team.writer, collection, data(live))
    await publishThroughWorkflow(app.server, collection, id, team)
  }
  await app.payload.update({
    collection: collection as CollectionSlug,
    id,
    data: { [field]: draft, changeReason: 'Fixture: a newer draft of live content' },
    draft: true,
    user: team.editor,
  })
  return { id, live, draft }
}

const readFixtures = new WeakMap<TestApp, Map<string, Promise<PublishedWithDraft>>>()

/**
 * One published document with a newer draft per collection and app, for the table's reads: a read
 * leaves it as it was, so every caller's read is checked against the same document.
 */
export const publishedWithDraftForReads = (
  app: TestApp,
  callers: Callers,
  collection: keyof typeof BUILDERS,
): Promise<PublishedWithDraft> => {
  const ofApp = readFixtures.get(app) ?? new Map<string, Promise<PublishedWithDraft>>()
  readFixtures.set(app, ofApp)
  const fixture = ofApp.get(collection) ?? publishedWithDraft(app, callers, collection)
  ofApp.set(collection, fixture)
  return fixture
}

/** A draft the team's writer created: writers may change and delete their own drafts. */
export const writersDraft = async (
  app: TestApp,
  { team }: Callers,
  collection: keyof typeof BUILDERS,
) => {
  const { data } = BUILDERS[collection]
  if (collection === 'disclaimers') {
    return (
      await app.payload.create({
        collection,
        data: data(marker('Draft')) as never,
        user: team.editor,
      })
    ).id
  }
  return createAs(app.server, team.writer, collection, data(marker('Draft')))
}

/** A document that meets every publish requirement except being published. */
export const readyToPublish = async (
  app: TestApp,
  { team }: Callers,
  collection: keyof typeof BUILDERS,
) => {
  const id = await writersDraft(app, { team, consumerKey: '' }, collection)
  if (collection !== 'disclaimers')
    await approve(app.server, collection, id, team.writer, team.reviewer)
  return id
}
