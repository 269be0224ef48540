import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import { settingsOf } from '../config/settings'
import { safeJson } from './safeJson'

/** A rendered delivery response: the body's bytes exactly as sent and its ETag. */
export type RenderedJson = { body: Uint8Array<ArrayBuffer>; etag: string }

type Entry = RenderedJson & { expiresAt: number }

const MAX_ENTRIES = 5_000

export const renderJson = (body: unknown): RenderedJson => {
  const bytes = new TextEncoder().encode(safeJson(body))
  return {
    body: bytes,
    etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`,
  }
}

/**
 * Rendered delivery pages kept in memory, emptied whenever published content changes. Entries
 * also expire after `ttlSeconds`, which bounds how stale another instance's copy can be.
 */
export class DeliveryCache {
  private readonly entries = new Map<string, Entry>()
  private generation = 0
  private readonly transactionsToWatch = new Set<number | string>()

  constructor(private readonly ttlSeconds: number) {}

  /**
   * Serves `key` from memory or renders it. A render that overlaps an invalidation is served
   * but not kept, since it may have read the content as it was before the change.
   */
  async getOrRender(
    key: string,
    render: () => Promise<RenderedJson | null>,
  ): Promise<RenderedJson | null> {
    const now = Date.now()
    const entry = this.entries.get(key)
    if (entry && entry.expiresAt > now) return entry
    if (entry) this.entries.delete(key)
    const generation = this.generation
    const rendered = await render()
    if (rendered && this.ttlSeconds > 0 && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES)
        this.entries.delete(this.entries.keys().next().value as string)
      this.entries.set(key, { ...rendered, expiresAt: now + this.ttlSeconds * 1000 })
    }
    return rendered
  }

  /** How many times the cache was emptied since start-up. */
  get invalidations(): number {
    return this.generation
  }

  invalidate(): void {
    this.generation += 1
    this.entries.clear()
  }

  /** Invalidate again once `transactionID` commits: reads before the commit still saw the old content. */
  invalidateOnCommit(transactionID: number | string): void {
    this.transactionsToWatch.add(transactionID)
  }

  transactionEnded(transactionID: number | string | undefined, committed: boolean): void {
    if (transactionID === undefined || !this.transactionsToWatch.delete(transactionID)) return
    if (committed) this.invalidate()
  }
}

const caches = new WeakMap<Payload, DeliveryCache>()

const watchTransactions = (payload: Payload, cache: DeliveryCache) => {
  const { commitTransaction, rollbackTransaction } = payload.db
  payload.db.commitTransaction = async (id) => {
    await commitTransaction.call(payload.db, id)
    cache.transactionEnded(id instanceof Promise ? await id : id, true)
  }
  payload.db.rollbackTransaction = async (id) => {
    await rollbackTransaction.call(payload.db, id)
    cache.transactionEnded(id instanceof Promise ? await id : id, false)
  }
}

export const deliveryCacheFor = (payload: Payload): DeliveryCache => {
  let cache = caches.get(payload)
  if (!cache) {
    cache = new DeliveryCache(settingsOf(payload).deliveryMemoryCacheSeconds)
    watchTransactions(payload, cache)
    caches.set(payload, cache)
  }
  return cache
}
