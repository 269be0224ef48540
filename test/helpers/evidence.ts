import type { Payload } from 'payload'

import request from 'supertest'

import type { Team } from './team'
import type { TestApp } from './testApp'

import { bearer } from './users'
import { createAs, faqData, publishThroughWorkflow } from './workflow'
import { articleData, richText } from './content'

export type EvidenceContext = { app: TestApp; team: Team }

/** A reference created by the writer over REST (its DOI or PMID is resolved on save). */
export const createReference = (ctx: EvidenceContext, data: Record<string, unknown>) =>
  createAs(ctx.app.server, ctx.team.writer, 'references', {
    title: `Reference ${Math.random().toString(36).slice(2, 8)}`,
    url: 'https://example.org/source',
    ...data,
  })

/** A published article citing `references` (each published first), about `drugs`. */
export const publishedArticleCiting = async (
  ctx: EvidenceContext,
  {
    references = [],
    drugs = [],
    body = 'Baclofen eases spasticity [1].',
  }: {
    references?: string[]
    drugs?: string[]
    body?: string
  },
) => {
  for (const id of references)
    await publishThroughWorkflow(ctx.app.server, 'references', id, ctx.team)
  const id = await createAs(
    ctx.app.server,
    ctx.team.writer,
    'articles',
    articleData({ body: richText(body), references, drugs }),
  )
  await publishThroughWorkflow(ctx.app.server, 'articles', id, ctx.team)
  return id
}

export const createFaq = (ctx: EvidenceContext, answer: string) =>
  createAs(ctx.app.server, ctx.team.writer, 'faqs', { ...faqData(), answer: richText(answer) })

export const checklistOf = async (ctx: EvidenceContext, collection: string, id: string) => {
  const status = await request(ctx.app.server)
    .get(`/api/${collection}/${id}/workflow`)
    .set('Authorization', bearer(ctx.team.editor.token))
  if (status.status !== 200) throw new Error(`status: ${JSON.stringify(status.body)}`)
  return status.body.checklist as {
    requirement: string
    label: string
    met: boolean
    problems: string[]
    notes?: string[]
  }[]
}

export const checklistItem = async (
  ctx: EvidenceContext,
  collection: string,
  id: string,
  requirement: string,
) => (await checklistOf(ctx, collection, id)).find((entry) => entry.requirement === requirement)

/**
 * What the watch jobs' cron does on the evidence queue, run now. Payload deletes a job once it
 * completes, so a job still stored did not complete (it waits for a retry or failed for good).
 */
export const runWatch = async (payload: Payload, task: 'watchDrugLabels' | 'watchRetractions') => {
  const queued = await payload.jobs.queue({ task, queue: 'evidence', input: {} })
  await payload.jobs.run({ queue: 'evidence' })
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { id: { equals: queued.id } },
    depth: 0,
  })
  return { completed: docs.length === 0, job: docs[0] }
}
