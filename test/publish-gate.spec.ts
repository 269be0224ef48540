import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { contentHash } from '../src/workflow/contentHash'
import { pinKey } from '../src/workflow/signatures'
import { richText } from './helpers/content'
import { usePublishGate } from './helpers/publishGate'
import { bearer } from './helpers/users'
import { approve, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

// The GraphQL, Local API and version-restore paths: test/publish-gate-other-paths.spec.ts
describe('the publish gate', () => {
  const { spec, live, graphqlError } = usePublishGate('rest')

  describe('on new documents', () => {
    it('refuses a REST create that asks for published', async () => {
      const data = { ...faqData(), _status: 'published' }
      const response = await request(spec.app.server)
        .post('/api/faqs')
        .set('Authorization', bearer(spec.team.editor.token))
        .send(data)
      expect(response.status).toBe(409)
      expect(response.body.errors[0].message).toContain('must sign off')
      expect(
        (
          await spec.app.payload.count({
            collection: 'faqs',
            where: { question: { equals: data.question } },
          })
        ).totalDocs,
      ).toBe(0)
    })

    it('refuses a GraphQL create that asks for published', async () => {
      const response = await request(spec.app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(spec.team.editor.token))
        .send({
          query: `mutation { createReference(data: { title: "Baclofen", url: "https://example.org/b", _status: published }) { id } }`,
        })
      expect(graphqlError(response.body).status).toBe(409)
      expect(response.body.data?.createReference ?? null).toBeNull()
    })

    it('never publishes a duplicate of a published document', async () => {
      const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
      await publishThroughWorkflow(spec.app.server, 'faqs', id, spec.team)
      const asDraft = await request(spec.app.server)
        .post(`/api/faqs/${id}/duplicate`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({})
      expect(asDraft.status).toBeLessThan(300)
      expect(asDraft.body.doc._status).toBe('draft')
      expect(asDraft.body.doc.workflowState).toBe('draft')
      const asPublished = await request(spec.app.server)
        .post(`/api/faqs/${id}/duplicate?draft=false`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({})
      expect(asPublished.status).toBe(409)
      expect(asPublished.body.errors[0].message).toContain('must sign off')
    })

    it('lets through a publish that meets every requirement, on any path', async () => {
      const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
      await approve(spec.app.server, 'faqs', id, spec.team.writer, spec.team.reviewer)
      const response = await request(spec.app.server)
        .patch(`/api/faqs/${id}`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ _status: 'published' })
      expect(response.status).toBe(200)
      expect(response.body.doc).toMatchObject({ _status: 'published', workflowState: 'published' })
    })

    it('refuses a save whose content is not what the publication operation judged', async () => {
      const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
      await approve(spec.app.server, 'faqs', id, spec.team.writer, spec.team.reviewer)
      const judged = await spec.app.payload.findByID({
        collection: 'faqs',
        id,
        draft: true,
        depth: 0,
      })
      const fields = spec.app.payload.collections.faqs.config.flattenedFields
      // The intent publishVersion would set for the approved content, with other content saved.
      const intent = {
        target: pinKey('faqs', id),
        contentHash: contentHash({ ...judged }, fields),
        record: {},
      }
      await expect(
        spec.app.payload.update({
          collection: 'faqs',
          id,
          data: { _status: 'published', answer: richText('Something the pharmacist never saw.') },
          context: { publicationIntent: intent },
        }),
      ).rejects.toMatchObject({
        status: 409,
        message: expect.stringContaining('changed while it was being published'),
      })
      expect(await live({ collection: 'faqs', id })).toBeNull()
      expect(
        (await spec.app.payload.findByID({ collection: 'faqs', id, draft: true, depth: 0 })).answer,
      ).toEqual(judged.answer)
    })
  })
})
