import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { Member } from './helpers/team'

import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { createAs, faqData } from './helpers/workflow'

describe('workflow mutations over GraphQL', () => {
  const spec = useTeamApp()

  const mutate = (member: Member, query: string, variables: Record<string, unknown>) =>
    request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(member.token))
      .send({ query, variables })

  it('submits, signs off and publishes through the same workflow', async () => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
    const submitted = await mutate(
      spec.team.writer,
      'mutation ($id: String!) { workflowSubmit(collection: faqs, id: $id) { state } }',
      { id },
    )
    expect(submitted.body.errors).toBeUndefined()
    expect(submitted.body.data.workflowSubmit.state).toBe('in_review')

    const wrongPassword = await mutate(
      spec.team.reviewer,
      'mutation ($id: String!, $password: String!) { workflowSignOff(collection: faqs, id: $id, password: $password) { state } }',
      { id, password: 'wrong' },
    )
    expect(wrongPassword.body.errors[0].extensions.statusCode).toBe(401)

    const signed = await mutate(
      spec.team.reviewer,
      'mutation ($id: String!, $password: String!) { workflowSignOff(collection: faqs, id: $id, password: $password) { state signatureId } }',
      { id, password: spec.team.reviewer.password },
    )
    expect(signed.body.errors).toBeUndefined()
    expect(signed.body.data.workflowSignOff.state).toBe('approved')
    expect(signed.body.data.workflowSignOff.signatureId).toBeTruthy()

    const byWriter = await mutate(
      spec.team.writer,
      'mutation ($id: String!) { workflowPublish(collection: faqs, id: $id) { state } }',
      { id },
    )
    expect(byWriter.body.errors[0].extensions.statusCode).toBe(403)

    const published = await mutate(
      spec.team.editor,
      'mutation ($id: String!) { workflowPublish(collection: faqs, id: $id) { state } }',
      { id },
    )
    expect(published.body.errors).toBeUndefined()
    expect(published.body.data.workflowPublish.state).toBe('published')

    const anonymous = await request(spec.app.server).post('/api/graphql').send({
      query: 'query ($id: String!) { Faq(id: $id) { question workflowState } }',
      variables: { id },
    })
    expect(anonymous.body.data.Faq.workflowState).toBe('published')
  })

  it('answers a publish of unready content with 409 and every unmet requirement', async () => {
    const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
    const response = await mutate(
      spec.team.editor,
      'mutation ($id: String!) { workflowPublish(collection: faqs, id: $id) { state } }',
      { id },
    )
    expect(response.body.errors[0].extensions.statusCode).toBe(409)
    expect(response.body.errors[0].message).toContain('must sign off')
    expect(response.body.errors[0].message).toContain('needs it approved')
  })
})
