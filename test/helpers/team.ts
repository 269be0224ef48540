import type { Server } from 'node:http'
import type { Payload } from 'payload'

import type { Role, StaffRole } from '../../src/access/roles'
import type { User } from '../../src/payload-types'

import { createUser, loginToken } from './users'

export type Member = User & { password: string; token: string }

/** One signed-in account per role, plus a second pharmacist (four eyes) and a second writer. */
export type Team = Record<StaffRole | 'reviewer2' | 'writer2', Member>

/** A new account of `role`, signed in over HTTP (fixture through the Local API, see createUser). */
export const signedInMember = async (
  app: { payload: Payload; server: Server },
  role: Role,
  overrides: Parameters<typeof createUser>[2] = {},
): Promise<Member> => {
  const user = await createUser(app.payload, role, overrides)
  return { ...user, token: await loginToken(app.server, user.email, user.password) }
}

export const createTeam = async (payload: Payload, server: Server): Promise<Team> => {
  const member = (role: Role, overrides = {}) =>
    signedInMember({ payload, server }, role, overrides)
  return {
    admin: await member('admin'),
    editor: await member('editor'),
    writer: await member('writer'),
    writer2: await member('writer', { fullName: 'Wren Other' }),
    reviewer: await member('reviewer'),
    reviewer2: await member('reviewer', { fullName: 'Sam Second' }),
    qa: await member('qa', { fullName: 'Quinn Assurance' }),
  }
}
