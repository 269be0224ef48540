import { describe, expect, it } from '@jest/globals'

import { DeliveryCache, renderJson } from '../src/delivery/pageCache'

/** The cache's rules for writes that race reads, which a single HTTP client cannot interleave. */
const parse = (body: Uint8Array) => JSON.parse(new TextDecoder().decode(body))

describe('delivery cache consistency', () => {
  it('serves, but does not keep, a page rendered while content changed', async () => {
    const cache = new DeliveryCache(60)
    let renders = 0
    const render = async () => {
      renders += 1
      if (renders === 1) cache.invalidate()
      return renderJson({ version: renders })
    }
    expect(parse((await cache.getOrRender('page', render))!.body)).toEqual({ version: 1 })
    expect(parse((await cache.getOrRender('page', render))!.body)).toEqual({ version: 2 })
    expect(parse((await cache.getOrRender('page', render))!.body)).toEqual({ version: 2 })
  })

  it('empties again when a transaction that changed content commits, not when it rolls back', async () => {
    const cache = new DeliveryCache(60)
    let version = 0
    const render = async () => renderJson({ version })
    const cachedVersion = async () => parse((await cache.getOrRender('page', render))!.body).version

    cache.invalidate()
    cache.invalidateOnCommit('tx-1')
    expect(await cachedVersion()).toBe(0)
    version = 1
    cache.transactionEnded('tx-1', true)
    expect(await cachedVersion()).toBe(1)

    cache.invalidateOnCommit('tx-2')
    version = 2
    cache.transactionEnded('tx-2', false)
    expect(await cachedVersion()).toBe(1)
  })

  it('keeps nothing when the time to live is 0', async () => {
    const cache = new DeliveryCache(0)
    let version = 0
    const render = async () => renderJson({ version: ++version })
    await cache.getOrRender('page', render)
    expect(parse((await cache.getOrRender('page', render))!.body)).toEqual({ version: 2 })
  })
})
