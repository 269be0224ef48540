import { describe, expect, it } from '@jest/globals'

import type { BaseFacts, PinnedFacts, PublicationFacts } from '../src/workflow/publication/facts'
import { judgePublication, publishActionProblems } from '../src/workflow/publication/judge'
import { publicationRecord } from '../src/workflow/publication/record'
import { registerWorkflowFeatures } from '../src/features'

// Review threads and an article's evidence register their requirements, as the config does.
registerWorkflowFeatures()

/** The review-threads requirement's facts (src/reviewComments/workflow.ts). */
const threads = (openThreads: number) => ({ 'review-threads': { openThreads } })

/** The publication rules as a table: literal facts in, literal checklist out. No app boot. */

const SIGNATURE = {
  id: 'sig-1',
  reviewerId: 'pharmacist-1',
  contentHash: 'hash-a',
  signedAt: '2026-03-01T09:00:00.000Z',
  printedName: 'Ann Pharmacist',
  specialty: null,
  countersigns: undefined,
}

const base = (overrides: Partial<BaseFacts> = {}): BaseFacts => ({
  collection: 'faqs',
  title: 'Is baclofen safe?',
  state: 'approved',
  contentHash: 'hash-a',
  readerHash: 'reader-a',
  disclaimer: { attached: true, found: true, title: 'Standard', published: true },
  signature: SIGNATURE,
  risk: { reasons: [], first: null },
  authorIds: ['writer-1'],
  pendingLinks: null,
  requirements: threads(0),
  live: null,
  firstPublishedAt: null,
  updateLog: [],
  ...overrides,
})

const facts = (overrides: Partial<PublicationFacts> = {}): PublicationFacts => ({
  caller: { mayPublish: true },
  reviewIntervalDays: 365,
  now: '2026-04-01T00:00:00.000Z',
  base: base(),
  ...overrides,
})

const pinned = (overrides: Partial<PinnedFacts> = {}): PinnedFacts => ({
  snapshotFound: true,
  signature: SIGNATURE,
  pinnedHash: 'hash-a',
  snapshotHash: 'hash-a',
  withdrawnAfterSigning: null,
  signer: { licenceExpiresAt: '2027-01-01T00:00:00.000Z' },
  live: null,
  ...overrides,
})

const problemsOf = (input: PublicationFacts) => judgePublication(input).problems

describe('the publication judge', () => {
  it('lets through content that meets every base requirement, and lists each one', () => {
    const { checklist, problems } = judgePublication(facts())
    expect(problems).toEqual([])
    expect(checklist.map((entry) => [entry.requirement, entry.met])).toEqual([
      ['approved', true],
      ['disclaimer', true],
      ['signed-off', true],
      ['four-eyes', true],
      ['no-open-comments', true],
    ])
  })

  it.each([
    ['draft', '"Is baclofen safe?" is draft; "Publish" needs it approved or published'],
    ['in_review', '"Is baclofen safe?" is in review; "Publish" needs it approved or published'],
    ['withdrawn', 'it was withdrawn; submit it for a new review before publishing it again'],
  ] as const)('refuses content in the %s state', (state, message) => {
    expect(problemsOf(facts({ base: base({ state }) }))).toEqual([message])
  })

  it('accepts a revision of the live version (state published)', () => {
    expect(problemsOf(facts({ base: base({ state: 'published' }) }))).toEqual([])
  })

  it.each([
    [{ attached: false } as const, 'attach a medical disclaimer'],
    [
      { attached: true, found: false } as const,
      'the attached disclaimer does not exist; attach another',
    ],
    [
      { attached: true, found: true, title: 'Draft text', published: false } as const,
      'publish the disclaimer "Draft text" first',
    ],
  ])('asks for a published disclaimer (%j)', (disclaimer, message) => {
    expect(problemsOf(facts({ base: base({ disclaimer }) }))).toEqual([message])
  })

  it('asks no disclaimer of a reference', () => {
    const { checklist } = judgePublication(
      facts({ base: base({ collection: 'references', disclaimer: null }) }),
    )
    expect(checklist.map((entry) => entry.requirement)).not.toContain('disclaimer')
  })

  it('asks for a sign-off of exactly this content', () => {
    expect(problemsOf(facts({ base: base({ signature: null }) }))).toEqual([
      'a pharmacist reviewer must sign off this content',
    ])
    expect(problemsOf(facts({ base: base({ contentHash: 'hash-b' }) }))).toEqual([
      'the content differs from what the reviewer signed; it needs a new sign-off',
    ])
  })

  it('refuses a signer who wrote or edited the content (four eyes)', () => {
    expect(problemsOf(facts({ base: base({ authorIds: ['writer-1', 'pharmacist-1'] }) }))).toEqual([
      'the signer wrote or edited this content; a different pharmacist must sign off',
    ])
  })

  it('does not refuse for "no authors recorded", as the gate never did', () => {
    expect(problemsOf(facts({ base: base({ authorIds: [] }) }))).toEqual([])
  })

  it('asks for every review thread to be resolved', () => {
    expect(problemsOf(facts({ base: base({ requirements: threads(2) }) }))).toEqual([
      'open review comments: 2',
    ])
  })

  it("judges an article's links and passes its evidence items through", () => {
    const article = base({
      collection: 'articles',
      pendingLinks: [
        { collection: 'faqs', name: 'Can I drive?', deleted: false },
        { collection: 'references', name: 'ref-9', deleted: true },
      ],
      requirements: {
        ...threads(0),
        evidence: [
          {
            requirement: 'readability',
            label: 'Reading grade 9',
            met: false,
            problems: ['the reading grade 9 is above the maximum of 8; simplify the text'],
          },
        ],
      },
    })
    const { checklist, problems } = judgePublication(facts({ base: article }))
    expect(checklist.map((entry) => entry.requirement)).toEqual([
      'approved',
      'disclaimer',
      'signed-off',
      'four-eyes',
      'no-open-comments',
      'linked-published',
      'readability',
    ])
    expect(problems).toEqual([
      'publish the linked faqs "Can I drive?" first',
      'remove the linked references ref-9: it was deleted',
      'the reading grade 9 is above the maximum of 8; simplify the text',
    ])
  })

  it("puts the caller's role first, and asks no role of a job", () => {
    expect(
      problemsOf(
        facts({ caller: { mayPublish: false }, base: base({ requirements: threads(1) }) }),
      ),
    ).toEqual(['only editor or admin accounts can publish', 'open review comments: 1'])
    expect(problemsOf(facts({ caller: null }))).toEqual([])
  })
})

