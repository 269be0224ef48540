import { describe, expect, it } from '@jest/globals'

import type { ChecklistItem } from '../src/workflow/checklistItem'
import { completenessOf, type CompletenessFacts } from '../src/workflow/completeness/check'
import { baseChecklist } from '../src/workflow/publication/judge'
import type { BaseFacts } from '../src/workflow/publication/facts'
import { lexicalDocument, paragraph } from '../seed/lexical'

/**
 * The completeness check is pure: these cases state what it finds on a document, in the words a
 * writer reads, without an app. Which of its blockers the API refuses is in completeness-api.
 */
const richText = (...texts: string[]) => lexicalDocument(...texts.map((text) => paragraph(text)))

const PUBLISHED_DISCLAIMER = {
  attached: true,
  found: true,
  title: 'Standard',
  published: true,
} as const

const completeArticle = {
  title: 'Baclofen or tizanidine?',
  summary: 'How the two muscle relaxants differ in dosing, side effects and who should take them.',
  keyPoints: [{ title: 'Both ease spasms', text: 'Each relaxes the muscles.' }],
  body: richText('Baclofen acts on the spinal cord [1].'),
  references: ['ref-1'],
  meta: { title: 'Baclofen vs tizanidine', description: 'Which relaxant suits whom.' },
}

const facts = (overrides: Partial<CompletenessFacts> = {}): CompletenessFacts => ({
  collection: 'articles',
  doc: completeArticle,
  disclaimer: PUBLISHED_DISCLAIMER,
  requirementItems: [],
  ...overrides,
})

const checks = (found: { check: string }[]) => found.map((finding) => finding.check)

const evidenceItem = (
  requirement: ChecklistItem['requirement'],
  problems: string[],
  notes?: string[],
): ChecklistItem => ({
  requirement,
  label: requirement,
  met: problems.length === 0,
  problems,
  ...(notes ? { notes } : {}),
})

