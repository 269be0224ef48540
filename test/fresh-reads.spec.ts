import { describe, expect, it } from '@jest/globals'

import { freshReads } from '../src/delivery/serve/freshReads'

/** A read that answers when told to, counting how many began. */
const controlledRead = () => {
  const pending: { resolve: (value: string) => void; reject: (error: Error) => void }[] = []
  let version = 0
  const read = (key: string) =>
    new Promise<string>((resolve, reject) => {
      const started = version
      pending.push({ resolve: () => resolve(`${key}@${started}`), reject })
    })
  return {
    read,
    pending,
    /** What the store holds changes: reads begun from now on see it. */
    commit: () => (version += 1),
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('fresh shared reads of a stored page’s validator', () => {
  it('never answers a request with a read that began before it arrived', async () => {
    const store = controlledRead()
    const validatorOf = freshReads(store.read)
    const first = validatorOf('page')
    store.commit()
    // Arrives after the commit, while the first read (begun before it) is in flight.
    const second = validatorOf('page')
    store.pending[0].resolve('')
    await expect(first).resolves.toBe('page@0')
    await tick()
    expect(store.pending).toHaveLength(2)
    store.pending[1].resolve('')
    await expect(second).resolves.toBe('page@1')
  })

  it('serves every request that queued during one read with a single next read', async () => {
    const store = controlledRead()
    const validatorOf = freshReads(store.read)
    const first = validatorOf('page')
    const queued = Array.from({ length: 50 }, () => validatorOf('page'))
    store.pending[0].resolve('')
    await first
    await tick()
    expect(store.pending).toHaveLength(2)
    store.pending[1].resolve('')
    expect(new Set(await Promise.all(queued))).toEqual(new Set(['page@0']))
    // Reads of other keys are not held up.
    const other = validatorOf('other')
    expect(store.pending).toHaveLength(3)
    store.pending[2].resolve('')
    await expect(other).resolves.toBe('other@0')
  })

  it('passes a failed read on to its requests and reads again for the next one', async () => {
    const store = controlledRead()
    const validatorOf = freshReads(store.read)
    const failing = validatorOf('page')
    const queued = validatorOf('page')
    store.pending[0].reject(new Error('database down'))
    await expect(failing).rejects.toThrow('database down')
    await tick()
    store.pending[1].resolve('')
    await expect(queued).resolves.toBe('page@0')
    const later = validatorOf('page')
    expect(store.pending).toHaveLength(3)
    store.pending[2].resolve('')
    await expect(later).resolves.toBe('page@0')
  })
})
