import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export const ENCODINGS = ['br', 'gzip', 'identity'] as const
export type Encoding = (typeof ENCODINGS)[number]

export type PageEncodings = Record<Encoding, Uint8Array>

// Brotli's top quality (11) costs ~35 ms on a 42 kB page for 1% fewer bytes than 9: publication
// re-renders pages in its transaction, so it pays for that per page.
const BROTLI_QUALITY = 9

/** One encoding of a body (for what is encoded when it is asked for: list pages, old pages). */
export const encodeAs = (body: Uint8Array, encoding: Encoding): Uint8Array =>
  encoding === 'gzip'
    ? gzipSync(body, { level: 9 })
    : encoding === 'br'
      ? brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          },
        })
      : body

/** A rendered body with its gzip and Brotli encodings, computed once when the page is stored. */
export const encodePage = (body: Uint8Array): PageEncodings => ({
  identity: body,
  gzip: encodeAs(body, 'gzip'),
  br: encodeAs(body, 'br'),
})

/** The ETag of one representation: the content's own for identity, suffixed per encoding. */
export const representationTag = (contentTag: string, encoding: Encoding): string =>
  encoding === 'identity' ? contentTag : `${contentTag.slice(0, -1)}-${encoding}"`
