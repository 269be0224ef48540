import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { act, approve, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

const REASON = 'New FDA label: maximum daily dose lowered'

/**
 * A clinical change of content a pharmacist signed, or that is live, says why: 400 naming
 * `changeReason` otherwise, on every path. The reason is kept in the version and the audit, shown
 * beside the changes, taken along by the next signature and offered as the public note.
 */
describe('reasons for a change of signed content', () => {
  const spec = useTeamApp()

  const liveFaq = async (question: string) => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData(question))
    await publishThroughWorkflow(spec.app.server, 'faqs', id, spec.team)
    return id
  }
  const patch = (id: string, data: Record<string, unknown>) =>
    request(spec.app.server)
      .patch(`/api/faqs/${id}?draft=true`)
      .set('Authorization', bearer(spec.team.writer.token))
      .send(data)
  const latest = (id: string) =>
    spec.app.payload.findByID({ collection: 'faqs', id, draft: true, depth: 0 })
  const fieldErrors = (body: { errors?: { data?: { errors?: { path: string }[] } }[] }) =>
    body.errors?.[0]?.data?.errors?.map((error) => error.path) ?? []

  it('asks nothing of a draft nobody signed yet', async () => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData('Never signed?'))
    expect((await patch(id, { question: 'Still never signed?' })).status).toBe(200)
  })

  it('refuses a clinical change of live content without a reason, on REST by id, in bulk, GraphQL and the Local API', async () => {
    const id = await liveFaq('Live, changed without a reason?')
    const rest = await patch(id, { question: 'Changed without a reason?' })
    expect(rest.status).toBe(400)
    expect(fieldErrors(rest.body)).toEqual(['changeReason'])
    expect(rest.body.errors[0].data.errors[0].message).toMatch(/Say why the content changes/)
    const blank = await patch(id, { question: 'Changed with a blank reason?', changeReason: '   ' })
    expect(blank.status).toBe(400)

    const bulk = await request(spec.app.server)
      .patch(`/api/faqs?where[id][equals]=${id}&draft=true`)
      .set('Authorization', bearer(spec.team.editor.token))
      .send({ question: 'Changed in bulk without a reason?' })
    expect(bulk.body.docs ?? []).toEqual([])
    expect(JSON.stringify(bulk.body.errors)).toContain('changeReason')

    const graphql = await request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(spec.team.writer.token))
      .send({
        query: `mutation ($id: String!) { updateFaq(id: $id, draft: true, data: { question: "Changed over GraphQL?" }) { id } }`,
        variables: { id },
      })
    expect(JSON.stringify(graphql.body.errors)).toContain('changeReason')

    await expect(
      spec.app.payload.update({
        collection: 'faqs',
        id,
        draft: true,
        data: { question: 'Changed by server code?' },
      }),
    ).rejects.toThrow(/changeReason/)

    const stored = await latest(id)
    expect(stored.question).toBe('Live, changed without a reason?')
    expect(stored.workflowState).toBe('published')
  })

  it('keeps the reason in the version and the audit, shows it beside the changes, and asks nothing for editorial changes', async () => {
    const id = await liveFaq('Live, changed with a reason?')
    const editorialOnly = await patch(id, { meta: { description: 'A better search snippet.' } })
    expect(editorialOnly.status).toBe(200)

    const changed = await patch(id, { question: 'Changed with a reason?', changeReason: REASON })
    expect(changed.status).toBe(200)
    const { docs: versions } = await spec.app.payload.findVersions({
      collection: 'faqs',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
    expect(versions[0].version.changeReason).toBe(REASON)
    const { docs: audits } = await spec.app.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: id } }, { action: { equals: 'clinical-change' } }] },
      depth: 0,
    })
    expect(audits.map((entry) => entry.comment)).toEqual([REASON])

    const changes = await request(spec.app.server)
      .get(`/api/faqs/${id}/workflow/changes`)
      .set('Authorization', bearer(spec.team.reviewer.token))
    expect(changes.body.reason).toBe(REASON)
    // A further edit in the same round keeps the reason given, and may refine it.
    expect((await patch(id, { question: 'Changed again, same round?' })).status).toBe(200)
  })

  it('is taken along by the next signature, offered as the public note, and asked for again after it', async () => {
    const id = await liveFaq('Signed with its reason?')
    expect(
      (await patch(id, { question: 'Signed with a reason?', changeReason: REASON })).status,
    ).toBe(200)
    await approve(spec.app.server, 'faqs', id, spec.team.writer, spec.team.reviewer)
    const { docs: signatures } = await spec.app.payload.find({
      collection: 'signatures',
      where: { documentId: { equals: id } },
      sort: '-signedAt',
      depth: 0,
    })
    expect(signatures[0].changeReason).toBe(REASON)
    const status = await request(spec.app.server)
      .get(`/api/faqs/${id}/workflow`)
      .set('Authorization', bearer(spec.team.editor.token))
    expect(status.body.suggestedNote).toBe(REASON)
    expect((await latest(id)).changeReason ?? null).toBeNull()
    expect((await act(spec.app.server, spec.team.editor, 'faqs', id, 'publish')).status).toBe(200)

    const again = await patch(id, { question: 'Changed after the new signature?' })
    expect(again.status).toBe(400)
    expect(fieldErrors(again.body)).toEqual(['changeReason'])
  })

  it('starts a duplicate of signed content as a new draft: no reason carried over, none needed', async () => {
    const id = await liveFaq('Duplicated?')
    expect(
      (await patch(id, { question: 'Duplicated with a reason?', changeReason: REASON })).status,
    ).toBe(200)
    const duplicate = await request(spec.app.server)
      .post(`/api/faqs/${id}/duplicate`)
      .set('Authorization', bearer(spec.team.writer.token))
      .send({})
    expect(duplicate.status).toBe(200)
    const copy = String(duplicate.body.doc.id)
    expect((await latest(copy)).changeReason ?? null).toBeNull()
    expect((await patch(copy, { question: 'The copy, reworded?' })).status).toBe(200)
  })

  it('gives a version restore its own reason', async () => {
    const id = await liveFaq('Restored?')
    expect(
      (await patch(id, { question: 'Changed before the restore?', changeReason: REASON })).status,
    ).toBe(200)
    const { docs } = await spec.app.payload.findVersions({
      collection: 'faqs',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
    const restored = await request(spec.app.server)
      .post(`/api/faqs/versions/${docs[0].id}?draft=true`)
      .set('Authorization', bearer(spec.team.editor.token))
    expect(restored.status).toBe(200)
    const stored = await latest(id)
    expect(stored.question).toBe('Restored?')
    expect(stored.changeReason).toBe('Restored an earlier version.')
  })
})
