import { afterAll, beforeAll } from '@jest/globals'

import { seedDatabase } from '../../seed/seedDatabase'
import { createTeam, type Team } from './team'
import { startTestApp, type TestApp } from './testApp'
import { publishDefaultDisclaimer } from './workflow'

export type TeamApp = { app: TestApp; team: Team }

/**
 * The usual spec set-up: a fresh app, one signed-in account per role and a published default
 * disclaimer, closed after the spec. Read `app` and `team` from the returned object inside tests.
 */
export const useTeamApp = (env: Record<string, string> = {}): TeamApp => {
  const context = {} as TeamApp
  beforeAll(async () => {
    context.app = await startTestApp(env)
    context.team = await createTeam(context.app.payload, context.app.server)
    await publishDefaultDisclaimer(context.app.payload)
  })
  afterAll(async () => {
    await context.app?.close()
  })
  return context
}

export type SeededTeamApp = TeamApp & { articleId: string }

/** A fresh app with the seed content (the baclofen article, published) and one account per role. */
export const useSeededTeamApp = (env: Record<string, string> = {}): SeededTeamApp => {
  const context = {} as SeededTeamApp
  beforeAll(async () => {
    context.app = await startTestApp(env)
    context.articleId = (await seedDatabase(context.app.payload)).articleId
    context.team = await createTeam(context.app.payload, context.app.server)
  })
  afterAll(async () => {
    await context.app?.close()
  })
  return context
}
