import type { Encoding } from '../bytes/pageEncodings'

// Equal weights go to the smallest body.
const PREFERENCE: Encoding[] = ['br', 'gzip', 'identity']

const weightsOf = (header: string): Map<string, number> => {
  const weights = new Map<string, number>()
  for (const item of header.split(',')) {
    const [coding, ...params] = item.trim().toLowerCase().split(';')
    if (!coding) continue
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
    const weight = q ? Number(q.slice(2)) : 1
    weights.set(coding === 'x-gzip' ? 'gzip' : coding, Number.isFinite(weight) ? weight : 0)
  }
  return weights
}

/**
 * The encoding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3, with q-values and `*`),
 * or undefined when the caller accepts none we have (a 406). No header: identity.
 */
export const negotiateEncoding = (header: null | string | undefined): Encoding | undefined => {
  if (header === undefined || header === null) return 'identity'
  const weights = weightsOf(header)
  const star = weights.get('*')
  const weightOf = (encoding: Encoding) =>
    weights.get(encoding) ?? (encoding === 'identity' ? (star === 0 ? 0 : 1) : (star ?? 0))
  let best: Encoding | undefined
  for (const encoding of PREFERENCE) {
    const weight = weightOf(encoding)
    if (weight > 0 && (!best || weight > weightOf(best))) best = encoding
  }
  return best
}
