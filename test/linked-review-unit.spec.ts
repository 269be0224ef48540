import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData, createComparisonRow, richText } from './helpers/content'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { act, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

type Outcome = { collection: string; title: string; done: boolean; state: string; reason?: string }
type Linked = {
  collection: string
  title: string
  state: string
  live: boolean
  clinicalChanges: null | number
  signedBefore: boolean
  nextStep: null | string
}

/** An article and its linked documents reviewed as one unit: submit, sign and publish together. */
describe('an article with its linked documents, as one unit (includeLinked)', () => {
  const spec = useTeamApp()

  const latest = (collection: 'faqs' | 'references' | 'comparison-rows' | 'articles', id: string) =>
    spec.app.payload.findByID({ collection, id, draft: true, depth: 0 })

  const status = async (member: 'writer' | 'reviewer' | 'editor', id: string) => {
    const response = await request(spec.app.server)
      .get(`/api/articles/${id}/workflow`)
      .set('Authorization', bearer(spec.team[member].token))
    expect(response.status).toBe(200)
    return response.body as { linked: Linked[]; checklist: { requirement: string; met: boolean }[] }
  }

  /** An article by the writer linking a new FAQ and reference of theirs, a row of writer2's and a live FAQ. */
  const unitOfFour = async () => {
    const server = spec.app.server
    const faq = await createAs(server, spec.team.writer, 'faqs', faqData('Can I drink alcohol?'))
    const reference = await createAs(server, spec.team.writer, 'references', {
      title: 'Baclofen label',
      url: 'https://dailymed.nlm.nih.gov/dailymed/',
    })
    const othersRow = await createComparisonRow(
      spec.app.payload,
      'Onset',
      ['Oral Baclofen'],
      spec.team.writer2,
    )
    const liveFaq = await createAs(server, spec.team.writer, 'faqs', faqData('Is it addictive?'))
    await publishThroughWorkflow(server, 'faqs', liveFaq, spec.team)
    const article = await createAs(
      server,
      spec.team.writer,
      'articles',
      articleData({
        faqs: [faq, liveFaq],
        references: [reference],
        comparisonColumns: ['Oral Baclofen'],
        comparisonRows: [othersRow.id],
        body: richText('Baclofen relaxes muscles.'),
      }),
    )
    return { article, faq, reference, row: String(othersRow.id), liveFaq }
  }

  it('submits the linked drafts with the article, to the same pharmacist, and says what it left out and why', async () => {
    const unit = await unitOfFour()
    const before = await status('writer', unit.article)
    expect(before.linked.map((linked) => [linked.title, linked.state, linked.live])).toEqual([
      ['Can I drink alcohol?', 'draft', false],
      ['Is it addictive?', 'published', true],
      ['Onset', 'draft', false],
      ['Baclofen label', 'draft', false],
    ])
    expect(before.linked.map((linked) => linked.nextStep)).toEqual([
      expect.stringMatching(/^Needs to be submitted for review/),
      null,
      expect.stringMatching(/^Needs to be submitted for review/),
      expect.stringMatching(/^Needs to be submitted for review/),
    ])

    const submitted = await act(
      spec.app.server,
      spec.team.writer,
      'articles',
      unit.article,
      'submit',
      { includeLinked: true, assignee: String(spec.team.reviewer.id), comment: 'All three new.' },
    )
    expect(submitted.status).toBe(200)
    expect(submitted.body.state).toBe('in_review')
    expect(
      (submitted.body.linked as Outcome[]).map(({ title, done, reason }) => [title, done, reason]),
    ).toEqual([
      ['Can I drink alcohol?', true, undefined],
      ['Is it addictive?', false, 'not draft or changes requested'],
      ['Onset', false, expect.stringMatching(/belongs to another writer/)],
      ['Baclofen label', true, undefined],
    ])

    // Stored: the two submitted are in review, assigned as the article is; the rest untouched.
    for (const [collection, id] of [
      ['faqs', unit.faq],
      ['references', unit.reference],
    ] as const) {
      expect(await latest(collection, id)).toMatchObject({
        workflowState: 'in_review',
        assignee: String(spec.team.reviewer.id),
      })
    }
    expect((await latest('comparison-rows', unit.row)).workflowState).toBe('draft')
    expect((await latest('faqs', unit.liveFaq)).workflowState).toBe('published')
    const audit = await spec.app.payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'submit' } },
          { documentId: { in: [unit.faq, unit.reference, unit.row] } },
        ],
      },
      pagination: false,
    })
    expect(audit.docs.map((entry) => [entry.documentId, entry.comment]).sort()).toEqual(
      [
        [unit.faq, 'All three new.'],
        [unit.reference, 'All three new.'],
      ].sort(),
    )

    // The reviewer's panel says what each linked document needs, and what a sign-off covers.
    const inReview = await status('reviewer', unit.article)
    const faq = inReview.linked.find((linked) => linked.title === 'Can I drink alcohol?')
    expect(faq).toMatchObject({ state: 'in_review', signedBefore: false })
    expect(faq?.clinicalChanges).toBeGreaterThan(0)
    expect(faq?.nextStep).toMatch(/^Needs a pharmacist’s sign-off/)
    expect(inReview.linked.find((linked) => linked.title === 'Onset')?.nextStep).toMatch(
      /^Needs to be submitted/,
    )
  })

  it('leaves the linked documents alone without includeLinked, and refuses includeLinked that is not a boolean', async () => {
    const unit = await unitOfFour()
    const plain = await act(spec.app.server, spec.team.writer, 'articles', unit.article, 'submit')
    expect(plain.status).toBe(200)
    expect(plain.body.linked).toBeUndefined()
    expect((await latest('faqs', unit.faq)).workflowState).toBe('draft')

    const other = await createAs(
      spec.app.server,
      spec.team.writer,
      'articles',
      articleData({ faqs: [unit.faq] }),
    )
    const hostile = await act(spec.app.server, spec.team.writer, 'articles', other, 'submit', {
      includeLinked: 'yes',
    })
    expect(hostile.status).toBe(400)
    expect(hostile.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'includeLinked' }),
    ])
    expect((await latest('articles', other)).workflowState).toBe('draft')
    expect((await latest('faqs', unit.faq)).workflowState).toBe('draft')
  })

  it('refuses a writer who may not submit the article before touching any linked document', async () => {
    const unit = await unitOfFour()
    const byOther = await act(
      spec.app.server,
      spec.team.writer2,
      'articles',
      unit.article,
      'submit',
      {
        includeLinked: true,
      },
    )
    expect(byOther.status).toBe(403)
    expect((await latest('faqs', unit.faq)).workflowState).toBe('draft')
    expect((await latest('references', unit.reference)).workflowState).toBe('draft')
  })

  it('takes the unit through GraphQL too: submit, one sign-off for all, one publish, children first', async () => {
    const unit = await unitOfFour()
    const mutate = (member: 'writer' | 'reviewer' | 'editor', query: string, variables: object) =>
      request(spec.app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(spec.team[member].token))
        .send({ query, variables })
    const submitted = await mutate(
      'writer',
      'mutation ($id: String!) { workflowSubmit(collection: articles, id: $id, includeLinked: true) { state linked { title done } } }',
      { id: unit.article },
    )
    expect(submitted.body.errors).toBeUndefined()
    expect(submitted.body.data.workflowSubmit.linked.filter((l: Outcome) => l.done)).toHaveLength(2)

    // writer2 submits their own row; the reviewer then signs all three in one action.
    expect(
      (await act(spec.app.server, spec.team.writer2, 'comparison-rows', unit.row, 'submit')).status,
    ).toBe(200)
    const signed = await mutate(
      'reviewer',
      'mutation ($id: String!, $password: String!) { workflowSignOff(collection: articles, id: $id, password: $password, includeLinked: true) { state linked { title done } } }',
      { id: unit.article, password: spec.team.reviewer.password },
    )
    expect(signed.body.errors).toBeUndefined()
    expect(signed.body.data.workflowSignOff.linked.filter((l: Outcome) => l.done)).toHaveLength(3)
    const approved = await status('editor', unit.article)
    expect(approved.linked.filter((linked) => !linked.live).map((linked) => linked.state)).toEqual([
      'approved',
      'approved',
      'approved',
    ])

    const published = await mutate(
      'editor',
      'mutation ($id: String!) { workflowPublish(collection: articles, id: $id, includeLinked: true) { state } }',
      { id: unit.article },
    )
    expect(published.body.errors).toBeUndefined()
    expect(published.body.data.workflowPublish.state).toBe('published')
    const live = await request(spec.app.server)
      .get(`/api/articles/${unit.article}`)
      .query({ depth: 1 })
    expect(live.status).toBe(200)
    expect(live.body.faqs.map((faq: { question: string }) => faq.question)).toEqual([
      'Can I drink alcohol?',
      'Is it addictive?',
    ])
    expect(
      (await status('editor', unit.article)).linked.every((linked) => linked.nextStep === null),
    ).toBe(true)
  })
})
