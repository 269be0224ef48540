import { createServer, type Server } from 'node:http'

/**
 * The cache floor: pre-rendered bytes served from memory by bare node:http, with their
 * `Content-Encoding` when they are compressed.
 */
export const startStaticServer = async (
  body: Uint8Array,
  encoding?: string,
): Promise<{ server: Server; url: string }> => {
  const buffer = Buffer.from(body)
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': buffer.length,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    })
    res.end(buffer)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as { port: number }
  return { server, url: `http://127.0.0.1:${address.port}` }
}