describe('the completeness check', () => {
  it('finds nothing on a complete article', () => {
    expect(completenessOf(facts())).toEqual({ ready: true, blockers: [], warnings: [] })
  })

  it('warns, in plain words and with the field, about what a bare draft leaves empty', () => {
    const check = completenessOf(
      facts({ doc: { title: 'Bare', summary: 'A short summary.', references: [] } }),
    )
    expect(check.ready).toBe(true)
    expect(check.blockers).toEqual([])
    expect(check.warnings).toEqual([
      {
        check: 'summary',
        message: 'The summary is very short: say in a sentence or two what the reader will learn',
        field: 'summary',
      },
      { check: 'key-points', message: 'Add at least one key point', field: 'keyPoints' },
      { check: 'body', message: "The body is empty: write the article's text", field: 'body' },
      {
        check: 'references',
        message: 'List at least one reference: the pharmacist checks the claims against them',
        field: 'references',
      },
      {
        check: 'seo-title',
        message: "SEO title is empty: search results will show the article's title",
        field: 'meta.title',
      },
      {
        check: 'seo-description',
        message: 'SEO description is empty: search results will show the summary',
        field: 'meta.description',
      },
    ])
  })

  it('warns when the body cites none of the listed references', () => {
    const check = completenessOf(
      facts({ doc: { ...completeArticle, body: richText('Baclofen acts on the spinal cord.') } }),
    )
    expect(check.warnings).toEqual([
      {
        check: 'body-citations',
        message:
          'The body cites no reference: put a marker such as [1] after each claim a reference backs',
        field: 'body',
      },
    ])
  })

  it('blocks on a blank title or summary, which every save refuses', () => {
    const check = completenessOf(facts({ doc: { ...completeArticle, title: ' ', summary: '' } }))
    expect(check.ready).toBe(false)
    expect(check.blockers).toEqual([
      { check: 'title', message: 'Add a title', field: 'title' },
      { check: 'summary', message: 'Write the quick summary', field: 'summary' },
    ])
  })

  it.each([
    [
      'no disclaimer',
      { attached: false } as const,
      'blocker',
      'Attach a medical disclaimer: it cannot be published without one',
    ],
    [
      'a deleted disclaimer',
      { attached: true, found: false } as const,
      'blocker',
      'The attached disclaimer was deleted: choose another',
    ],
    [
      'an unpublished disclaimer (an editor publishes it)',
      { ...PUBLISHED_DISCLAIMER, published: false },
      'warning',
      'The disclaimer "Standard" is not published yet: an editor must publish it before this can go live',
    ],
  ] as const)('finds %s', (_name, disclaimer, severity, message) => {
    const check = completenessOf(facts({ disclaimer }))
    expect(severity === 'blocker' ? check.blockers : check.warnings).toEqual([
      { check: 'disclaimer', message, field: 'disclaimer' },
    ])
  })

  it('blocks on what the sign-off or the publication would refuse, and warns about uncited references', () => {
    const check = completenessOf(
      facts({
        requirementItems: [
          evidenceItem(
            'citations-resolve',
            ['[2] in the introduction cites reference 2, but the article lists 1 reference(s)'],
            ['reference [1] "Old study" is not cited in the text'],
          ),
          evidenceItem('no-retracted-citations', [
            'reference [1] "Old study" (10.1/x) is retracted; remove or replace it',
          ]),
          evidenceItem('readability', [
            'the reading grade 14 is above the maximum of 8; simplify the summary (grade 14)',
          ]),
          // The reviewer resolves review threads: they never hold up a resubmission.
          evidenceItem('no-open-comments', ['resolve the open review comment on the summary']),
        ],
      }),
    )
    expect(check.blockers).toEqual([
      {
        check: 'citations-resolve',
        message: '[2] in the introduction cites reference 2, but the article lists 1 reference(s).',
        field: null,
      },
      {
        check: 'no-retracted-citations',
        message: 'Reference [1] "Old study" (10.1/x) is retracted; remove or replace it.',
        field: 'references',
      },
      {
        check: 'readability',
        message: 'The reading grade 14 is above the maximum of 8; simplify the summary (grade 14).',
        field: null,
      },
    ])
    expect(check.warnings).toEqual([
      {
        check: 'uncited-reference',
        message: 'Reference [1] "Old study" is not cited in the text.',
        field: 'references',
      },
    ])
  })

  it('checks a FAQ: a blank answer blocks, a short one warns', () => {
    const faq = (answer: unknown) =>
      completenessOf(facts({ collection: 'faqs', doc: { question: 'Is it safe?', answer } }))
    expect(faq(null).blockers).toEqual([
      { check: 'answer', message: 'Write the answer', field: 'answer' },
    ])
    expect(checks(faq(richText('Ask your pharmacist.')).warnings)).toEqual(['answer'])
    expect(faq(richText('Only if your prescriber agrees: both of them cause drowsiness.'))).toEqual(
      { ready: true, blockers: [], warnings: [] },
    )
  })

  it('checks a comparison row: it needs cells, each with a treatment and a value', () => {
    const row = (cells: { treatment?: string; value?: string }[]) =>
      completenessOf(facts({ collection: 'comparison-rows', doc: { feature: 'Dosing', cells } }))
    expect(row([]).blockers).toEqual([
      { check: 'cells', message: 'Add a cell for each treatment in the table', field: 'cells' },
    ])
    expect(
      row([{ treatment: 'Baclofen', value: '5 mg' }, { treatment: 'Tizanidine' }]).blockers,
    ).toEqual([{ check: 'cells', message: 'Cell 2 has no value', field: 'cells' }])
  })

  it('checks a reference, which prints no disclaimer: a way to find it blocks, the rest warns', () => {
    const reference = (doc: Record<string, unknown>) =>
      completenessOf(facts({ collection: 'references', disclaimer: null, doc }))
    expect(reference({ title: 'A study' })).toEqual({
      ready: false,
      blockers: [
        {
          check: 'identifier',
          message: 'Give at least one way to find the source: a URL, a DOI or a PubMed ID (PMID)',
          field: 'url',
        },
      ],
      warnings: [
        { check: 'authors', message: 'Add the authors', field: 'authors' },
        { check: 'source', message: 'Add the journal, publisher or website', field: 'source' },
        { check: 'year', message: 'Add the year it was published', field: 'year' },
      ],
    })
    expect(
      checks(
        reference({
          title: 'A page',
          url: 'https://example.org',
          authors: 'A',
          source: 'B',
          year: 2024,
        }).warnings,
      ),
    ).toEqual(['accessed-at'])
  })
})

