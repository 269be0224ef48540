import { afterAll, beforeAll } from '@jest/globals'

import type { Team } from './team'
import type { TemplateName } from './templateRecipes'

import { startTestAppFrom, type TestApp } from './testApp'

export type TeamApp = { app: TestApp; team: Team }

const teamOf = (data: { team?: Team }): Team => {
  if (!data.team) throw new Error('this template has no team')
  return data.team
}

/**
 * A fresh app with one signed-in account per role (createTeam's), from this run's `team`
 * template; `withDisclaimer` adds the published default disclaimer useTeamApp has.
 */
export const startTeamApp = async (
  env: Record<string, string> = {},
  name: Extract<TemplateName, 'team' | 'teamAndDisclaimer'> = 'team',
): Promise<TeamApp> => {
  const { app, data } = await startTestAppFrom(name, env)
  return { app, team: teamOf(data) }
}

/**
 * The usual spec set-up: a fresh app, one signed-in account per role and a published default
 * disclaimer, closed after the spec. Read `app` and `team` from the returned object inside tests.
 */
export const useTeamApp = (env: Record<string, string> = {}): TeamApp => {
  const context = {} as TeamApp
  beforeAll(async () => {
    Object.assign(context, await startTeamApp(env, 'teamAndDisclaimer'))
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
    const { app, data } = await startTestAppFrom('seedAndTeam', env)
    Object.assign(context, { app, team: teamOf(data), articleId: data.articleId })
  })
  afterAll(async () => {
    await context.app?.close()
  })
  return context
}
