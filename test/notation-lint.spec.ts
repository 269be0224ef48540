import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'

import { describeHit, lintText } from '../src/clinical/notation/lintText'
import { notationFindings } from '../src/clinical/notation/notationFindings'
import { notationCheck } from '../src/clinical/notation/preReviewCheck'
import { NOTATION_RULES, notationRule } from '../src/clinical/notation/rules'
import { preReviewChecksFor } from '../src/clinical/checks/registry'
import { registerWorkflowFeatures } from '../src/features'
import { baclofenArticle } from '../seed/content/baclofen/article'
import { baclofenComparisonRows } from '../seed/content/baclofen/comparison'
import { baclofenFaqs } from '../seed/content/baclofen/faqs'
import { baclofenReferences } from '../seed/content/baclofen/references'
import { bold, heading, lexicalDocument, paragraph } from '../seed/lexical'

const ISMP = 'ISMP List of Error-Prone Abbreviations, Symbols, and Dose Designations (2021)'
const TJC = 'The Joint Commission Official "Do Not Use" List'

/** [text, the characters flagged, the suggestion] */
type Flagged = [string, string, string | null]

/** Stated independently of src/clinical/notation/rules.ts: what each rule flags and leaves. */
const TABLE: Record<
  string,
  { severity: 'block' | 'warn'; source: string; flags: Flagged[]; leaves: string[] }