describe('the publish checklist in people’s words', () => {
  const base = (overrides: Partial<BaseFacts> = {}): BaseFacts => ({
    collection: 'faqs',
    title: 'Is it safe?',
    state: 'in_review',
    contentHash: 'h1',
    readerHash: 'r1',
    disclaimer: PUBLISHED_DISCLAIMER,
    signature: null,
    risk: { reasons: [], first: null },
    authorIds: [],
    pendingLinks: null,
    requirements: {},
    live: null,
    firstPublishedAt: null,
    updateLog: [],
    ...overrides,
  })
  const labels = (facts: BaseFacts) =>
    Object.fromEntries(baseChecklist(facts).map((entry) => [entry.requirement, entry.label]))
  const signature = {
    id: 's1',
    reviewerId: 'u9',
    contentHash: 'h1',
    signedAt: '2026-12-02T10:00:00.000Z',
    printedName: 'Dr Jane Doe, PharmD',
    specialty: null,
    countersigns: undefined,
  }

  it('says who acts next while it waits for the sign-off', () => {
    expect(labels(base())).toEqual({
      approved: "In review: waiting for the pharmacist's decision",
      disclaimer: 'Disclaimer "Standard" attached and published',
      'signed-off': "Waiting for a pharmacist's sign-off",
      'four-eyes': 'The pharmacist who signs must not have written or edited it',
    })
  })

  it('names the signer and the day, and whether anything changed since', () => {
    expect(labels(base({ state: 'approved', signature }))['signed-off']).toBe(
      'Signed off by Dr Jane Doe, PharmD on 2 Dec 2026; nothing changed since',
    )
    expect(labels(base({ state: 'draft', signature, contentHash: 'h2' }))['signed-off']).toBe(
      'Changed since Dr Jane Doe, PharmD signed it off on 2 Dec 2026: it needs a new sign-off',
    )
  })
})

describe('the completeness check with the submission checks', () => {
  it('lists the submission checks’ findings: blocking ones as blockers, advisory ones as warnings, a restated one once', () => {
    const check = completenessOf(
      facts({
        requirementItems: [
          evidenceItem('citations-resolve', ['[3] in the summary cites reference 3']),
        ],
        submissionFindings: [
          {
            check: 'a11y.image-alt',
            message: 'The body: an image has no alt text.',
            field: 'body',
            blocks: true,
          },
          {
            check: 'a11y.link-text',
            message: 'The introduction: “here” — vague.',
            field: 'body',
            blocks: false,
          },
          {
            check: 'citations.unknown-marker',
            message: 'The summary: “[3]” — no such reference.',
            field: 'summary',
            blocks: true,
            restates: 'citations-resolve',
          },
        ],
      }),
    )
    expect(check.blockers).toEqual([
      { check: 'citations-resolve', message: '[3] in the summary cites reference 3.', field: null },
      { check: 'a11y.image-alt', message: 'The body: an image has no alt text.', field: 'body' },
    ])
    expect(check.warnings).toEqual([
      { check: 'a11y.link-text', message: 'The introduction: “here” — vague.', field: 'body' },
    ])
    expect(check.ready).toBe(false)
  })
})
