import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { checklistItem } from './helpers/evidence'
import { useSeededTeamApp } from './helpers/teamApp'

const SLUG = 'what-are-the-benefits-of-taking-baclofen'

/** The reading grade is shown per section and blocks nothing unless READABILITY_MAX_GRADE is set. */
describe('readability of the seeded article (no maximum configured)', () => {
  const ctx = useSeededTeamApp()

  it('shows the Flesch–Kincaid grade of the article and of each section, met', async () => {
    const item = await checklistItem(ctx, 'articles', ctx.articleId, 'readability')
    expect(item?.met).toBe(true)
    const grade = Number(
      item?.label.match(/^Reading grade (\d+(?:\.\d)?) \(Flesch–Kincaid\)$/)?.[1],
    )
    // Drug information for adults: between primary school and postgraduate, as any English prose.
    expect(grade).toBeGreaterThan(5)
    expect(grade).toBeLessThan(20)
    const notes = item?.notes ?? []
    expect(notes[0]).toMatch(/^the summary: grade \d+(\.\d)?$/)
    expect(notes).toContainEqual(expect.stringMatching(/^key point 1 "Reduces Spasticity": grade /))
    for (const heading of [
      'What is Baclofen and How Does it Work?',
      'Multiple Sclerosis (MS)',
      'Important Considerations and Side Effects',
    ]) {
      expect(notes).toContainEqual(
        expect.stringMatching(
          new RegExp(`^the section "${heading.replace(/[?()]/g, '\\$&')}": grade `),
        ),
      )
    }
    expect(notes.filter((note) => note.startsWith('key point'))).toHaveLength(7)
  })

  it('keeps the grade out of the delivery page', async () => {
    const page = await request(ctx.app.server).get(`/api/delivery/articles/${SLUG}`)
    expect(page.status).toBe(200)
    expect(page.text).not.toMatch(/readability|reading grade|flesch/i)
  })
})
