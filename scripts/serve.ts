// Serves a built deck under a base path, with the single-page fallback Slidev's
// history router needs. Used by the end-to-end tests and for previewing a hosted build.
//   tsx scripts/serve.ts [--dir dist] [--base /talks/rust-for-linux/] [--port 4173]
import { createServer } from 'node:http'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import sirv from 'sirv'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4173' },
  },
})

const dir = resolve(values.dir)
if (!existsSync(resolve(dir, 'index.html'))) {
  console.error(`serve: ${dir}/index.html does not exist. Build the deck first: npm run build -- --out ${values.dir}${values.base !== '/' ? ` --base ${values.base}` : ''}`)
  process.exit(1)
}
const base = values.base.endsWith('/') ? values.base : `${values.base}/`
const files = sirv(dir, { single: true, dev: false, etag: true })

createServer((req, res) => {
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
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://localhost:${values.port}${base}`)
})
