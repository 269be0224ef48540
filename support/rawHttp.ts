import { type IncomingHttpHeaders, request, type Server } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

export type RawAnswer = { status: number; headers: IncomingHttpHeaders; body: Buffer }

const listening = async (server: Server): Promise<number> => {
  if (!server.listening)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as { port: number }).port
}

/** One request to `url` (an origin) with exactly these headers, and the body's bytes as sent. */
export const rawRequestTo = (
  url: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawAnswer> => {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: hostname, port, method, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
      res.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

/**
 * One request with exactly these headers and the body's bytes as sent (supertest and fetch decode
 * gzip and br themselves). Leaves the server listening: close it after the spec.
 */
export const rawRequest = async (
  server: Server,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawAnswer> =>
  rawRequestTo(`http://127.0.0.1:${await listening(server)}`, method, path, headers)

/** The body as the page's text, undoing its Content-Encoding. */
export const decodedText = ({ headers, body }: RawAnswer): string => {
  const encoding = headers['content-encoding']
  const bytes =
    encoding === 'gzip' ? gunzipSync(body) : encoding === 'br' ? brotliDecompressSync(body) : body
  return bytes.toString('utf8')
}