> = {
  'notation.trailing-zero': {
    severity: 'block',
    source: TJC,
    flags: [
      ['Take 1.0 mg at night', '1.0 mg', '1 mg'],
      ['up to 20.0 mg a day', '20.0 mg', '20 mg'],
      ['1.50 mg', '1.50 mg', '1.5 mg'],
      ['a 5.0mg tablet', '5.0mg', '5 mg'],
      ['0.50 mL', '0.50 mL', '0.5 mL'],
      ['2.0 U', '2.0 U', '2 units'],
    ],
    leaves: [
      '1.5 mg',
      '1.05 mg',
      'version 1.0 of the app',
      'hemoglobin 12.0 g/dL',
      'sodium 140.0 mmol/L',
      'https://example.org/drug-1.0mg',
    ],
  },
  'notation.naked-decimal': {
    severity: 'block',
    source: TJC,
    flags: [
      ['Take .5 mg', '.5 mg', '0.5 mg'],
      ['(.25mg)', '.25mg', '0.25 mg'],
      ['.125 mcg', '.125 mcg', '0.125 mcg'],
    ],
    leaves: ['0.5 mg', '2.5 mg', 'www.example.org/.5mg', 'doi:10.1000/x.5mg'],
  },
  'notation.units-u': {
    severity: 'block',
    source: TJC,
    flags: [
      ['10 U of insulin', '10 U', '10 units'],
      ['10U', '10U', '10 units'],
      ['take 1 U', '1 U', '1 unit'],
      ['40 u daily', '40 u', '40 units'],
      ['0.1 U/kg', '0.1 U', '0.1 units'],
      ['dosed in U/day', 'U', 'units'],
    ],
    leaves: ['10 units', 'Uganda', 'U.S. patients', 'in 10 U.S. states', 'Type U', 'U-100 insulin'],
  },
  'notation.international-units': {
    severity: 'block',
    source: TJC,
    flags: [
      ['vitamin D 400 IU', '400 IU', '400 units'],
      ['1000IU', '1000IU', '1,000 units'],
      ['doses in IU', 'IU', 'units'],
    ],
    leaves: ['an IUD', 'IUPAC names', '400 units'],
  },
  'notation.microgram': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['25 µg', '25 µg', '25 mcg'],
      ['25 μg (Greek mu)', '25 μg', '25 mcg'],
      ['50ug', '50ug', '50 mcg'],
      ['5 µg/kg', '5 µg', '5 mcg'],
    ],
    leaves: ['25 mcg', 'ugly', 'a bug', 'Uganda'],
  },
  'notation.qd': {
    severity: 'block',
    source: TJC,
    flags: [
      ['10 mg QD', 'QD', 'daily'],
      ['take qd', 'qd', 'daily'],
      ['q.d. with food', 'q.d.', 'daily'],
      ['Q.D.', 'Q.D.', 'daily'],
      ['q1d', 'q1d', 'daily'],
    ],
    leaves: ['QID', 'qds', 'q.d.s.', 'daily'],
  },
  'notation.qod': {
    severity: 'block',
    source: TJC,
    flags: [
      ['5 mg QOD', 'QOD', 'every other day'],
      ['q.o.d.', 'q.o.d.', 'every other day'],
    ],
    leaves: ['every other day', 'quod'],
  },
  'notation.ms-mso4-mgso4': {
    severity: 'block',
    source: TJC,
    flags: [
      ['MSO4 2 mg', 'MSO4', 'morphine sulfate'],
      ['MgSO4 infusion', 'MgSO4', 'magnesium sulfate'],
      ['MS 10 mg IV', 'MS', 'morphine sulfate or magnesium sulfate (write the name)'],
      ['MS IR 15 mg', 'MS', 'morphine sulfate or magnesium sulfate (write the name)'],
      ['4 mg of MS', 'MS', 'morphine sulfate or magnesium sulfate (write the name)'],
    ],
    leaves: [
      'Multiple Sclerosis (MS)',
      'In patients with MS, baclofen is a standard treatment',
      'MS Contin',
      'MSc in pharmacy',
    ],
  },
  'notation.thousands-separator': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['100000 units', '100000 units', '100,000 units'],
      ['5000 units of heparin', '5000 units', '5,000 units'],
      ['1000 mg', '1000 mg', '1,000 mg'],
      ['1000000units', '1000000units', '1,000,000 units'],
    ],
    leaves: ['1,000 units', '100,000 units', 'in the 1970s', 'in 2021 a study', '999 mg'],
  },
  'notation.cc': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['5 cc', '5 cc', '5 mL'],
      ['10cc', '10cc', '10 mL'],
      ['2.5 CC', '2.5 CC', '2.5 mL'],
    ],
    leaves: ['5 mL', 'cc: the prescriber', 'accelerate', 'succinct'],
  },
  'notation.apothecary': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['gr v', 'gr v', 'the dose in metric units (mg, mL)'],
      ['5 grains', '5 grains', 'the dose in metric units (mg, mL)'],
      ['2 drams', '2 drams', 'the dose in metric units (mg, mL)'],
      ['℥ 1', '℥', 'the dose in metric units (mg, mL)'],
    ],
    leaves: ['5 grams', 'whole grains', 'great', 'Dr Smith'],
  },
  'notation.ratio-strength': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['epinephrine 1:1000', '1:1000', '1 mg/mL'],
      ['1:10,000', '1:10,000', '0.1 mg/mL'],
      ['lidocaine with epinephrine 1:200,000', '1:200,000', '0.005 mg/mL'],
      ['1:3000', '1:3000', 'the strength in mg/mL'],
    ],
    leaves: ['1 mg/mL', 'at 10:30', 'a 1:1 mix', 'about 1:10,000 people', '1:100'],
  },
  'notation.name-dose-run-together': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['Inderal40 mg', 'Inderal40 mg', 'Inderal 40 mg'],
      ['baclofen10mg', 'baclofen10mg', 'baclofen 10 mg'],
    ],
    leaves: ['Inderal 40 mg', 'CYP2D6', 'vitamin B12 1,000 mcg'],
  },
  'notation.run-together': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['10mg', '10mg', '10 mg'],
      ['2.5mg three times a day', '2.5mg', '2.5 mg'],
      ['10-20mg', '10-20mg', '10-20 mg'],
      ['100mL', '100mL', '100 mL'],
      ['5mg/kg', '5mg', '5 mg'],
      ['1,000mg', '1,000mg', '1,000 mg'],
    ],
    leaves: ['10 mg', '10–20 mg', '10 mg/mL', '20G needle', '1L therapy', '70 kg', 'COVID-19'],
  },
  'notation.sc-sq': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['injected SC', 'SC', 'subcut'],
      ['SQ once a week', 'SQ', 'subcut'],
      ['given sub q', 'sub q', 'subcut'],
      ['SubQ', 'SubQ', 'subcut'],
    ],
    leaves: [
      'SUBQ',
      'SCORE',
      'SCSS',
      'spinal cord injury (SCI)',
      'SQL',
      'discuss',
      'a sub question',
    ],
  },
  'notation.dc': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['D/C warfarin', 'D/C', 'discharge or discontinue (write it out)'],
      ['d/c', 'd/c', 'discharge or discontinue (write it out)'],
    ],
    leaves: ['discontinue', 'DC', 'AC/DC', 'D/CS'],
  },
  'notation.hs': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['10 mg HS', 'HS', 'at bedtime'],
      ['h.s.', 'h.s.', 'at bedtime'],
      ['qhs', 'qhs', 'nightly at bedtime'],
    ],
    leaves: ['HSV', 'hs-CRP', 'his', 'at bedtime'],
  },
  'notation.tiw': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['TIW', 'TIW', '3 times weekly'],
      ['t.i.w.', 't.i.w.', '3 times weekly'],
    ],
    leaves: ['3 times weekly', 'TIWA'],
  },
  'notation.biw': {
    severity: 'warn',
    source: ISMP,
    flags: [['BIW', 'BIW', '2 times weekly']],
    leaves: ['2 times weekly', 'BIWEEKLY'],
  },
  'notation.drug-abbreviation': {
    severity: 'warn',
    source: ISMP,
    flags: [
      ['MTX weekly', 'MTX', 'methotrexate'],
      ['APAP 500 mg', 'APAP', 'acetaminophen'],
      ['AZT', 'AZT', 'zidovudine'],
      ['HCTZ 25 mg', 'HCTZ', 'hydrochlorothiazide'],
      ['PTU', 'PTU', 'propylthiouracil'],
      ['CPZ', 'CPZ', 'prochlorperazine or chlorpromazine (write the name)'],
      ['cyclobenzaprine HCl', 'HCl', 'hydrochloride'],
      ['TXA', 'TXA', 'tranexamic acid'],
      ['ZnSO4', 'ZnSO4', 'zinc sulfate'],
    ],
    leaves: ['methotrexate', 'GABA-B receptors', 'central nervous system (CNS)', 'KCl', 'MTXs'],
  },
}

