import { describe, expect, it } from '@jest/globals'

import { articleData } from './helpers/content'
import { bodyWithHeadings, bodyWithLink, paragraphWithLink } from './helpers/lexicalBodies'
import { checkRunsOf, versionsOf } from './helpers/preReviewChecks'
import { useTeamApp } from './helpers/teamApp'
import { fieldErrors } from './helpers/validationErrors'
import { act, createAs, faqData } from './helpers/workflow'
import { heading, lexicalDocument, paragraph } from '../seed/lexical'

/** The publisher's CHECK_SEVERITY overrides each rule's own severity; `off` drops the finding. */
describe('pre-review check severity from CHECK_SEVERITY', () => {
  const spec = useTeamApp({ CHECK_SEVERITY: 'a11y.link-text=block, a11y.heading-order=off' })

  const article = (body: unknown, more: Record<string, unknown> = {}) =>
    createAs(spec.app.server, spec.team.writer, 'articles', articleData({ body, ...more }))

  it('refuses a submit over a rule the publisher made blocking, naming the finding', async () => {
    const id = await article(bodyWithLink('click here'))
    const before = await versionsOf(spec.app.payload, 'articles', id)
    const refused = await act(spec.app.server, spec.team.writer, 'articles', id, 'submit')
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.body)).toEqual([
      {
        path: 'body',
        message: expect.stringMatching(
          /^The introduction: “click here” — the link text does not say where it leads/,
        ),
      },
    ])
    expect(await versionsOf(spec.app.payload, 'articles', id)).toEqual(before)
    expect(await checkRunsOf(spec.app.payload, 'articles', id)).toHaveLength(0)
  })

  it('drops the findings of a rule turned off: not stored, not refused', async () => {
    const id = await article(bodyWithHeadings('h2', 'h4'))
    expect((await act(spec.app.server, spec.team.writer, 'articles', id, 'submit')).status).toBe(
      200,
    )
    const [run] = await checkRunsOf(spec.app.payload, 'articles', id)
    expect(run).toMatchObject({ blocking: 0, advisory: 0, findings: [] })
  })

  it('submits the article with includeLinked and leaves a linked FAQ with a blocking finding, saying why', async () => {
    const faq = await createAs(spec.app.server, spec.team.writer, 'faqs', {
      ...faqData(),
      answer: lexicalDocument(paragraphWithLink('here')),
    })
    const id = await article(lexicalDocument(heading('h2', 'Dosing'), paragraph('Text.')), {
      faqs: [faq],
    })
    const submitted = await act(spec.app.server, spec.team.writer, 'articles', id, 'submit', {
      includeLinked: true,
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.linked).toMatchObject([
      {
        collection: 'faqs',
        id: faq,
        done: false,
        reason: expect.stringContaining(
          'The answer: “here” — the link text does not say where it leads',
        ),
      },
    ])
    const stored = await spec.app.payload.findByID({ collection: 'faqs', id: faq, draft: true })
    expect(stored.workflowState).toBe('draft')
    expect(await checkRunsOf(spec.app.payload, 'faqs', faq)).toHaveLength(0)
    expect(await checkRunsOf(spec.app.payload, 'articles', id)).toHaveLength(1)
  })
})
