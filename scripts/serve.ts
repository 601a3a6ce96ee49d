// Serves a built deck under a base path (lib/static-server.ts). Used by the end-to-end
// tests and for previewing a hosted build. Stops on Ctrl-C or SIGTERM.
//   tsx scripts/serve.ts [--dir dist] [--base /talks/rust-for-linux/] [--port 4173]
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { onExit } from '../lib/processes'
import { normalizeBase, serveStatic } from '../lib/static-server'

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
try {
  const server = await serveStatic(dir, { base: values.base, port: Number(values.port) })
  onExit(server.close)
  console.log(`Serving ${dir} at http://localhost:${server.port}${normalizeBase(values.base)}`)
}
catch (error) {
  console.error(`serve: cannot listen on port ${values.port}: ${(error as Error).message}`)
  process.exit(1)
}