describe("the publish action's answer", () => {
  const live = {
    contentHash: 'hash-a',
    readerHash: 'reader-a',
    lastSignatureId: 'sig-1',
    lastReviewedAt: '2026-03-01T09:00:00.000Z',
    nextReviewDue: '2027-03-01T09:00:00.000Z',
    reviewReason: null,
  }

  it('says there is nothing new when the latest version is what is live', () => {
    expect(publishActionProblems(facts({ base: base({ state: 'published', live }) }))).toEqual([
      '"Is baclofen safe?" has no changes since it was published',
    ])
  })

  it('names the wrong state first, before the role, once', () => {
    expect(
      publishActionProblems(
        facts({ caller: { mayPublish: false }, base: base({ state: 'draft', signature: null }) }),
      ),
    ).toEqual([
      '"Is baclofen safe?" is draft; "Publish" needs it approved or published',
      'only editor or admin accounts can publish',
      'a pharmacist reviewer must sign off this content',
    ])
  })
})

describe('a pinned publication', () => {
  it('judges the pinned items first, then the base items', () => {
    const { checklist, problems } = judgePublication(facts({ pinned: pinned() }))
    expect(problems).toEqual([])
    expect(checklist.map((entry) => entry.requirement)).toEqual([
      'pinned-version',
      'signature-valid',
      'signer-licence',
      'review-current',
      'not-live-yet',
      'approved',
      'disclaimer',
      'signed-off',
      'four-eyes',
      'no-open-comments',
    ])
  })

  it('judges nothing else when the snapshot or the signature is gone', () => {
    const { checklist } = judgePublication(
      facts({ base: null, pinned: pinned({ snapshotFound: false, signature: null }) }),
    )
    expect(checklist).toEqual([
      {
        requirement: 'pinned-version',
        label: 'The version to publish, or its sign-off, is gone',
        met: false,
        problems: [
          'the pinned version is no longer in the history',
          'the pinned signature no longer exists',
        ],
      },
    ])
  })

  it.each([
    [
      'a snapshot that is not what was signed',
      pinned({ snapshotHash: 'hash-z' }),
      'the pinned version of "Is baclofen safe?" is not what was signed',
    ],
    [
      'a withdrawal after signing',
      pinned({ withdrawnAfterSigning: '2026-03-10T12:00:00.000Z' }),
      'the content was withdrawn on 2026-03-10, after Ann Pharmacist signed it; it needs a new review',
    ],
    ['a deleted signer account', pinned({ signer: null }), "the signer's account no longer exists"],
    [
      'a licence that had expired when they signed',
      pinned({ signer: { licenceExpiresAt: '2026-02-01T00:00:00.000Z' } }),
      "Ann Pharmacist's pharmacist licence was not valid when they signed on 2026-03-01 (it expired on 2026-02-01)",
    ],
    [
      'no licence on record',
      pinned({ signer: { licenceExpiresAt: null } }),
      "Ann Pharmacist's pharmacist licence was not valid when they signed on 2026-03-01",
    ],
    [
      'the same signed version already live',
      pinned({ live: { signatureId: 'sig-1', signedAt: undefined } }),
      'this signed version is already live',
    ],
    [
      'a newer signed version live',
      pinned({ live: { signatureId: 'sig-2', signedAt: '2026-03-20T00:00:00.000Z' } }),
      'a newer signed version (signed on 2026-03-20) is already live',
    ],
  ])('refuses %s', (_name, pin, message) => {
    expect(problemsOf(facts({ pinned: pin }))).toEqual([message])
  })

  it('lets an older signed version be replaced', () => {
    const pin = pinned({ live: { signatureId: 'sig-0', signedAt: '2025-01-01T00:00:00.000Z' } })
    expect(problemsOf(facts({ pinned: pin }))).toEqual([])
  })

  it('refuses an overdue review', () => {
    expect(problemsOf(facts({ reviewIntervalDays: 10, pinned: pinned() }))).toEqual([
      'the review is overdue: it was signed on 2026-03-01 and due for re-review on 2026-03-11',
    ])
  })
})

