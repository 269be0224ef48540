import { describe, expect, it } from '@jest/globals'

import { heading, lexicalDocument, paragraph } from '../seed/lexical'
import { accessibilityFindings, type AltOf } from '../src/clinical/checks/accessibilityRules'
import { requireKnownSeverityRules } from '../src/clinical/checks/knownSeverityRules'
import { checkSeveritySchema } from '../src/clinical/checks/severitySettings'
import { checksSummary } from '../src/clinical/checks/signatureSummary'
import { findingSentence } from '../src/clinical/checks/findingWords'
import { readEnv } from '../src/config/env'
import { registerWorkflowFeatures } from '../src/features'
import {
  bodyWithHeadings,
  bodyWithLink,
  paragraphWithLink,
  uploadNode,
} from './helpers/lexicalBodies'

const noAlt: AltOf = () => undefined
const body = (document: unknown) => ({
  name: 'the body',
  field: 'body',
  document,
  underLevel: 1,
})
const answer = (document: unknown) => ({
  name: 'the answer',
  field: 'answer',
  document,
  underLevel: 2,
})
const rulesOf = (place: ReturnType<typeof body>, altOf: AltOf = noAlt) =>
  accessibilityFindings(place, altOf).map((finding) => finding.rule)

describe('accessibility of a rich-text body: headings', () => {
  it.each([
    ['h2 → h4 (a level skipped)', ['h2', 'h4']],
    ['a body starting at h3 under the h1 title', ['h3']],
    ['a body starting at h4', ['h4']],
    ['h2 → h3 → h2 → h4', ['h2', 'h3', 'h2', 'h4']],
  ] as const)('flags %s', (_case, tags) => {
    expect(rulesOf(body(bodyWithHeadings(...tags)))).toEqual(['a11y.heading-order'])
  })

  it.each([
    ['h2 → h3 → h4', ['h2', 'h3', 'h4']],
    ['h2 → h3 → h2 (back up any number of levels)', ['h2', 'h3', 'h4', 'h2']],
    ['h2 only', ['h2']],
    ['no headings', []],
  ] as const)('does not flag %s', (_case, tags) => {
    expect(rulesOf(body(bodyWithHeadings(...tags)))).toEqual([])
  })

  it('counts an FAQ answer from the FAQ section’s h2: h3 first is right, h4 first skips', () => {
    expect(rulesOf(answer(bodyWithHeadings('h3', 'h4')))).toEqual([])
    expect(rulesOf(answer(bodyWithHeadings('h4')))).toEqual(['a11y.heading-order'])
  })

  it('names the heading, the level found and the level to use', () => {
    const [finding] = accessibilityFindings(body(bodyWithHeadings('h2', 'h4')), noAlt)
    expect(finding).toMatchObject({
      rule: 'a11y.heading-order',
      severity: 'warn',
      where: 'the heading "Heading 2"',
      field: 'body',
      text: 'Heading 2',
      suggestion: 'h3',
    })
    expect(finding.message).toContain('this h4 follows an h2')
    expect(finding.source).toContain('WCAG')
  })
})

describe('accessibility of a rich-text body: link text', () => {
  it.each([
    'click here',
    'Click here.',
    'here',
    'HERE',
    'read more',
    'Read more…',
    'this link',
    'more',
    'https://dailymed.nlm.nih.gov/dailymed/',
    'www.example.org/baclofen',
  ])('flags a link whose text is "%s"', (label) => {
    expect(rulesOf(body(bodyWithLink(label)))).toEqual(['a11y.link-text'])
  })

  it.each([
    'the baclofen label on DailyMed',
    'read more about baclofen withdrawal',
    'here is what the NHS says',
    'NICE guideline NG228',
    'the FDA’s 2019 safety communication',
  ])('does not flag a link whose text is "%s"', (label) => {
    expect(rulesOf(body(bodyWithLink(label)))).toEqual([])
  })

  it('names the section the link is in and its text', () => {
    const document = lexicalDocument(heading('h2', 'Dosing'), paragraphWithLink('click here'))
    expect(accessibilityFindings(body(document), noAlt)).toMatchObject([
      { rule: 'a11y.link-text', where: 'the section "Dosing"', text: 'click here', field: 'body' },
    ])
  })

  it('does not read a URL in plain text as a link', () => {
    const document = lexicalDocument(paragraph('See https://dailymed.nlm.nih.gov for the label.'))
    expect(rulesOf(body(document))).toEqual([])
  })
})

