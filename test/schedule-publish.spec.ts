import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { schedulePublishForPublishers } from '../src/admin/serverFunctions'
import { articleData } from './helpers/content'
import { createTeam, type Member, type Team } from './helpers/team'
import { startTestApp, type TestApp } from './helpers/testApp'
import { approve, createAs, publishDefaultDisclaimer } from './helpers/workflow'

/**
 * The admin's schedule-publish server function, as the admin layout registers it (Next's server
 * action transport aside): called with the request Payload builds for the signed-in user.
 */
describe('scheduling a publication from the admin', () => {
  let app: TestApp
  let team: Team
  let articleId: string

  const schedule = async (member: Member, extra: Record<string, unknown> = {}) =>
    schedulePublishForPublishers({
      type: 'publish',
      date: new Date(Date.now() + 3600_000),
      doc: { relationTo: 'articles', value: articleId },
      req: await createLocalReq({ user: { ...member, collection: 'users' } as never }, app.payload),
      ...extra,
    } as never)
  const scheduledJobs = async () =>
    (await app.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, depth: 0 })).docs

  beforeAll(async () => {
    app = await startTestApp()
    team = await createTeam(app.payload, app.server)
    await publishDefaultDisclaimer(app.payload)
    articleId = await createAs(app.server, team.writer, 'articles', articleData())
    await approve(app.server, 'articles', articleId, team.writer, team.reviewer)
  })

  afterAll(async () => {
    await app.close()
  })

  it.each(['writer', 'reviewer'] as const)('refuses a %s scheduling a publication; no job is queued', async (role) => {
    const before = (await scheduledJobs()).length
    const result = (await schedule(team[role])) as { error?: string }
    expect(result.error).toMatch(/Only editor or admin accounts can schedule/)
    expect(await scheduledJobs()).toHaveLength(before)
  })

  it('lets an editor schedule it, and refuses a writer cancelling it', async () => {
    const result = (await schedule(team.editor)) as { error?: string; message?: string }
    expect(result.error).toBeUndefined()
    const [job] = await scheduledJobs()
    expect(job).toBeDefined()
    const cancelled = (await schedule(team.writer, { deleteID: job.id })) as { error?: string }
    expect(cancelled.error).toMatch(/Only editor or admin/)
    expect((await scheduledJobs()).map((candidate) => candidate.id)).toContain(job.id)
  })

  it('refuses a scheduled unpublish, even for an editor: withdrawing records a reason', async () => {
    const before = (await scheduledJobs()).length
    const result = (await schedule(team.editor, { type: 'unpublish' })) as { error?: string }
    expect(result.error).toMatch(/withdrawing it with a reason/)
    expect(await scheduledJobs()).toHaveLength(before)
  })
})