describe('the publication record', () => {
  const NOW = '2026-04-01T00:00:00.000Z'
  const options = { now: NOW, note: 'Dose table', reviewIntervalDays: 365 }
  const live = {
    contentHash: 'hash-a',
    readerHash: 'reader-a',
    lastSignatureId: 'sig-0',
    lastReviewedAt: '2025-03-01T00:00:00.000Z',
    nextReviewDue: '2026-03-01T00:00:00.000Z',
    reviewReason: 'overdue',
  }

  it('records a first publication on its signature, with review dates from the signing', () => {
    expect(publicationRecord(base(), SIGNATURE, options)).toEqual({
      kind: 'first-publication',
      record: {
        workflowState: 'published',
        firstPublishedAt: NOW,
        lastSignature: 'sig-1',
        lastReviewedAt: '2026-03-01T09:00:00.000Z',
        nextReviewDue: '2027-03-01T09:00:00.000Z',
        reviewReason: null,
        withdrawalReason: null,
        updateLog: [{ date: NOW, kind: 'first-publication', note: 'Dose table' }],
      },
    })
  })

  it.each([
    [
      'a withdrawn document published again',
      'clinical-review',
      base({ firstPublishedAt: '2025-01-01' }),
    ],
    ['a new signature over unchanged content', 're-review-no-changes', base({ live })],
    [
      'a new signature over changed content',
      'clinical-review',
      base({ live, contentHash: 'hash-b' }),
    ],
  ])('calls %s a %s publication', (_name, kind, facts) => {
    expect(publicationRecord(facts, SIGNATURE, options).kind).toBe(kind)
  })

  it('keeps the review dates of an editorial update on the live signature', () => {
    const onLive = { ...live, lastSignatureId: 'sig-1' }
    const { kind, record } = publicationRecord(
      base({
        live: onLive,
        readerHash: 'reader-b',
        firstPublishedAt: '2025-01-01',
        updateLog: [{ date: '2025-01-01', kind: 'first-publication', note: null }],
      }),
      SIGNATURE,
      options,
    )
    expect(kind).toBe('editorial-update')
    expect(record).toMatchObject({
      firstPublishedAt: '2025-01-01',
      lastReviewedAt: '2025-03-01T00:00:00.000Z',
      nextReviewDue: '2026-03-01T00:00:00.000Z',
      reviewReason: 'overdue',
      updateLog: [
        { date: NOW, kind: 'editorial-update', note: 'Dose table' },
        { date: '2025-01-01', kind: 'first-publication', note: null },
      ],
    })
  })

  it('logs nothing for a re-save that changes nothing a reader sees', () => {
    const onLive = { ...live, lastSignatureId: 'sig-1' }
    const { kind, record } = publicationRecord(base({ live: onLive }), SIGNATURE, options)
    expect(kind).toBeNull()
    expect(record.updateLog).toEqual([])
  })
})
