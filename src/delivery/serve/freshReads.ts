/**
 * Shares store reads between concurrent requests without ever answering one with a read that
 * began before it arrived: a request that finds a read of its key in flight waits for the next
 * one, which starts when that read ends and serves every request that queued meanwhile. So a
 * hot page costs at most two reads in flight, and a withdrawal committed before a request
 * arrived is seen by it (the two-instance test relies on that).
 */
export const freshReads = <T>(read: (key: string) => Promise<T>): ((key: string) => Promise<T>) => {
  const running = new Map<string, Promise<T>>()
  const queued = new Map<string, Promise<T>>()
  const start = (key: string): Promise<T> => {
    const reading: Promise<T> = read(key).finally(() => {
      if (running.get(key) === reading) running.delete(key)
    })
    running.set(key, reading)
    return reading
  }
  return (key) => {
    const inFlight = running.get(key)
    if (!inFlight) return start(key)
    let next = queued.get(key)
    if (!next) {
      const settled = inFlight.then(
        () => undefined,
        () => undefined,
      )
      next = settled.then(() => {
        queued.delete(key)
        return start(key)
      })
      queued.set(key, next)
    }
    return next
  }
}
