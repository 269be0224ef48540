import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { ReviewableCollection } from '../../src/workflow/states'

import { contentHash } from '../../src/workflow/contentHash'
import { articleData, richText } from './content'
import { useTeamApp } from './teamApp'
import { bearer } from './users'
import { act, approve, createAs, faqData, publishThroughWorkflow } from './workflow'

type Subject = { collection: ReviewableCollection; id: string }
type Attempt = { status: number; message: string }

const GRAPHQL_TYPE: Record<ReviewableCollection, string> = {
  articles: 'Article',
  faqs: 'Faq',
  'comparison-rows': 'ComparisonRow',
  references: 'Reference',
}

/** The save paths the gate is tried on, split over two spec files so they run in parallel. */
export type PublishPathGroup = 'rest' | 'other'

/**
 * The publish gate's table: every refusal scenario on every save path of `group` (REST: the
 * workflow endpoint, PATCH, PATCH ?draft=true, bulk PATCH; other: GraphQL, the Local API, version
 * restore), on an app with a team. test/publish-gate*.spec.ts run one group each.
 */
export const usePublishGate = (group: PublishPathGroup) => {
  const spec = useTeamApp()

  const latest = ({ collection, id }: Subject) =>
    spec.app.payload.findByID({ collection, id, draft: true, depth: 0 })

  const live = async ({ collection, id }: Subject) => {
    const { docs } = await spec.app.payload.find({
      collection,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      depth: 0,
    })
    return docs[0] ?? null
  }

  const refusals = async ({ id }: Subject) =>
    (
      await spec.app.payload.count({
        collection: 'audit-log',
        where: { and: [{ action: { equals: 'publish-refused' } }, { documentId: { equals: id } }] },
      })
    ).totalDocs

  const scenarios: { name: string; expected: string; prepare: () => Promise<Subject> }[] = [
    {
      name: 'without a signature',
      expected: 'must sign off',
      prepare: async () => ({
        collection: 'faqs',
        id: await createAs(spec.app.server, spec.team.writer, 'faqs', faqData()),
      }),
    },
    {
      name: 'with a stale signature (content edited after signing)',
      expected: 'differs from what the reviewer signed',
      prepare: async () => {
        const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
        await publishThroughWorkflow(spec.app.server, 'faqs', id, spec.team)
        await request(spec.app.server)
          .patch(`/api/faqs/${id}?draft=true`)
          .set('Authorization', bearer(spec.team.editor.token))
          .send({
            question: 'An edited question nobody signed?',
            changeReason: 'Edited for the test',
          })
        return { collection: 'faqs', id }
      },
    },
    {
      name: 'after it was withdrawn, on the strength of its old sign-off',
      expected: 'it was withdrawn; submit it for a new review',
      prepare: async () => {
        const id = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
        await publishThroughWorkflow(spec.app.server, 'faqs', id, spec.team)
        await act(spec.app.server, spec.team.editor, 'faqs', id, 'withdraw', {
          reason: 'Needs a new look',
        })
        return { collection: 'faqs', id }
      },
    },
    {
      name: 'with the author as signer',
      expected: 'the signer wrote or edited this content',
      prepare: async () => {
        // Written by someone who is now a pharmacist reviewer (reviewers cannot create content).
        const { id } = await spec.app.payload.create({
          collection: 'faqs',
          data: faqData(),
          user: spec.team.reviewer,
        })
        await act(spec.app.server, spec.team.editor, 'faqs', id, 'submit')
        // The sign-off endpoint refuses this, so the signature is planted as imported data would be.
        const doc = await latest({ collection: 'faqs', id })
        const fields = spec.app.payload.collections.faqs.config.flattenedFields
        await spec.app.payload.create({
          collection: 'signatures',
          data: {
            collectionSlug: 'faqs',
            documentId: id,
            versionId: 'imported',
            contentHash: contentHash(doc as unknown as Record<string, unknown>, fields),
            reviewer: spec.team.reviewer.id,
            printedName: 'Jane Doe, PharmD, RPh',
            meaning: 'Reviewed and approved for medical accuracy',
            signedAt: new Date().toISOString(),
          },
        })
        return { collection: 'faqs', id }
      },
    },
    {
      name: 'without a disclaimer',
      expected: 'attach a medical disclaimer',
      prepare: async () => {
        const id = await createAs(spec.app.server, spec.team.writer, 'faqs', {
          ...faqData(),
          disclaimer: null,
        })
        await approve(spec.app.server, 'faqs', id, spec.team.writer, spec.team.reviewer)
        return { collection: 'faqs', id }
      },
    },
    {
      name: 'for an article linking an unpublished FAQ',
      expected: 'publish the linked faqs',
      prepare: async () => {
        const faqId = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
        const id = await createAs(
          spec.app.server,
          spec.team.writer,
          'articles',
          articleData({ faqs: [faqId] }),
        )
        await approve(spec.app.server, 'articles', id, spec.team.writer, spec.team.reviewer)
        return { collection: 'articles', id }
      },
    },
    {
      name: 'for an article whose linked FAQ was revised and republished after its sign-off',
      expected: 'the page differs from what Jane Doe, PharmD, RPh signed: the FAQ',
      prepare: async () => {
        const faqId = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
        await publishThroughWorkflow(spec.app.server, 'faqs', faqId, spec.team)
        const id = await createAs(
          spec.app.server,
          spec.team.writer,
          'articles',
          articleData({ faqs: [faqId] }),
        )
        await approve(spec.app.server, 'articles', id, spec.team.writer, spec.team.reviewer)
        await request(spec.app.server)
          .patch(`/api/faqs/${faqId}?draft=true`)
          .set('Authorization', bearer(spec.team.writer.token))
          .send({ answer: richText('Take it with food.'), changeReason: 'New advice' })
        await publishThroughWorkflow(spec.app.server, 'faqs', faqId, spec.team)
        return { collection: 'articles', id }
      },
    },
  ]

  const graphqlError = (body: {
    errors?: { message: string; extensions?: { statusCode?: number } }[]
  }): Attempt => ({
    status: body.errors?.[0]?.extensions?.statusCode ?? 200,
    message: body.errors?.[0]?.message ?? '',
  })

  const restError = (response: request.Response): Attempt => ({
    status: response.status,
    message: String(response.body.errors?.[0]?.message ?? ''),
  })

  const paths: {
    name: string
    over: PublishPathGroup
    attempt: (subject: Subject) => Promise<Attempt>
  }[] = [
    {
      name: 'the workflow publish endpoint',
      over: 'rest',
      attempt: async ({ collection, id }) =>
        restError(await act(spec.app.server, spec.team.editor, collection, id, 'publish')),
    },
    {
      name: 'REST PATCH',
      over: 'rest',
      attempt: async ({ collection, id }) =>
        restError(
          await request(spec.app.server)
            .patch(`/api/${collection}/${id}`)
            .set('Authorization', bearer(spec.team.editor.token))
            .send({ _status: 'published' }),
        ),
    },
    {
      name: 'REST PATCH with ?draft=true',
      over: 'rest',
      attempt: async ({ collection, id }) =>
        restError(
          await request(spec.app.server)
            .patch(`/api/${collection}/${id}?draft=true`)
            .set('Authorization', bearer(spec.team.editor.token))
            .send({ _status: 'published' }),
        ),
    },
    {
      // With ?draft=true the bulk update works on each document's latest version, like the admin.
      name: 'bulk REST PATCH by where',
      over: 'rest',
      attempt: async ({ collection, id }) =>
        restError(
          await request(spec.app.server)
            .patch(`/api/${collection}`)
            .query({ 'where[id][equals]': id, draft: 'true' })
            .set('Authorization', bearer(spec.team.editor.token))
            .send({ _status: 'published' }),
        ),
    },
    {
      name: 'GraphQL update',
      over: 'other',
      attempt: async ({ collection, id }) => {
        const type = GRAPHQL_TYPE[collection]
        const response = await request(spec.app.server)
          .post('/api/graphql')
          .set('Authorization', bearer(spec.team.editor.token))
          .send({
            query: `mutation ($id: String!) { update${type}(id: $id, data: { _status: published }) { id } }`,
            variables: { id },
          })
        return graphqlError(response.body)
      },
    },
    {
      name: 'the Local API with overrideAccess: false',
      over: 'other',
      attempt: async ({ collection, id }) => {
        try {
          await spec.app.payload.update({
            collection,
            id,
            data: { _status: 'published' },
            user: spec.team.editor,
            overrideAccess: false,
          })
          return { status: 200, message: '' }
        } catch (error) {
          const { status, message } = error as { status?: number; message: string }
          return { status: status ?? 500, message }
        }
      },
    },
    {
      name: 'version restore',
      over: 'other',
      attempt: async ({ collection, id }) => {
        // A version marked published in the history (as data imported from elsewhere would be).
        const { docs } = await spec.app.payload.findVersions({
          collection,
          where: { parent: { equals: id } },
          sort: '-updatedAt',
          limit: 1,
          depth: 0,
        })
        await spec.app.payload.db.updateVersion({
          collection,
          id: docs[0].id,
          versionData: { ...docs[0], version: { ...docs[0].version, _status: 'published' } },
        } as never)
        return restError(
          await request(spec.app.server)
            .post(`/api/${collection}/versions/${docs[0].id}`)
            .set('Authorization', bearer(spec.team.editor.token))
            .send({}),
        )
      },
    },
  ]

  describe.each(
    paths.filter((path) => path.over === group).map((path) => [path.name, path] as const),
  )('through %s', (_name, path) => {
    it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
      'refuses a publish %s, says why, audits it and leaves the live version as it was',
      async (_scenario, scenario) => {
        const subject = await scenario.prepare()
        const liveBefore = await live(subject)
        const refusedBefore = await refusals(subject)

        const attempt = await path.attempt(subject)

        expect(attempt.status).toBeGreaterThanOrEqual(400)
        expect(attempt.status).toBeLessThan(500)
        expect(attempt.message).toContain(scenario.expected)
        expect(await live(subject)).toEqual(liveBefore)
        expect(await refusals(subject)).toBeGreaterThan(refusedBefore)
      },
    )
  })

  return { spec, live, graphqlError }
}
