import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { fieldRefusal } from '../../../errors'
import { passwordProblem } from '../../../validation/passwordPolicy'

type PasswordArgs = {
  data?: Record<string, unknown>
  id?: number | string
  where?: Where
}

const refuse = (problem: string | undefined) => {
  if (problem) throw fieldRefusal('users', 'password', problem)
}

/** The addresses the new password must not contain: the one sent, else the accounts' own. */
const addressesOf = async (req: PayloadRequest, args: PasswordArgs): Promise<unknown[]> => {
  if (typeof args.data?.email === 'string') return [args.data.email]
  const where = args.id !== undefined ? { id: { equals: args.id } } : args.where
  if (!where) return []
  const { docs } = await req.payload.db.find({
    collection: 'users',
    where,
    limit: 0,
    pagination: false,
    req,
  })
  return docs.map((doc) => (doc as { email?: unknown }).email)
}

const resettingAccountEmail = async (req: PayloadRequest, token: unknown) => {
  if (typeof token !== 'string' || !token) return undefined
  const account = await req.payload.db.findOne({
    collection: 'users',
    where: { resetPasswordToken: { equals: token } },
    req,
  })
  return (account as { email?: unknown } | null)?.email
}

/**
 * Payload's own password check only refuses an empty password, so every way a password is set
 * asks passwordProblem here: create (REST, GraphQL, Local API, the first-user screen, which
 * creates through the Local API), update by id or in bulk, and the reset link's resetPassword
 * (whose collection hooks see only the stored hash). Trusted server code is held to it too.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const { data } = args as PasswordArgs
  if (!data || !('password' in data)) return args
  const { password } = data
  if (operation === 'resetPassword') {
    refuse(passwordProblem(password, await resettingAccountEmail(req, data.token)))
  } else if (operation === 'create') {
    refuse(passwordProblem(password, data.email))
  } else if (operation === 'update' && password !== '' && password != null) {
    refuse(passwordProblem(password))
    for (const email of await addressesOf(req, args as PasswordArgs)) {
      refuse(passwordProblem(password, email))
    }
  }
  return args
}
