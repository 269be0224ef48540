import type { FlattenedField } from 'payload'

import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { RelatedNames } from '../src/workflow/changes/types'

import { bulletList, heading, lexicalDocument, paragraph } from '../seed/lexical'
import { ComparisonWords } from '../src/components/admin/ComparisonWords'
import { diffFields } from '../src/workflow/changes/diffDocument'
import { fieldChange } from '../src/workflow/changes/fieldChange'
import { labelInWords, nameInWords } from '../src/workflow/changes/labels'
import { blockNames, richTextBlocks } from '../src/workflow/changes/richTextBlocks'
import { wordDiff } from '../src/workflow/changes/wordDiff'

/** The pure parts of the readable comparison: words, labels and blocks; no app, no database. */

describe('word diff', () => {
  it.each([
    [
      'identical texts',
      'Take it daily.',
      'Take it daily.',
      [{ op: 'same', text: 'Take it daily.' }],
    ],
    [
      'a replaced word',
      'Take it three times a day.',
      'Take it four times a day.',
      [
        { op: 'same', text: 'Take it' },
        { op: 'removed', text: 'three' },
        { op: 'added', text: 'four' },
        { op: 'same', text: 'times a day.' },
      ],
    ],
    [
      'an added word',
      'Baclofen eases spasticity.',
      'Baclofen eases muscle spasticity.',
      [
        { op: 'same', text: 'Baclofen eases' },
        { op: 'added', text: 'muscle' },
        { op: 'same', text: 'spasticity.' },
      ],
    ],
    ['text from nothing', '', 'New.', [{ op: 'added', text: 'New.' }]],
    ['text to nothing', 'Old.', '', [{ op: 'removed', text: 'Old.' }]],
  ])('marks %s', (_case, before, after, expected) => {
    expect(wordDiff(before, after)).toEqual(expected)
  })
})

describe('labels in words', () => {
  it.each([
    ['a label', 'Quick summary', 'summary', 'Quick summary'],
    ['translations', { en: 'Key points', de: 'Kernpunkte' }, 'keyPoints', 'Key points'],
    ['no label', undefined, 'keyPoints', 'Key points'],
    ['a hidden label', false, 'readingTimeMinutes', 'Reading time minutes'],
    ['a label function', () => 'x', 'meta_title', 'Meta title'],
  ])('names a field with %s', (_case, label, name, expected) => {
    expect(labelInWords(label, name)).toBe(expected)
  })

  it('turns a slug into words', () => {
    expect(nameInWords('comparison-rows')).toBe('Comparison rows')
  })
})

describe('rich text blocks', () => {
  it('numbers paragraphs, headings and list items within their kind', () => {
    const blocks = richTextBlocks(
      lexicalDocument(
        heading('h2', 'Dosing'),
        paragraph('Start low.'),
        bulletList([['Morning'], ['Evening']]),
        paragraph('Go slow.'),
      ),
    )
    expect(blocks.map((block) => block.text)).toEqual([
      'Dosing',
      'Start low.',
      'Morning',
      'Evening',
      'Go slow.',
    ])
    expect(blockNames(blocks)).toEqual([
      'heading 1',
      'paragraph 1',
      'list item 1',
      'list item 2',
      'paragraph 2',
    ])
  })
})

// A collection's fields as Payload flattens them (labels filled in by its sanitizer).
const fields = [
  { name: 'summary', type: 'textarea', label: 'Quick summary' },
  {
    name: 'keyPoints',
    type: 'array',
    label: 'Key points',
    labels: { singular: 'Key point', plural: 'Key points' },
    flattenedFields: [
      { name: 'title', type: 'text', label: 'Title' },
      { name: 'text', type: 'textarea', label: 'Text' },
      { name: 'id', type: 'text', label: 'ID' },
    ],
  },
  { name: 'body', type: 'richText', label: 'Body' },
  { name: 'faqs', type: 'relationship', relationTo: 'faqs', hasMany: true, label: 'FAQs' },
  {
    name: 'references',
    type: 'relationship',
    relationTo: 'references',
    hasMany: true,
    label: 'References',
  },
  { name: 'disclaimer', type: 'relationship', relationTo: 'disclaimers', label: 'Disclaimer' },
  {
    name: 'meta',
    type: 'group',
    label: 'SEO',
    custom: { changeKind: 'editorial' },
    flattenedFields: [{ name: 'title', type: 'text', label: 'Title' }],
  },
  { name: 'workflowState', type: 'text', custom: { changeKind: 'record' } },
] as unknown as FlattenedField[]

const TITLES: Record<string, string> = {
  'faqs:faq-safe-0001': 'Is it safe?',
  'faqs:faq-alcohol-0002': 'Can I drink alcohol?',
  'references:ref-old-0003': 'Old study',
  'disclaimers:disc-0004': 'Standard disclaimer',
  'disclaimers:disc-0005': 'Children’s disclaimer',
}
const SINGULAR: Record<string, string> = {
  faqs: 'FAQ',
  references: 'Reference',
  disclaimers: 'Disclaimer',
}
const names: RelatedNames = {
  title: (collection, id) => TITLES[`${collection}:${id}`] ?? `(deleted ${SINGULAR[collection]})`,
  singular: (collection) => SINGULAR[collection],
}

const ROW_IDS = ['row-relief-a1', 'row-safety-b2', 'row-new-c3']