describe('accessibility of a rich-text body: images', () => {
  const withImage = (node: unknown) => ({
    root: { ...lexicalDocument().root, children: [node] },
  })

  it('flags an image without alt text (blocking), whether its media has none or is gone', () => {
    expect(rulesOf(body(withImage(uploadNode('7'))))).toEqual(['a11y.image-alt'])
    expect(rulesOf(body(withImage(uploadNode({ id: 7, alt: '  ' }))))).toEqual(['a11y.image-alt'])
    expect(accessibilityFindings(body(withImage(uploadNode('7'))), noAlt)[0].severity).toBe('block')
  })

  it('does not flag an image whose node or media document says what it shows', () => {
    const alts: AltOf = (node) => (node.value === '7' ? 'A baclofen 10 mg tablet' : undefined)
    expect(rulesOf(body(withImage(uploadNode('7'))), alts)).toEqual([])
    expect(rulesOf(body(withImage(uploadNode('8', { alt: 'A pump' }))), () => 'A pump')).toEqual([])
  })
})

describe('CHECK_SEVERITY', () => {
  it('reads rule=severity entries', () => {
    expect(checkSeveritySchema.parse(' notation.cc=block, a11y.link-text=off ,')).toEqual({
      'notation.cc': 'block',
      'a11y.link-text': 'off',
    })
    expect(checkSeveritySchema.parse(undefined)).toEqual({})
  })

  it.each([
    ['notation.cc=blok', 'entry "notation.cc=blok": the severity must be block, warn or off'],
    ['a11y.link-text', 'entry "a11y.link-text": write it as rule=block'],
    ['Link Text=off', 'entry "Link Text=off": "Link Text" is not a rule code'],
    [
      'a11y.link-text=off,a11y.link-text=warn',
      'entry "a11y.link-text=warn": a11y.link-text is given twice',
    ],
  ])('refuses %s at start-up, naming the entry', (value, message) => {
    expect(() => readEnv({ NODE_ENV: 'test', CHECK_SEVERITY: value })).toThrow(
      `CHECK_SEVERITY: ${message}`,
    )
  })

  it('refuses at start-up a rule no registered check has (a misspelt code), listing the rules', () => {
    registerWorkflowFeatures()
    const misspelt = checkSeveritySchema.parse(
      'notation.trailing-zero=off,notation.trailng-zero=off',
    )
    expect(() => requireKnownSeverityRules(misspelt)).toThrow(
      'CHECK_SEVERITY: no check has the rule "notation.trailng-zero"; the rules are a11y.heading-order, a11y.image-alt, a11y.link-text, citations.',
    )
    for (const rule of ['notation.units-u', 'facts.max-daily-dose', 'references.retracted'])
      expect(() => requireKnownSeverityRules({ [rule]: 'block' })).not.toThrow()
  })
})

describe('a finding in words', () => {
  it('says where, what and what to write instead', () => {
    expect(findingSentence({ where: 'the summary', text: '1.0 mg', message: 'write “1 mg”' })).toBe(
      'The summary: “1.0 mg” — write “1 mg”.',
    )
  })
})

describe('the signature’s sentence', () => {
  const finding = (over: Record<string, unknown>) => ({
    rule: 'a11y.link-text',
    severity: 'warn' as const,
    where: 'the summary',
    message: 'm',
    ...over,
  })

  it('counts and names the findings, and which were accepted', () => {
    expect(
      checksSummary([
        finding({ text: '10mg' }),
        finding({
          text: 'click here',
          where: 'the introduction',
          acceptedAt: '2026-01-02T00:00:00.000Z',
          acceptedByName: 'Pat Pharmacist',
          reason: 'The link opens the label itself.',
        }),
      ]),
    ).toEqual({
      blocking: 0,
      advisory: 2,
      accepted: 1,
      summary:
        'Signed with 0 blocking and 2 advisory findings: “10mg” in the summary (not accepted), “click here” in the introduction (accepted by Pat Pharmacist: The link opens the label itself.).',
    })
  })

  it('says so when nothing was found', () => {
    expect(checksSummary([]).summary).toBe('Signed with 0 blocking and 0 advisory findings.')
  })
})
