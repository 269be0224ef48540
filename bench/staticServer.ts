import { createServer, type Server } from 'node:http'

/** The cache floor: a pre-rendered JSON body served from memory by bare node:http. */
export const startStaticServer = async (body: string): Promise<{ server: Server; url: string }> => {
  const buffer = Buffer.from(body)
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': buffer.length,
    })
    res.end(buffer)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as { port: number }
  return { server, url: `http://127.0.0.1:${address.port}` }
}