describe('changes named by their field labels', () => {
  const before = {
    summary: 'Baclofen eases spasticity.',
    keyPoints: [
      { id: ROW_IDS[0], title: 'Relief', text: 'It relaxes muscles.' },
      { id: ROW_IDS[1], title: 'Safety', text: 'Do not stop suddenly.' },
    ],
    body: lexicalDocument(
      heading('h2', 'How to take it'),
      paragraph('Take it three times a day.'),
      paragraph('Swallow whole.'),
    ),
    faqs: ['faq-safe-0001'],
    references: ['ref-old-0003', 'ref-gone-0006'],
    disclaimer: 'disc-0004',
    meta: { title: null },
    workflowState: 'published',
  }
  const after = {
    summary: 'Baclofen eases muscle spasticity.',
    keyPoints: [
      { id: ROW_IDS[0], title: 'Relief', text: 'It relaxes tight muscles.' },
      { id: ROW_IDS[1], title: 'Safety', text: 'Do not stop suddenly.' },
      { id: ROW_IDS[2], title: 'Driving', text: 'It may make you drowsy.' },
    ],
    body: lexicalDocument(heading('h2', 'How to take it'), paragraph('Take it four times a day.')),
    faqs: ['faq-safe-0001', { id: 'faq-alcohol-0002', question: 'Can I drink alcohol?' }],
    references: [],
    disclaimer: 'disc-0005',
    meta: { title: 'Baclofen benefits' },
    workflowState: 'in_review',
  }
  const changes = diffFields(fields, before, after, names)

  it('labels each change in words, from the outer field inwards', () => {
    expect(changes.map((change) => [change.path, change.label])).toEqual([
      ['summary', 'Quick summary'],
      ['keyPoints[0].text', 'Key point 1 – Text'],
      ['keyPoints[2]', 'Key point 3 added: Driving'],
      ['body[1]', 'Body – paragraph 1'],
      ['body[2]', 'Body – paragraph 2 removed'],
      ['faqs[1]', 'FAQ added: Can I drink alcohol?'],
      ['references[0]', 'Reference removed: Old study'],
      ['references[1]', 'Reference removed: (deleted Reference)'],
      ['disclaimer', 'Disclaimer'],
      ['meta.title', 'SEO – Title'],
    ])
  })

  it('gives the signed and the latest text, with the changed words marked', () => {
    const at = (path: string) => changes.find((change) => change.path === path)
    expect(at('keyPoints[0].text')).toMatchObject({
      beforeText: 'It relaxes muscles.',
      afterText: 'It relaxes tight muscles.',
      words: [
        { op: 'same', text: 'It relaxes' },
        { op: 'added', text: 'tight' },
        { op: 'same', text: 'muscles.' },
      ],
    })
    expect(at('keyPoints[2]')).toMatchObject({
      kind: 'added',
      beforeText: null,
      afterText: 'Title: Driving\nText: It may make you drowsy.',
      after: { title: 'Driving', text: 'It may make you drowsy.' },
    })
    expect(at('body[2]')).toMatchObject({ beforeText: 'Swallow whole.', afterText: null })
    expect(at('disclaimer')).toMatchObject({
      beforeText: 'Standard disclaimer',
      afterText: 'Children’s disclaimer',
    })
    expect(at('meta.title')).toMatchObject({ kind: 'added', clinical: false })
  })

  it('never shows an internal id', () => {
    const shown = JSON.stringify(changes)
    for (const id of [...ROW_IDS, 'faq-', 'ref-', 'disc-']) expect(shown).not.toContain(id)
  })

  // Of two items that swapped places, one is kept and the other moved past it.
  it('names a moved item and its places', () => {
    const moved = diffFields(
      fields,
      { keyPoints: before.keyPoints, faqs: ['faq-safe-0001', 'faq-alcohol-0002'] },
      {
        keyPoints: [before.keyPoints[1], before.keyPoints[0]],
        faqs: ['faq-alcohol-0002', 'faq-safe-0001'],
      },
      names,
    )
    expect(moved.map(({ label, beforeText, afterText }) => [label, beforeText, afterText])).toEqual(
      [
        ['Key point moved: Relief', 'Position 1', 'Position 2'],
        ['FAQ moved: Is it safe?', 'Position 1', 'Position 2'],
      ],
    )
  })
})

describe('the comparison’s marks', () => {
  const render = (change: Parameters<typeof ComparisonWords>[0]['change']) =>
    (['before', 'after'] as const).map((side) =>
      renderToStaticMarkup(createElement(ComparisonWords, { change, side })),
    )

  it('strikes the removed words in the signed text and underlines the added ones in the latest', () => {
    const [signed, latest] = render(
      fieldChange({
        path: 'summary',
        label: 'Quick summary',
        kind: 'changed',
        before: 'Take it three times a day.',
        after: 'Take it four times a day.',
        clinical: true,
      }),
    )
    expect(signed).toContain('<del><span class="comparison__hidden">removed: </span>three</del>')
    expect(signed).not.toContain('<ins>')
    expect(latest).toContain('<ins><span class="comparison__hidden">added: </span>four</ins>')
    expect(latest).not.toContain('<del>')
  })

  it('marks an added item whole and says the signed version did not have it', () => {
    const [signed, latest] = render(
      fieldChange({
        path: 'faqs[1]',
        label: 'FAQ added: Can I drink alcohol?',
        kind: 'added',
        before: null,
        after: 'Can I drink alcohol?',
        clinical: true,
      }),
    )
    expect(signed).toContain('Not in the signed version')
    expect(latest).toContain('Can I drink alcohol?</ins>')
  })
})
