/**
 * An example downstream site: lists the published articles and renders each page from the CMS's
 * delivery API, typed by downstream/api-types.ts. Run: CMS_URL=http://localhost:3000 npm run
 * example:site (PORT, default 4000; CMS_API_KEY when the CMS runs with PUBLIC_API=false).
 */
import { createServer } from 'node:http'

import { createCmsClient } from './cms'
import { renderArticle, renderIndex, renderNotFound } from './render'

const cms = createCmsClient({
  baseUrl: process.env.CMS_URL ?? 'http://localhost:3000',
  apiKey: process.env.CMS_API_KEY || undefined,
})
const port = Number(process.env.PORT ?? 4000)

const ARTICLE_PATH = /^\/articles\/([^/]+)$/

const slugIn = (pathname: string): string | undefined => {
  const segment = pathname.match(ARTICLE_PATH)?.[1]
  try {
    return segment && decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

const server = createServer(async (req, res) => {
  const send = (status: number, html: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...headers })
    res.end(html)
  }
  try {
    const { pathname } = new URL(req.url ?? '/', 'http://site')
    if (pathname === '/') {
      const list = await cms.listArticles()
      return list.data ? send(200, renderIndex(list.data)) : send(502, renderNotFound())
    }
    const slug = slugIn(pathname)
    const page = slug ? await cms.article(slug) : undefined
    if (!page?.data) return send(404, renderNotFound())
    // Shows whether the CMS answered 304 (this site's copy was still current).
    send(200, renderArticle(page.data), {
      'X-CMS-Revalidated': String('revalidated' in page && page.revalidated),
    })
  } catch (error) {
    console.error(error)
    send(502, '<h1>The CMS is not reachable</h1>')
  }
})

server.listen(port, '127.0.0.1', () => console.log(`Example site on http://127.0.0.1:${port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