/** Ordinary drug-information prose and citations that must pass every rule. */
const PLAIN_TEXTS = [
  '1.5 mg',
  '0.5 mg',
  '10 mg/mL',
  '1,000 units',
  '2.5 mg',
  '5 mL',
  '25 mcg',
  '10–20 mg',
  'Start at 5 mg three times a day; the maximum is 80 mg a day.',
  'Baclofen tablets, USP 5 mg, 10 mg and 20 mg: prescribing information',
  'Baclofen tablets: prescribing information (FDA-approved drug label)',
  'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=baclofen',
  'https://example.org/drug-1.0mg and www.example.org/.5mg',
  'doi:10.1056/NEJM199505253322101',
  'As shown in trials [1], [2, 3] and [4–6].',
  'Published in 2021 (NICE guideline NG220).',
  'Discuss the SCORE with a succinct note; accelerate in Uganda.',
]

describe('dose and unit notation lint', () => {
  it('covers every rule in this table, and the table every rule', () => {
    expect(NOTATION_RULES.map((rule) => rule.code).sort()).toEqual(Object.keys(TABLE).sort())
  })

  describe.each(Object.entries(TABLE))('%s', (code, { severity, source, flags, leaves }) => {
    it.each(flags)('flags %j: %j, suggesting %j', (text, flagged, suggestion) => {
      const hits = lintText(text)
      expect(hits).toHaveLength(1)
      const [hit] = hits
      expect(hit).toEqual({
        start: text.indexOf(flagged),
        end: text.indexOf(flagged) + flagged.length,
        rule: code,
        text: flagged,
        message: expect.any(String),
        suggestion,
        source,
        severity,
      })
      expect(text.slice(hit.start, hit.end)).toBe(flagged)
    })

    it.each(leaves)('leaves %j', (text) => {
      expect(lintText(text).filter((hit) => hit.rule === code)).toEqual([])
    })
  })

  it.each(PLAIN_TEXTS)('finds nothing in %j', (text) => {
    expect(lintText(text)).toEqual([])
  })

  it('flags each problem of a sentence once, in reading order', () => {
    const hits = lintText('Give .5 mg QD, then 1.0mg and 10-20mg SC; see https://x.org/1.0mg [2].')
    expect(hits.map((hit) => [hit.text, hit.rule, hit.suggestion])).toEqual([
      ['.5 mg', 'notation.naked-decimal', '0.5 mg'],
      ['QD', 'notation.qd', 'daily'],
      ['1.0mg', 'notation.trailing-zero', '1 mg'],
      ['10-20mg', 'notation.run-together', '10-20 mg'],
      ['SC', 'notation.sc-sq', 'subcut'],
    ])
  })

  it('says what to write and why in one sentence', () => {
    const [hit] = lintText('1.0 mg')
    expect(describeHit(hit)).toBe(
      '“1.0 mg”: write “1 mg”. A zero after the decimal point can be missed: 1.0 mg is read as 10 mg.',
    )
  })

  it('takes house rules added to the list', () => {
    const houseRule = notationRule({
      code: 'notation.house.ml-lowercase',
      pattern: String.raw`(?<![\p{L}])ml(?![\p{L}])`,
      message: 'Our style is "mL".',
      suggest: () => 'mL',
      source: 'House style',
      severity: 'warn',
    })
    const hits = lintText('5 ml of 1.0 mg', [...NOTATION_RULES, houseRule])
    expect(hits.map((hit) => [hit.rule, hit.text, hit.suggestion, hit.source])).toEqual([
      ['notation.house.ml-lowercase', 'ml', 'mL', 'House style'],
      ['notation.trailing-zero', '1.0 mg', '1 mg', TJC],
    ])
  })
})

