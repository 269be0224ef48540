import type { Encoding } from '../bytes/pageEncodings'

/** What a page's bytes were read with: its content ETag and purge keys. */
export type RememberedPage = {
  etag: string
  keys: string[]
  bytes: Partial<Record<Encoding, Uint8Array>>
  size: number
}

/**
 * Hot pages' bytes, least recently used first out, within a byte budget. It never decides what
 * is live: a copy is used only after the store's current ETag for the slug was read and matches.
 */
export class PageMemory {
  private readonly pages = new Map<string, RememberedPage>()
  private used = 0

  constructor(private readonly budgetBytes: number) {}

  get(slug: string): RememberedPage | undefined {
    const page = this.pages.get(slug)
    if (!page) return undefined
    // Re-inserted: the Map's order is the recency order.
    this.pages.delete(slug)
    this.pages.set(slug, page)
    return page
  }

  remember(
    slug: string,
    { etag, keys }: { etag: string; keys: string[] },
    encoding: Encoding,
    bytes: Uint8Array,
  ): void {
    if (bytes.byteLength > this.budgetBytes) return
    let page = this.pages.get(slug)
    if (page?.etag !== etag) {
      this.forget(slug)
      page = { etag, keys, bytes: {}, size: 0 }
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
