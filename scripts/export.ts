// npm run export            -> exports/rust-for-linux.pdf        (one page per slide)
// npm run export -- --with-clicks                                   (one page per click step)
// npm run export:notes      -> exports/rust-for-linux-notes.pdf  (handout: every slide with its notes)
// Options: --entry slides.md  --output path.pdf
// Chromium comes from lib/chromium.ts (CHROMIUM_PATH, Playwright's browser, or the system's).
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium, type Page } from 'playwright-chromium'
import { ChromiumNotFoundError, findChromium, QUIET_CHROMIUM_ARGS } from '../lib/chromium'
import { installPreparser } from '../lib/preparser'
import { ENTRY, EXPORT_BASENAME, EXPORT_DIR, ROOT } from '../lib/settings'

const { values } = parseArgs({
  options: {
    'entry': { type: 'string' },
    'output': { type: 'string' },
    'notes': { type: 'boolean', default: false },
    'with-clicks': { type: 'boolean', default: false },
  },
})

const slidevBin = resolve(ROOT, 'node_modules/.bin/slidev')

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: ROOT, env })
    child.on('error', fail)
    child.on('exit', code => code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}`)))
  })
}

async function exportSlides(entry: string, output: string, executable: string): Promise<void> {
  const args = ['export', entry, '--executable-path', executable, '--output', output, '--timeout', '60000']
  if (values['with-clicks'])
    args.push('--with-clicks')
  await run(slidevBin, args)
}

/** Runs `use` against a Slidev server in export mode (Slidev's public API) and our Chromium. */
async function withSlidevPage(entry: string, executable: string, use: (page: Page, origin: string) => Promise<void>): Promise<void> {
  const options = await resolveOptions({ entry }, 'export')
  const server = await createServer(options, { server: { port: 0 }, clearScreen: false, logLevel: 'warn' })
  await server.listen()
  const address = server.httpServer?.address()
  try {
    if (typeof address !== 'object' || !address)
      throw new Error('the Slidev server did not report its port')
    const browser = await chromium.launch({ executablePath: executable, args: [...QUIET_CHROMIUM_ARGS] })
    try {
      await use(await browser.newPage(), `http://localhost:${address.port}`)
    }
    finally {
      await browser.close()
    }
  }
  finally {
    await server.close()
  }
}

/**
 * The handout: Slidev's own printable notes view (/presenter/print), served in Slidev's
 * export mode and printed by our Chromium (Slidev's own export-notes command cannot be
 * given a browser path).
 */
async function exportNotes(entry: string, output: string, executable: string): Promise<void> {
  installPreparser()
  await withSlidevPage(entry, executable, async (page, origin) => {
    await page.goto(`${origin}/presenter/print`, { waitUntil: 'networkidle', timeout: 120_000 })
    await page.locator('#page-root').waitFor()
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, printBackground: true, preferCSSPageSize: true })
  })
}

try {
  const { path: executable, origin } = findChromium()
  const entry = resolve(values.entry ?? ENTRY)
  const output = resolve(values.output ?? resolve(EXPORT_DIR, `${EXPORT_BASENAME}${values.notes ? '-notes' : ''}.pdf`))
  mkdirSync(dirname(output), { recursive: true })
  console.log(`export: Chromium ${executable} (from ${origin})`)
  await (values.notes ? exportNotes : exportSlides)(entry, output, executable)
  console.log(`export: wrote ${output}`)
}
catch (error) {
  console.error(error instanceof ChromiumNotFoundError ? error.message : `export failed: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