describe('notation findings of a stored document', () => {
  it('names the place and field in an article: summary, key point, body section', () => {
    const article = {
      summary: 'Take 1.0 mg at night.',
      keyPoints: [
        { title: 'Start low', text: 'Start with 5 mg.' },
        { title: 'Titrate QD', text: 'Raise by .5 mg a week.' },
      ],
      body: lexicalDocument(
        paragraph('Baclofen is a muscle relaxant.'),
        heading('h2', 'Dosing'),
        paragraph(bold('Adults:'), ' 5mg three times daily.'),
      ),
    }
    expect(notationFindings('articles', article)).toEqual([
      {
        rule: 'notation.trailing-zero',
        severity: 'block',
        where: 'the summary',
        field: 'summary',
        text: '1.0 mg',
        message: expect.stringContaining('write “1 mg”'),
        suggestion: '1 mg',
        source: TJC,
      },
      {
        rule: 'notation.qd',
        severity: 'block',
        where: 'the title of key point 2',
        field: 'keyPoints.1.title',
        text: 'QD',
        message: expect.stringContaining('write “daily”'),
        suggestion: 'daily',
        source: TJC,
      },
      {
        rule: 'notation.naked-decimal',
        severity: 'block',
        where: 'key point 2',
        field: 'keyPoints.1.text',
        text: '.5 mg',
        message: expect.stringContaining('write “0.5 mg”'),
        suggestion: '0.5 mg',
        source: TJC,
      },
      {
        rule: 'notation.run-together',
        severity: 'warn',
        where: 'the section "Dosing"',
        field: 'body',
        text: '5mg',
        message: expect.stringContaining('write “5 mg”'),
        suggestion: '5 mg',
        source: ISMP,
      },
    ])
  })

  it('names the question and the answer of an FAQ', () => {
    const faq = {
      question: 'Can I take 10 U?',
      answer: lexicalDocument(paragraph('Inject 100000 units SC.')),
    }
    expect(
      notationFindings('faqs', faq).map((f) => [f.where, f.field, f.text, f.suggestion]),
    ).toEqual([
      ['the question', 'question', '10 U', '10 units'],
      ['the answer', 'answer', '100000 units', '100,000 units'],
      ['the answer', 'answer', 'SC', 'subcut'],
    ])
  })

  it('names the cell of a comparison row by its treatment', () => {
    const row = {
      feature: 'Dosing',
      cells: [
        { treatment: 'Oral Baclofen', value: '5 mg three times daily' },
        { treatment: 'Cyclobenzaprine (Flexeril)', value: '5 mg TID, max 30 mg QD' },
      ],
    }
    expect(notationFindings('comparison-rows', row)).toEqual([
      expect.objectContaining({
        where: 'the cell for Cyclobenzaprine (Flexeril)',
        field: 'cells.1.value',
        text: 'QD',
        rule: 'notation.qd',
      }),
    ])
  })

  it('is registered as the pre-review check "notation" for articles, FAQs and comparison rows', async () => {
    registerWorkflowFeatures()
    for (const collection of ['articles', 'faqs', 'comparison-rows'] as const) {
      expect(preReviewChecksFor(collection)).toContain(notationCheck)
    }
    expect(preReviewChecksFor('references')).not.toContain(notationCheck)
    const findings = await notationCheck.run({} as never, {
      collection: 'faqs',
      doc: { question: 'Is .5 mg enough?' },
    })
    expect(findings.map((finding) => finding.rule)).toEqual(['notation.naked-decimal'])
  })
})

describe('the seeded baclofen content', () => {
  it('passes the lint: article, FAQs, comparison rows', () => {
    expect(notationFindings('articles', baclofenArticle)).toEqual([])
    expect(baclofenFaqs.flatMap((faq) => notationFindings('faqs', faq))).toEqual([])
    expect(
      baclofenComparisonRows.flatMap((row) => notationFindings('comparison-rows', row)),
    ).toEqual([])
  })

  it('finds nothing in the source page nor in the reference titles and addresses', () => {
    const source = readFileSync('/work/shared/seed-source/baclofen-benefits.txt', 'utf8')
    expect(lintText(source)).toEqual([])
    for (const reference of baclofenReferences) {
      expect(lintText(`${reference.title}. ${reference.source}. ${reference.url}`)).toEqual([])
    }
  })
})
