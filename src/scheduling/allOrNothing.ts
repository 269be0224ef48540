import type { PayloadRequest } from 'payload'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { beginTransaction as beginDrizzleTransaction } from '@payloadcms/drizzle'

import { ConflictError } from '../errors'
import { type DeferredRefusal, recordRefusal } from '../workflow/audit'
import { clearContext, writeContext } from '../shared/requestContext'

const BUSY_TIMEOUT_MS = 15_000

export const TRANSACTIONS_NEEDED =
  'Releases publish all of their items or none, which needs database transactions: run MongoDB as a replica set (a `replicaSet` in DATABASE_URI, as Atlas and the docker-compose set-up do) or use SQLite. Nothing was published.'

/**
 * The SQLite adapter keeps transactions off for ordinary writes (a refusal's audit entry is
 * written beside the request's transaction, which SQLite's single writer would block); the work
 * that must be all-or-nothing opens one explicitly. MongoDB has them on replica sets only.
 */
const beginTransaction = async (req: PayloadRequest): Promise<null | number | string> => {
  const { db } = req.payload
  if (db.name !== 'sqlite') return (await db.beginTransaction()) ?? null
  const id = (await beginDrizzleTransaction.call(db as never)) as string
  // The transaction took the client's connection; the next one opened serves everyone else's
  // writes, which wait for this transaction's lock instead of failing with SQLITE_BUSY.
  await (db as unknown as SQLiteAdapter).client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
  return id
}

/**
 * Runs `work` in one database transaction: everything it writes is stored, or nothing. Without
 * transactions (FerretDB, a standalone mongod) it refuses with a 409 when `required`, and
 * otherwise runs the work as ordinary writes. Refusals recorded inside are written after the
 * transaction ends, so a rollback keeps them.
 */
export const allOrNothing = async <T>(
  req: PayloadRequest,
  work: () => Promise<T>,
  { required }: { required: boolean },
): Promise<T> => {
  if (req.transactionID) return work()
  const transactionID = await beginTransaction(req)
  if (!transactionID) {
    if (required) throw new ConflictError(TRANSACTIONS_NEEDED)
    return work()
  }
  req.transactionID = transactionID
  const refusals: DeferredRefusal[] = []
  writeContext(req, 'refusalsAfterTransaction', refusals)
  try {
    const result = await work()
    await req.payload.db.commitTransaction(transactionID)
    return result
  } catch (error) {
    await req.payload.db.rollbackTransaction(transactionID)
    throw error
  } finally {
    delete req.transactionID
    clearContext(req, 'refusalsAfterTransaction')
    for (const refusal of refusals) await recordRefusal(req.payload, refusal.actor, refusal.entry)
  }
}
