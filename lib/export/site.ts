// The site every export prints: the deck built once by `slidev build` with Slidev's print
// route kept (setup/vite-plugins.ts), then served statically. No dev server, no on-demand
// transforms. A build is kept in .build/print/ under a hash of the repository's files, so
// exports of an unchanged checkout (slides, then handout, then PNGs) build only once.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { ChildError, onExit, runChild } from '../processes'
import { PRINT_BUILD_ENV, ROOT } from '../settings'
import { talkFile } from '../talk-file'

const CACHE_DIR = resolve(ROOT, '.build/print')
/** Folders that are outputs, not inputs, of a build. */
const NOT_INPUTS = new Set(['node_modules', '.git', '.build', 'exports', 'dist', 'test-results', 'playwright-report', 'shots', '.slidev'])
const KEEP_OLD_BUILDS_MS = 60 * 60 * 1000

export interface PrintSite {
  dir: string
  /** False when an identical earlier build was reused. */
  built: boolean
  /** How long the build took (0 when reused). */
  seconds: number
}

function hashInputs(entry: string, env: Record<string, string>): string {
  // The metadata file is an input too: RFL_TALK may name another one (tests).
  const hash = createHash('sha256').update(relative(ROOT, entry)).update(`\0${talkFile()}`).update(`\0${JSON.stringify(env)}`)
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (NOT_INPUTS.has(name))
        continue
      const path = join(dir, name)
      const stat = statSync(path)
      if (stat.isDirectory())
        walk(path)
      else if (stat.isFile())
        hash.update(`\0${relative(ROOT, path)}\0`).update(readFileSync(path))
    }
  }
  walk(ROOT)
  return hash.digest('hex').slice(0, 16)
}

function pruneOldBuilds(keep: string): void {
  for (const name of existsSync(CACHE_DIR) ? readdirSync(CACHE_DIR) : []) {
    const path = join(CACHE_DIR, name)
    if (path !== keep && Date.now() - statSync(path).mtimeMs > KEEP_OLD_BUILDS_MS)
      rmSync(path, { recursive: true, force: true })
  }
}

/** Builds the deck for printing, or reuses the build of identical files. */
export async function printSite(entry: string, options: { rebuild?: boolean, log?: (line: string) => void, env?: Record<string, string> } = {}): Promise<PrintSite> {
  // Extra environment for the build (RFL_DIAGRAMS=live for npm run diagrams) makes another build.
  const env = options.env ?? {}
  const dir = join(CACHE_DIR, hashInputs(entry, env))
  if (!options.rebuild && existsSync(join(dir, 'index.html'))) {
    // In use: not one of the old builds that pruneOldBuilds() removes.
    utimesSync(dir, new Date(), new Date())
    return { dir, built: false, seconds: 0 }
  }
  options.log?.('building the deck for printing (slidev build)')
  const started = performance.now()
  mkdirSync(CACHE_DIR, { recursive: true })
  const scratch = join(CACHE_DIR, `tmp-${process.pid}-${Date.now()}`)
  // An interrupted build leaves no half-built site behind.
  const forget = onExit(() => rmSync(scratch, { recursive: true, force: true }))
  try {
    await runChild(resolve(ROOT, 'node_modules/.bin/slidev'), ['build', entry, '--out', scratch, '--base', '/'], {
      cwd: ROOT,
      env: { ...process.env, ...env, [PRINT_BUILD_ENV]: '1' },
    })
  }
  catch (error) {
    rmSync(scratch, { recursive: true, force: true })
    if (error instanceof ChildError)
      throw new Error(`the deck did not build (${relative(ROOT, entry)}); slidev build said:\n${error.output.trim().split('\n').slice(-25).join('\n')}`)
    throw error
  }
  // Another export may have built the same files meanwhile: either copy is good.
  rmSync(dir, { recursive: true, force: true })
  try {
    renameSync(scratch, dir)
  }
  catch {
    rmSync(scratch, { recursive: true, force: true })
  }
  forget()
  pruneOldBuilds(dir)
  return { dir, built: true, seconds: (performance.now() - started) / 1000 }
}
