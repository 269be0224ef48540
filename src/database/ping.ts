import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

const withTimeout = <T>(work: Promise<T>, timeoutMs: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`database did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    )
    work.then(resolve, reject).finally(() => clearTimeout(timer))
  })

const sendPing = async (payload: Payload): Promise<void> => {
  if (payload.db.name === 'mongoose') {
    const { connection } = payload.db as unknown as MongooseAdapter
    const CONNECTED = 1
    if (!connection?.db || connection.readyState !== CONNECTED) {
      throw new Error('MongoDB connection is not open')
    }
    await connection.db.command({ ping: 1 })
    return
  }
  const { client } = payload.db as unknown as SQLiteAdapter
  await client.execute('select 1')
}

/** Resolves when the database answers a trivial query; rejects when it is down or too slow. */
export const pingDatabase = (payload: Payload, timeoutMs: number): Promise<void> =>
  withTimeout(sendPing(payload), timeoutMs)
