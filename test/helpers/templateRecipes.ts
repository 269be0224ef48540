import type { Server } from 'node:http'
import type { Payload } from 'payload'

import { seedDatabase } from '../../seed/seedDatabase'
import { createTeam, type Team } from './team'
import { createConsumerKey } from './users'
import { publishDefaultDisclaimer } from './workflow'

import type { Pbkdf2MemoEntries } from './passwordKeyMemo'

/**
 * What a spec gets besides the database: the accounts (with their passwords and tokens), … and
 * the password keys the builder derived (test/helpers/pbkdf2Memo.cjs).
 */
export type TemplateData = {
  team?: Team
  consumerKey?: string
  articleId?: string
  passwordKeys?: Pbkdf2MemoEntries
}

type Recipe = (payload: Payload, server: Server) => Promise<TemplateData>

/** The signed-in team, then a consumer account with an API key, as downstream sites use. */
const callers: Recipe = async (payload, server) => {
  const team = await createTeam(payload, server)
  return { team, consumerKey: await createConsumerKey(payload) }
}

/**
 * The databases specs start from, built once per test run (test/helpers/templates.ts) in the
 * same steps a spec took before: the password hashes, logins and the seed's sign-offs are paid once.
 */
export const TEMPLATE_RECIPES = {
  /** The schema only (what Payload's development push creates). */
  schema: async () => ({}),
  /** One signed-in account per role (createTeam). */
  team: async (payload, server) => ({ team: await createTeam(payload, server) }),
  /** The team and a published default disclaimer (useTeamApp). */
  teamAndDisclaimer: async (payload, server) => {
    const team = await createTeam(payload, server)
    await publishDefaultDisclaimer(payload)
    return { team }
  },
  /** The team and a consumer with an API key (createCallers). */
  callers,
  /** The seed content, then the team (useSeededTeamApp). */
  seedAndTeam: async (payload, server) => {
    const { articleId } = await seedDatabase(payload)
    return { articleId, team: await createTeam(payload, server) }
  },
} satisfies Record<string, Recipe>

export type TemplateName = keyof typeof TEMPLATE_RECIPES
