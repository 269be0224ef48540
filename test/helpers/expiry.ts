import type { Payload } from 'payload'

import type { TeamApp } from './teamApp'

import { articleData, richText } from './content'
import { readLive } from './revisions'
import { createAs, publishThroughWorkflow } from './workflow'

export const DAY = 24 * 3600 * 1000

/** A live article, published through the workflow; its slug. */
export const liveArticle = async ({ app, team }: TeamApp, title: string) => {
  const id = await createAs(
    app.server,
    team.writer,
    'articles',
    articleData({ title, body: richText('Take baclofen three times a day.') }),
  )
  await publishThroughWorkflow(app.server, 'articles', id, team)
  const slug = (await readLive(app.server, 'articles', id)).body.slug as string
  return { id, slug }
}

/** Time passing: the live article's review fell due `daysAgo` days ago. */
export const reviewDueDaysAgo = async (payload: Payload, id: string, daysAgo: number) => {
  const due = new Date(Date.now() - daysAgo * DAY).toISOString()
  await payload.db.updateOne({
    collection: 'articles',
    where: { id: { equals: id } },
    data: { nextReviewDue: due },
  })
  return due
}

/** What the jobs queue's hourly cron does on the schedules queue, run now. */
export const runExpiry = async (payload: Payload) => {
  await payload.jobs.queue({ task: 'expireOverduePages', queue: 'schedules', input: {} })
  await payload.jobs.run({ queue: 'schedules', sequential: true })
}
