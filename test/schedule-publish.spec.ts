import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { schedulePublishForPublishers } from '../src/admin/serverFunctions'
import { articleData } from './helpers/content'
import { type Member } from './helpers/team'
import { useTeamApp } from './helpers/teamApp'
import { approve, createAs } from './helpers/workflow'

/**
 * The admin's schedule-publish server function, as the admin layout registers it (Next's server
 * action transport aside): called with the request Payload builds for the signed-in user.
 */
describe('scheduling a publication from the admin', () => {
  const spec = useTeamApp()
  let articleId: string

  const schedule = async (member: Member, extra: Record<string, unknown> = {}) =>
    schedulePublishForPublishers({
      type: 'publish',
      date: new Date(Date.now() + 3600_000),
      doc: { relationTo: 'articles', value: articleId },
      req: await createLocalReq(
        { user: { ...member, collection: 'users' } as never },
        spec.app.payload,
      ),
      ...extra,
    } as never)
  const scheduledJobs = async () =>
    (
      await spec.app.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' } },
        depth: 0,
      })
    ).docs

  beforeAll(async () => {
    articleId = await createAs(spec.app.server, spec.team.writer, 'articles', articleData())
    await approve(spec.app.server, 'articles', articleId, spec.team.writer, spec.team.reviewer)
  })

  it.each(['writer', 'reviewer'] as const)(
    'refuses a %s scheduling a publication; no job is queued',
    async (role) => {
      const before = (await scheduledJobs()).length
      const result = (await schedule(spec.team[role])) as { error?: string }
      expect(result.error).toMatch(/Only editor or admin accounts can schedule/)
      expect(await scheduledJobs()).toHaveLength(before)
    },
  )

  it('lets an editor schedule it, and refuses a writer cancelling it', async () => {
    const result = (await schedule(spec.team.editor)) as { error?: string; message?: string }
    expect(result.error).toBeUndefined()
    const [job] = await scheduledJobs()
    expect(job).toBeDefined()
    const cancelled = (await schedule(spec.team.writer, { deleteID: job.id })) as { error?: string }
    expect(cancelled.error).toMatch(/Only editor or admin/)
    expect((await scheduledJobs()).map((candidate) => candidate.id)).toContain(job.id)
  })

  it('refuses a scheduled unpublish, even for an editor: withdrawing records a reason', async () => {
    const before = (await scheduledJobs()).length
    const result = (await schedule(spec.team.editor, { type: 'unpublish' })) as { error?: string }
    expect(result.error).toMatch(/withdrawing it with a reason/)
    expect(await scheduledJobs()).toHaveLength(before)
  })
})
