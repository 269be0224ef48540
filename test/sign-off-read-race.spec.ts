import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { act, createAs, faqData } from './helpers/workflow'

/**
 * A pharmacist signs what they read: a sign-off naming the version read (`readVersion`) racing
 * an editor's change never leaves a signature on, or a publication of, content they did not read.
 */
describe('a sign-off racing a change to what was read', () => {
  const spec = useTeamApp()

  const latestVersion = async (id: string): Promise<string> => {
    const { docs } = await spec.app.payload.findVersions({
      collection: 'faqs',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
    return String(docs[0].id)
  }

  it('signs the version read or nothing, and publishes only what was signed', async () => {
    const { server } = spec.app
    const { writer, reviewer, editor } = spec.team
    for (let round = 0; round < 6; round += 1) {
      const question = `Race ${round}: is the read version signed?`
      const id = await createAs(server, writer, 'faqs', faqData(question))
      expect((await act(server, writer, 'faqs', id, 'submit')).status).toBe(200)
      const read = await latestVersion(id)

      const [signed, edited] = await Promise.all([
        act(server, reviewer, 'faqs', id, 'sign-off', {
          password: reviewer.password,
          readVersion: read,
        }),
        request(server)
          .patch(`/api/faqs/${id}?draft=true`)
          .set('Authorization', bearer(editor.token))
          .send({ question: `Changed while signing ${round}?` }),
      ])
      expect([200, 409]).toContain(signed.status)
      expect([200, 400, 403, 409]).toContain(edited.status)

      const { docs: signatures } = await spec.app.payload.find({
        collection: 'signatures',
        where: { documentId: { equals: id } },
        depth: 0,
      })
      for (const signature of signatures) expect(signature.versionId).toBe(read)

      const published = await act(server, editor, 'faqs', id, 'publish')
      if (published.status === 200) {
        const live = await request(server).get(`/api/faqs/${id}`)
        expect(live.body.question).toBe(question)
      } else {
        // Refused only because the signature was refused or the change voided the review.
        expect(signed.status !== 200 || edited.status === 200).toBe(true)
      }
    }
  })
})
