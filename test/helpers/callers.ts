import type { Test } from 'supertest'

import type { Caller } from './accessTable'
import { startTestAppFrom, type TestApp } from './testApp'

import { createTeam, type Team } from './team'
import { bearer, createConsumerKey } from './users'

export type Callers = { team: Team; consumerKey: string }

/** A signed-in account per staff role and a consumer with an API key, as downstream sites use. */
export const createCallers = async (app: TestApp): Promise<Callers> => {
  const team = await createTeam(app.payload, app.server)
  const consumerKey = await createConsumerKey(app.payload)
  app.knownSecrets.push(consumerKey)
  return { team, consumerKey }
}

/** A fresh app with the callers of createCallers already in place (this run's `callers` template). */
export const startCallersApp = async (
  env: Record<string, string> = {},
): Promise<{ app: TestApp; callers: Callers }> => {
  const { app, data } = await startTestAppFrom('callers', env)
  if (!data.team || !data.consumerKey) throw new Error('the callers template has no callers')
  return { app, callers: { team: data.team, consumerKey: data.consumerKey } }
}

/** Sets the caller's credentials on a supertest request. */
export const as = (request: Test, caller: Caller, callers: Callers): Test => {
  if (caller === 'anonymous') return request
  if (caller === 'consumer')
    return request.set('Authorization', `users API-Key ${callers.consumerKey}`)
  return request.set('Authorization', bearer(callers.team[caller].token))
}
