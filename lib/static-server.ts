// Serves a built deck under a base path, with the single-page fallback Slidev's history
// router needs. Used by scripts/serve.ts (tests, previews) and scripts/contact-sheet.ts.
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import sirv from 'sirv'

export interface StaticSite {
  server: Server
  /** The deck's address, ending in the base path: http://localhost:4173/talks/x/ */
  url: string
  close: () => Promise<void>
}

/** Starts serving `dir` at `base` on `port` (0: any free port) on localhost. */
export function serveStatic(dir: string, base = '/', port = 0): Promise<StaticSite> {
  const root = resolve(dir)
  if (!existsSync(resolve(root, 'index.html')))
    throw new Error(`serve: ${root}/index.html does not exist. Build the deck first: npm run build -- --out ${dir}${base !== '/' ? ` --base ${base}` : ''}`)
  const prefix = base.endsWith('/') ? base : `${base}/`
  const files = sirv(root, { single: true, dev: false, etag: true })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(prefix) && `${url}/` !== prefix) {
      res.writeHead(302, { Location: prefix })
      res.end()
      return
    }
    req.url = `/${url.slice(prefix.length)}`
    files(req, res, () => {
      res.writeHead(404)
      res.end('not found')
    })
  })
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo
      ok({
        server,
        url: `http://localhost:${actual}${prefix}`,
        close: () => new Promise(done => server.close(() => done())),
      })
    })
  })
}
