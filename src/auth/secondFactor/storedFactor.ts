import type { Payload, PayloadRequest } from 'payload'

/** The second factor as stored on the account; hidden fields, written by this module only. */
export type StoredSecondFactor = {
  id: number | string
  email?: string
  role?: string | null
  totpSecret?: null | string
  totpPendingSecret?: null | string
  totpLastStep?: null | number
  totpRecoveryCodes?: null | string[]
  totpEnrolledAt?: null | string
}

export const isEnrolled = (account: Pick<StoredSecondFactor, 'totpSecret'>): boolean =>
  Boolean(account.totpSecret)

/** The account with its hidden fields, read outside any transaction unless `req` is given. */
export const readSecondFactor = async (
  payload: Payload,
  id: number | string,
  req?: PayloadRequest,
): Promise<StoredSecondFactor | null> =>
  (await payload.db.findOne({
    collection: 'users',
    where: { id: { equals: id } },
    req,
  })) as StoredSecondFactor | null

/**
 * Writes the hidden fields straight to the database: no account hooks run (a second factor is
 * not an account change that ends sessions or needs the current password), and no API can.
 */
export const writeSecondFactor = async (
  payload: Payload,
  id: number | string,
  data: Partial<Omit<StoredSecondFactor, 'id'>>,
): Promise<void> => {
  await payload.db.updateOne({ collection: 'users', id, data, returning: false })
}

/**
 * Records `step` as the last code used, only when it is after the last one: one atomic update,
 * so two requests with the same code cannot both pass. False when the code was already used.
 */
export const claimStep = async (
  payload: Payload,
  id: number | string,
  step: number,
): Promise<boolean> => {
  const claimed = await payload.db.updateOne({
    collection: 'users',
    where: { and: [{ id: { equals: id } }, { totpLastStep: { less_than: step } }] },
    data: { totpLastStep: step },
    options: { atomic: true },
    select: { id: true },
  })
  return Boolean(claimed)
}
