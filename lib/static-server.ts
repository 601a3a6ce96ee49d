// Serves a built deck under a base path, with the single-page fallback Slidev's history
// router needs. Used in-process by the export, the benchmark and the contact sheet, and by scripts/serve.ts.
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import sirv from 'sirv'

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/talks/rust-for-linux/ (always ends in /). */
  url: string
  port: number
  close: () => Promise<void>
}

export function normalizeBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`
  return withLead.endsWith('/') ? withLead : `${withLead}/`
}

/** Starts serving `dir` on 127.0.0.1; port 0 picks a free port. */
export async function serveStatic(dir: string, options: { base?: string, port?: number } = {}): Promise<StaticServer> {
  const base = normalizeBase(options.base ?? '/')
  if (!existsSync(resolve(dir, 'index.html')))
    throw new Error(`serve: ${resolve(dir)}/index.html does not exist. Build the deck first: npm run build -- --out ${dir}${base !== '/' ? ` --base ${base}` : ''}`)
  const files = sirv(dir, { single: true, dev: false, etag: true })
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base) && `${url}/` !== base) {
      res.writeHead(302, { Location: base })
      res.end()
      return
    }
    req.url = `/${url.slice(base.length)}`
    files(req, res, () => {
      res.writeHead(404)
      res.end('not found')
    })
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => ok())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections()
      server.close(() => ok())
    }),
  }
}
