import { describe, expect, it } from '@jest/globals'

import type { User } from '../src/payload-types'

import {
  combineParts,
  latestFirst,
  type SourcePart,
} from '../src/components/admin/dashboard/queueContents'
import { failureInWords } from '../src/scheduling/failureInWords'
import { queuesFor, reviewQueuesFor } from '../src/workflow/queues'

/** The dashboard's rules as literals: which queues each role sees, in order; no app boot. */

const as = (role: User['role']) => ({ id: `${role}-1`, role }) as User & { collection: 'users' }
const keys = (role: User['role']) => queuesFor(as(role)).map((queue) => queue.key)

describe('the dashboard queues per role', () => {
  it.each([
    ['writer', ['my-drafts', 'my-in-review', 'my-changes-requested', 'overdue']],
    ['reviewer', ['assigned-to-me', 'awaiting-review', 'overdue', 'changes-requested']],
    [
      'editor',
      [
        'ready-to-publish',
        'scheduled',
        'failed-schedules',
        'awaiting-review',
        'changes-requested',
        'overdue',
        'expiring',
      ],
    ],
    [
      'admin',
      [
        'ready-to-publish',
        'scheduled',
        'failed-schedules',
        'awaiting-review',
        'changes-requested',
        'overdue',
        'expiring',
      ],
    ],
    ['qa', ['overdue']],
    ['consumer', []],
  ] as const)('a person with the %s role sees %j', (role, expected) => {
    expect(keys(role)).toEqual(expected)
  })

  it('shows nobody any queue', () => {
    expect(queuesFor(null)).toEqual([])
  })

  it('offers the document queues, not the schedule queues, above a collection list', () => {
    expect(reviewQueuesFor(as('editor')).map((queue) => queue.key)).toEqual([
      'ready-to-publish',
      'awaiting-review',
      'changes-requested',
      'overdue',
      'expiring',
    ])
  })
})

describe('a queue across collections', () => {
  const part = (
    label: string,
    total: number,
    days: number[],
  ): SourcePart<{ updatedAt: string }> => ({
    label,
    total,
    href: `/admin/collections/${label}`,
    entries: days.map((day) => ({
      updatedAt: `2026-12-${String(day).padStart(2, '0')}T09:00:00.000Z`,
    })),
  })

  it('lists the five most recently updated of all collections, and links to each one with more', () => {
    const contents = combineParts(
      [
        part('Articles', 7, [30, 20, 10, 9, 8]),
        part('FAQs', 2, [25, 5]),
        part('References', 1, [1]),
      ],
      latestFirst,
    )
    expect(contents.total).toBe(10)
    expect(contents.entries.map((entry) => entry.updatedAt.slice(8, 10))).toEqual([
      '30',
      '25',
      '20',
      '10',
      '09',
    ])
    expect(contents.showAll).toEqual([
      { label: 'Articles', total: 7, href: '/admin/collections/Articles' },
      { label: 'FAQs', total: 2, href: '/admin/collections/FAQs' },
      { label: 'References', total: 1, href: '/admin/collections/References' },
    ])
  })

  it('needs no links when it lists everything', () => {
    const contents = combineParts([part('Articles', 1, [3]), part('FAQs', 0, [])], latestFirst)
    expect(contents).toMatchObject({ total: 1, showAll: [] })
  })
})

describe('why a schedule failed, in words', () => {
  it('names what did not go ahead and every unmet requirement', () => {
    expect(
      failureInWords('publish', [
        { requirement: 'disclaimer', message: 'attach a medical disclaimer' },
        { requirement: 'review-current', message: 'the review is overdue' },
      ]),
    ).toBe(
      'The scheduled publication did not go ahead: attach a medical disclaimer; the review is overdue.',
    )
  })

  it('says so for a withdrawal and for a release', () => {
    expect(failureInWords('withdraw', [{ requirement: 'error', message: 'Not found.' }])).toBe(
      'The scheduled withdrawal did not go ahead: Not found.',
    )
    expect(failureInWords('release', ['the release has no items; add documents first'])).toBe(
      'Nothing in the release was published: the release has no items; add documents first.',
    )
  })

  it('says when no reason was recorded, whatever the stored JSON holds', () => {
    for (const problems of [null, undefined, [], {}, 'text', [{ requirement: 'x' }, 42, '  ']]) {
      expect(failureInWords('publish', problems)).toBe(
        'The scheduled publication did not go ahead: no reason was recorded.',
      )
    }
  })
})
