// Serves a built deck under a base path, with the single-page fallback Slidev's
// history router needs. Used by the end-to-end tests and for previewing a hosted build.
//   tsx scripts/serve.ts [--dir dist] [--base /talks/rust-for-linux/] [--port 4173]
import { parseArgs } from 'node:util'
import { serveStatic } from '../lib/static-server'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4173' },
  },
})

try {
  const site = await serveStatic(values.dir, values.base, Number(values.port))
  console.log(`Serving ${values.dir} at ${site.url}`)
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
