import type { Encoding } from '../bytes/pageEncodings'

type Remembered = { etag: string; bytes: Partial<Record<Encoding, Uint8Array>>; size: number }

/**
 * Hot pages' bytes, least recently used first out, within a byte budget. It never decides what
 * is live: every read is checked against the store's current ETag for the slug before it is used.
 */
export class PageMemory {
  private readonly pages = new Map<string, Remembered>()
  private used = 0

  constructor(private readonly budgetBytes: number) {}

  /** The bytes kept for this slug's content `etag`, or undefined. */
  get(slug: string, etag: string, encoding: Encoding): Uint8Array | undefined {
    const page = this.pages.get(slug)
    if (!page) return undefined
    if (page.etag !== etag) {
      this.forget(slug)
      return undefined
    }
    // Re-inserted: the Map's order is the recency order.
    this.pages.delete(slug)
    this.pages.set(slug, page)
    return page.bytes[encoding]
  }

  remember(slug: string, etag: string, encoding: Encoding, bytes: Uint8Array): void {
    if (bytes.byteLength > this.budgetBytes) return
    let page = this.pages.get(slug)
    if (page?.etag !== etag) {
      this.forget(slug)
      page = { etag, bytes: {}, size: 0 }
      this.pages.set(slug, page)
    }
    const previous = page.bytes[encoding]?.byteLength ?? 0
    page.bytes[encoding] = bytes
    page.size += bytes.byteLength - previous
    this.used += bytes.byteLength - previous
    for (const [oldest] of this.pages) {
      if (this.used <= this.budgetBytes) break
      this.forget(oldest)
    }
  }

  forget(slug: string): void {
    const page = this.pages.get(slug)
    if (!page) return
    this.used -= page.size
    this.pages.delete(slug)
  }
}
