import { describe, expect, it } from '@jest/globals'

import { articleData, richText } from './helpers/content'
import { checklistItem } from './helpers/evidence'
import { readLive } from './helpers/revisions'
import { useTeamApp } from './helpers/teamApp'
import { act, approve, createAs } from './helpers/workflow'

const HARD =
  'Pharmacokinetic characterization of intrathecal baclofen administration necessitates individualized titration methodologies. Concomitant administration of central nervous system depressants potentiates sedative pharmacodynamic interactions considerably.'
const EASY = 'Take it with food. Do not stop it fast. Tell your doctor if you feel sleepy.'

/** READABILITY_MAX_GRADE=8 makes a harder text a blocking publish requirement. */
describe('readability with a maximum grade', () => {
  const ctx = useTeamApp({ READABILITY_MAX_GRADE: '8' })

  const approvedArticle = async (text: string) => {
    const id = await createAs(
      ctx.app.server,
      ctx.team.writer,
      'articles',
      articleData({ summary: text, body: richText(text) }),
    )
    await approve(ctx.app.server, 'articles', id, ctx.team.writer, ctx.team.reviewer)
    return id
  }

  it('refuses to publish an article above the maximum, naming the sections to simplify', async () => {
    const id = await approvedArticle(HARD)
    const item = await checklistItem(ctx, 'articles', id, 'readability')
    expect(item?.met).toBe(false)
    expect(item?.label).toMatch(/^Reading grade \d+(\.\d)? \(Flesch–Kincaid\), at most 8$/)
    expect(item?.problems[0]).toMatch(
      /^the reading grade \d+(\.\d)? is above the maximum of 8; simplify the summary \(grade \d+(\.\d)?\), the introduction \(grade /,
    )
    const published = await act(ctx.app.server, ctx.team.editor, 'articles', id, 'publish')
    expect(published.status).toBe(409)
    expect(JSON.stringify(published.body.errors[0].data.requirements)).toContain(
      'is above the maximum of 8',
    )
    expect((await readLive(ctx.app.server, 'articles', id)).status).toBe(404)
  })

  it('publishes an article within the maximum', async () => {
    const id = await approvedArticle(EASY)
    expect((await checklistItem(ctx, 'articles', id, 'readability'))?.met).toBe(true)
    const published = await act(ctx.app.server, ctx.team.editor, 'articles', id, 'publish')
    expect(published.status).toBe(200)
    expect((await readLive(ctx.app.server, 'articles', id)).status).toBe(200)
  })

  it('refuses the same publish through the Local API', async () => {
    const id = await approvedArticle(HARD)
    await expect(
      ctx.app.payload.update({
        collection: 'articles',
        id,
        data: { _status: 'published' },
        user: ctx.team.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/above the maximum of 8/)
    expect((await readLive(ctx.app.server, 'articles', id)).status).toBe(404)
  })
})
