import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { lexicalDocument, paragraph } from '../seed/lexical'
import { articleData } from './helpers/content'
import { readLive, saveDraft } from './helpers/revisions'
import { useTeamApp } from './helpers/teamApp'
import { bearer, createConsumerKey } from './helpers/users'
import { act, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

type Change = {
  path: string
  label: string
  kind: string
  before: unknown
  after: unknown
  beforeText: string | null
  afterText: string | null
  clinical: boolean
  words?: { op: string; text: string }[]
}

const referenceData = (title: string) => ({
  title,
  url: `https://example.org/${encodeURIComponent(title)}`,
  source: 'Example Journal',
})

/** GET /api/{collection}/{id}/workflow/changes: what changed since the last sign-off. */
describe('changes since the last sign-off', () => {
  const ctx = useTeamApp()

  const changesOf = (collection: string, id: string, token = ctx.team.reviewer.token) =>
    request(ctx.app.server)
      .get(`/api/${collection}/${id}/workflow/changes`)
      .set('Authorization', bearer(token))

  it('lists every field as added when nothing was signed yet, and only to staff', async () => {
    const { app, team } = ctx
    const id = await createAs(app.server, team.writer, 'articles', articleData({ summary: 'New.' }))
    const response = await changesOf('articles', id)
    expect(response.status).toBe(200)
    expect(response.body.since).toBeNull()
    const paths = response.body.changes.map((change: Change) => change.path)
    expect(paths).toEqual(expect.arrayContaining(['title', 'summary', 'slug']))
    expect(response.body.changes.every((change: Change) => change.kind === 'added')).toBe(true)
    expect(paths).not.toContain('workflowState')
    expect(paths).not.toContain('createdBy')
    const labels = response.body.changes.map((change: Change) => change.label)
    expect(labels).toEqual(expect.arrayContaining(['Title', 'Quick summary', 'Slug']))
    expect(response.body.changes).toContainEqual(
      expect.objectContaining({ path: 'summary', beforeText: null, afterText: 'New.' }),
    )
    expect((await request(app.server).get(`/api/articles/${id}/workflow/changes`)).status).toBe(401)
  })

  it('shows text, rich text words, moved key points, an added FAQ and a changed reference by title', async () => {
    const { app, team } = ctx
    const keepRef = await createAs(
      app.server,
      team.writer,
      'references',
      referenceData('Kept study'),
    )
    const oldRef = await createAs(app.server, team.writer, 'references', referenceData('Old study'))
    const newRef = await createAs(app.server, team.writer, 'references', referenceData('New study'))
    const oldFaq = await createAs(app.server, team.writer, 'faqs', faqData('Is it safe?'))
    for (const [collection, linked] of [
      ['references', keepRef],
      ['references', oldRef],
      ['references', newRef],
      ['faqs', oldFaq],
    ] as const) {
      await publishThroughWorkflow(app.server, collection, linked, team)
    }
    const id = await createAs(
      app.server,
      team.writer,
      'articles',
      articleData({
        summary: 'Baclofen eases spasticity.',
        keyPoints: [
          { title: 'Relief', text: 'It relaxes muscles.' },
          { title: 'Mobility', text: 'It helps walking.' },
          { title: 'Safety', text: 'Do not stop suddenly.' },
        ],
        body: lexicalDocument(
          paragraph('Baclofen acts on the spinal cord.'),
          paragraph('Take it three times a day with water.'),
        ),
        faqs: [oldFaq],
        references: [keepRef, oldRef],
      }),
    )
    await publishThroughWorkflow(app.server, 'articles', id, team)
    const signedVersion = (await readLive(app.server, 'articles', id)).body
    const addedFaq = await createAs(
      app.server,
      team.writer,
      'faqs',
      faqData('Can I drink alcohol?'),
    )
    const [relief, mobility, safety] = signedVersion.keyPoints
    const revised = await saveDraft(app.server, team.writer, 'articles', id, {
      summary: 'Baclofen eases muscle spasticity.',
      keyPoints: [safety, relief, mobility],
      body: lexicalDocument(
        paragraph('Baclofen acts on the spinal cord.'),
        paragraph('Take it four times a day with water.'),
      ),
      faqs: [oldFaq, addedFaq],
      references: [keepRef, newRef],
    })
    expect(revised.status).toBe(200)
    await act(app.server, team.writer, 'articles', id, 'submit')

    const response = await changesOf('articles', id)
    expect(response.status).toBe(200)
    expect(response.body.since).toMatchObject({ printedName: expect.any(String) })
    const changes: Change[] = response.body.changes
    const at = (path: string) => changes.filter((change) => change.path === path)

    expect(at('summary')).toEqual([
      expect.objectContaining({
        kind: 'changed',
        before: 'Baclofen eases spasticity.',
        after: 'Baclofen eases muscle spasticity.',
        clinical: true,
      }),
    ])
    expect(at('summary')[0].words).toEqual([
      { op: 'same', text: 'Baclofen eases' },
      { op: 'added', text: 'muscle' },
      { op: 'same', text: 'spasticity.' },
    ])

    const body = changes.filter((change) => change.path.startsWith('body'))
    expect(body).toHaveLength(1)
    expect(body[0]).toMatchObject({ path: 'body[1]', kind: 'changed' })
    expect(body[0].words).toEqual(
      expect.arrayContaining([
        { op: 'removed', text: 'three' },
        { op: 'added', text: 'four' },
      ]),
    )

    const keyPoints = changes.filter((change) => change.path.startsWith('keyPoints'))
    expect(keyPoints).toEqual([
      expect.objectContaining({ path: 'keyPoints[0]', kind: 'moved', before: 3, after: 1 }),
    ])

    expect(at('faqs[1]')).toEqual([
      expect.objectContaining({ kind: 'added', after: 'Can I drink alcohol?' }),
    ])

    // The same changes in words, as the comparison shows them: labels, texts, no ids.
    expect(at('summary')[0]).toMatchObject({
      label: 'Quick summary',
      beforeText: 'Baclofen eases spasticity.',
      afterText: 'Baclofen eases muscle spasticity.',
    })
    expect(body[0].label).toBe('Body – paragraph 2')
    expect(keyPoints[0]).toMatchObject({
      label: 'Key point moved: Safety',
      beforeText: 'Position 3',
      afterText: 'Position 1',
    })
    expect(at('faqs[1]')[0].label).toBe('FAQ added: Can I drink alcohol?')
    expect(changes.filter((c) => c.path.startsWith('references')).map((c) => c.label)).toEqual(
      expect.arrayContaining(['Reference removed: Old study', 'Reference added: New study']),
    )
    const rowIds = signedVersion.keyPoints.map((row: { id: string }) => row.id)
    for (const internal of [id, keepRef, oldRef, newRef, oldFaq, addedFaq, ...rowIds])
      expect(JSON.stringify(changes)).not.toContain(internal)
    const references = changes.filter((change) => change.path.startsWith('references'))
    expect(references).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'removed', before: 'Old study' }),
        expect.objectContaining({ kind: 'added', after: 'New study' }),
      ]),
    )
    expect(references).toHaveLength(2)
    expect(changes.some((change) => change.path.startsWith('title'))).toBe(false)

    // The sign-off records how many clinical changes it covers and which signature it follows.
    const signed = await act(app.server, team.reviewer2, 'articles', id, 'sign-off', {
      password: team.reviewer2.password,
    })
    expect(signed.status).toBe(200)
    const signature = await app.payload.findByID({
      collection: 'signatures',
      id: signed.body.signatureId,
      depth: 0,
    })
    expect(signature.clinicalChanges).toBe(changes.filter((change) => change.clinical).length)
    expect(signature.previousSignature).toBe(signedVersion.lastSignature)
    const afterSigning = await changesOf('articles', id)
    expect(afterSigning.body.changes).toEqual([])
    expect(afterSigning.body.since.signatureId).toBe(signed.body.signatureId)
  })

  it('names FAQs by their question and key points and paragraphs by position, never by id', async () => {
    const { app, team } = ctx
    const safeFaq = await createAs(app.server, team.writer, 'faqs', faqData('Is it safe?'))
    await publishThroughWorkflow(app.server, 'faqs', safeFaq, team)
    const id = await createAs(
      app.server,
      team.writer,
      'articles',
      articleData({
        summary: 'Baclofen relaxes muscles.',
        keyPoints: [
          { title: 'Relief', text: 'It relaxes muscles.' },
          { title: 'Mobility', text: 'It helps walking.' },
        ],
        body: lexicalDocument(
          paragraph('Baclofen acts on the spinal cord.'),
          paragraph('It is taken by mouth.'),
          paragraph('Tablets come in two strengths.'),
          paragraph('Take it with a glass of water.'),
        ),
        faqs: [safeFaq],
      }),
    )
    await publishThroughWorkflow(app.server, 'articles', id, team)
    const signedVersion = (await readLive(app.server, 'articles', id)).body
    const alcoholFaq = await createAs(
      app.server,
      team.writer,
      'faqs',
      faqData('Can I drink alcohol?'),
    )
    const [relief, mobility] = signedVersion.keyPoints
    const revised = await saveDraft(app.server, team.writer, 'articles', id, {
      keyPoints: [relief, { ...mobility, text: 'It helps with walking.' }],
      body: lexicalDocument(
        paragraph('Baclofen acts on the spinal cord.'),
        paragraph('It is taken by mouth.'),
        paragraph('Tablets come in two strengths.'),
        paragraph('Take it with a full glass of water.'),
      ),
      faqs: [alcoholFaq],
    })
    expect(revised.status).toBe(200)

    const response = await changesOf('articles', id, team.editor.token)
    expect(response.status).toBe(200)
    const changes: Change[] = response.body.changes
    expect(changes.map(({ path, label, kind }) => ({ path, label, kind }))).toEqual([
      { path: 'keyPoints[1].text', label: 'Key point 2 – Text', kind: 'changed' },
      { path: 'body[3]', label: 'Body – paragraph 4', kind: 'changed' },
      { path: 'faqs[0]', label: 'FAQ removed: Is it safe?', kind: 'removed' },
      { path: 'faqs[0]', label: 'FAQ added: Can I drink alcohol?', kind: 'added' },
    ])
    expect(changes[0]).toMatchObject({
      beforeText: 'It helps walking.',
      afterText: 'It helps with walking.',
      words: [
        { op: 'same', text: 'It helps' },
        { op: 'added', text: 'with' },
        { op: 'same', text: 'walking.' },
      ],
    })
    expect(changes[1].words).toEqual([
      { op: 'same', text: 'Take it with a' },
      { op: 'added', text: 'full' },
      { op: 'same', text: 'glass of water.' },
    ])
    expect(changes[2]).toMatchObject({ beforeText: 'Is it safe?', afterText: null })
    expect(changes[3]).toMatchObject({ beforeText: null, afterText: 'Can I drink alcohol?' })
    const rowIds = signedVersion.keyPoints.map((row: { id: string }) => row.id)
    for (const internal of [id, safeFaq, alcoholFaq, ...rowIds])
      expect(JSON.stringify(changes)).not.toContain(internal)

    // Only staff see the comparison: anonymous callers and consumers' keys are refused, and the
    // refusal carries nothing of the draft.
    const consumerKey = await createConsumerKey(app.payload)
    app.knownSecrets.push(consumerKey)
    const anonymous = await request(app.server).get(`/api/articles/${id}/workflow/changes`)
    const asConsumer = await request(app.server)
      .get(`/api/articles/${id}/workflow/changes`)
      .set('Authorization', `users API-Key ${consumerKey}`)
    expect([anonymous.status, asConsumer.status]).toEqual([401, 403])
    for (const refused of [anonymous, asConsumer]) {
      expect(refused.body.changes).toBeUndefined()
      for (const draftText of ['with walking', 'full glass', 'Can I drink alcohol?'])
        expect(refused.text).not.toContain(draftText)
    }
  })

  it('shows a changed reference document’s own fields', async () => {
    const { app, team } = ctx
    const id = await createAs(app.server, team.writer, 'references', referenceData('A trial'))
    await publishThroughWorkflow(app.server, 'references', id, team)
    await saveDraft(app.server, team.writer, 'references', id, { title: 'A randomised trial' })
    const response = await changesOf('references', id, team.editor.token)
    expect(response.body.changes).toEqual([
      expect.objectContaining({
        path: 'title',
        kind: 'changed',
        before: 'A trial',
        after: 'A randomised trial',
        clinical: true,
      }),
    ])
  })

  it('marks SEO changes editorial', async () => {
    const { app, team } = ctx
    const id = await createAs(app.server, team.writer, 'articles', articleData())
    await publishThroughWorkflow(app.server, 'articles', id, team)
    await saveDraft(app.server, team.editor, 'articles', id, {
      meta: { title: 'Baclofen benefits' },
    })
    const response = await changesOf('articles', id, team.editor.token)
    expect(response.body.changes).toEqual([
      expect.objectContaining({ path: 'meta.title', kind: 'added', clinical: false }),
    ])
  })

  it('answers 404 for a document that does not exist', async () => {
    const response = await changesOf('articles', '00000000-0000-4000-8000-000000000000')
    expect(response.status).toBe(404)
  })
})
