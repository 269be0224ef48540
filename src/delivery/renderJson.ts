import { createHash } from 'node:crypto'

import { safeJson } from './safeJson'

/** A rendered delivery response: the body's bytes exactly as sent and its ETag. */
export type RenderedJson = { body: Uint8Array<ArrayBuffer>; etag: string }

export const renderJson = (body: unknown): RenderedJson => {
  const bytes = new TextEncoder().encode(safeJson(body))
  return {
    body: bytes,
    etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`,
  }
}
