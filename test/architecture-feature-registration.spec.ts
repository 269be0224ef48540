import { describe, expect, it } from '@jest/globals'
import type { PayloadRequest } from 'payload'

import { registerWorkflowFeatures } from '../src/features'
import { announcePublication } from '../src/webhooks/announcePublication'
import { emitWorkflowEvent, listenersOf, onWorkflowEvent } from '../src/workflow/events'
import { baseChecklist } from '../src/workflow/publication/judge'
import type { BaseFacts } from '../src/workflow/publication/facts'

/** How features join the workflow core (src/features.ts), without booting the app. */

const req = {} as PayloadRequest
const doc = { id: 'doc-1' }

describe('workflow events', () => {
  it('awaits each listener in registration order, and keeps a listener registered twice once', async () => {
    const heard: string[] = []
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      heard.push('slow, registered first')
    }
    const quick = async () => {
      heard.push('quick, registered second')
    }
    onWorkflowEvent('assigned', slow)
    onWorkflowEvent('assigned', quick)
    onWorkflowEvent('assigned', slow)
    await emitWorkflowEvent(req, { name: 'assigned', collection: 'faqs', doc, assignee: 'p-1' })
    expect(heard).toEqual(['slow, registered first', 'quick, registered second'])
  })
})

describe('registering the features', () => {
  const facts: BaseFacts = {
    collection: 'faqs',
    title: 'Is baclofen safe?',
    state: 'approved',
    contentHash: 'hash-a',
    readerHash: 'reader-a',
    disclaimer: { attached: true, found: true, title: 'Standard', published: true },
    signature: null,
    risk: { reasons: [], first: null },
    authorIds: [],
    pendingLinks: null,
    requirements: { 'review-threads': { openThreads: 3 } },
    live: null,
    firstPublishedAt: null,
    updateLog: [],
  }

  it('twice (another Payload instance in the process) registers nothing twice', () => {
    registerWorkflowFeatures()
    registerWorkflowFeatures()
    expect(listenersOf('published')).toHaveLength(2)
    expect(listenersOf('withdrawn')).toHaveLength(2)
    expect(listenersOf('submitted')).toHaveLength(1)
    expect(listenersOf('signed-off')).toHaveLength(1)
    expect(
      baseChecklist(facts).filter((entry) => entry.requirement === 'no-open-comments'),
    ).toEqual([
      {
        requirement: 'no-open-comments',
        label: '3 review comment threads still open: answer and resolve them',
        met: false,
        problems: ['open review comments: 3'],
      },
    ])
  })

  it('tells the webhooks of a publication before the author is emailed', () => {
    expect(listenersOf('published')[0]).toBe(announcePublication)
  })

  it('lists a requirement only where its facts were loaded', () => {
    expect(baseChecklist({ ...facts, requirements: {} }).map((entry) => entry.requirement)).toEqual(
      ['approved', 'disclaimer', 'signed-off', 'four-eyes'],
    )
  })
})
