import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { startCallersApp, type Callers } from './helpers/callers'
import { articleData, richText } from './helpers/content'
import type { TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import { createAs, publishDefaultDisclaimer } from './helpers/workflow'

type Finding = { check: string; message: string; field: string | null }

/** A notation finding as the completeness lists it: the field, the text and what to write. */
const notation = (rule: string, field: string, text: string, suggestion: string) => ({
  check: `notation.${rule}`,
  field,
  message: expect.stringContaining(`: “${text}” — write “${suggestion}”.`),
})

/**
 * The writer's completeness check lists the dose-notation findings of every clinical text field
 * (src/clinical/clinicalTexts.ts), each with its field, the text, and the form to write.
 */
describe('the completeness check lists the dose-notation findings', () => {
  let app: TestApp
  let callers: Callers

  const completeness = async (collection: string, id: string) => {
    const response = await request(app.server)
      .get(`/api/${collection}/${id}/workflow/completeness`)
      .set('Authorization', bearer(callers.team.writer.token))
    expect(response.status).toBe(200)
    return response.body as { ready: boolean; blockers: Finding[]; warnings: Finding[] }
  }
  const notationIn = (findings: Finding[]) =>
    findings.filter((finding) => finding.check.startsWith('notation.'))

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp())
    await publishDefaultDisclaimer(app.payload)
  })

  afterAll(async () => {
    await app.close()
  })

  it("of an article's summary, key points, body and comparison columns, as blockers", async () => {
    const id = await createAs(
      app.server,
      callers.team.writer,
      'articles',
      articleData({
        summary: 'Take 1.0 mg at night, as the label and your prescriber say.',
        keyPoints: [{ title: 'Dose QD', text: 'Raise the dose by .5 mg a week.' }],
        body: richText('Inject 10 U before meals.'),
        comparisonColumns: ['Baclofen QOD'],
      }),
    )
    const check = await completeness('articles', id)
    expect(check.ready).toBe(false)
    expect(notationIn(check.blockers)).toEqual([
      notation('trailing-zero', 'summary', '1.0 mg', '1 mg'),
      notation('qd', 'keyPoints.0.title', 'QD', 'daily'),
      notation('naked-decimal', 'keyPoints.0.text', '.5 mg', '0.5 mg'),
      notation('units-u', 'body', '10 U', '10 units'),
      notation('qod', 'comparisonColumns.0', 'QOD', 'every other day'),
    ])
    expect(check.blockers.find((finding) => finding.field === 'summary')?.message).toMatch(
      /^The summary: /,
    )
    // Judged, never stored: only a submission stores the pre-review checks' results.
    const stored = await app.payload.find({
      collection: 'pre-review-checks',
      where: { documentId: { equals: id } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it("of an FAQ's question and answer, and of a comparison row's feature and cells", async () => {
    const faq = await createAs(app.server, callers.team.writer, 'faqs', {
      question: 'Can I take 10 U at once?',
      answer: richText('Take it QD with food, as your prescriber says.'),
    })
    expect(notationIn((await completeness('faqs', faq)).blockers)).toEqual([
      notation('units-u', 'question', '10 U', '10 units'),
      notation('qd', 'answer', 'QD', 'daily'),
    ])

    const row = await createAs(app.server, callers.team.writer, 'comparison-rows', {
      feature: 'Steps of 1.0 mg',
      cells: [{ treatment: 'Oral baclofen', value: '5 mg QOD' }],
    })
    expect(notationIn((await completeness('comparison-rows', row)).blockers)).toEqual([
      notation('trailing-zero', 'feature', '1.0 mg', '1 mg'),
      notation('qod', 'cells.0.value', 'QOD', 'every other day'),
    ])
  })

  it('lists an advisory finding as a warning', async () => {
    const id = await createAs(
      app.server,
      callers.team.writer,
      'articles',
      articleData({ summary: 'Start with 5mg three times a day, then raise it slowly.' }),
    )
    const check = await completeness('articles', id)
    expect(notationIn(check.blockers)).toEqual([])
    expect(notationIn(check.warnings)).toEqual([notation('run-together', 'summary', '5mg', '5 mg')])
  })
})
