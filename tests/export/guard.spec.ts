// The export never reports success on a bad output, says clearly what is wrong with bad
// input, and leaves no process or port behind: on success, on failure and on Ctrl-C.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { ROOT } from '../../lib/settings'
import { freePort, portTaken, processesWith, runScript } from './pdf-tools'

const out = mkdtempSync(join(tmpdir(), 'export-guard-'))
let runs = 0

/** Runs the export with a marker in its environment, which every process it starts inherits. */
async function exportRun(args: string[], options: { env?: NodeJS.ProcessEnv, interruptWhen?: RegExp, interruptAfterMs?: number } = {}) {
  const marker = `RFL_EXPORT_TEST_RUN=${process.pid}-${++runs}`
  const port = await freePort()
  const run = await runScript(['scripts/export.ts', '--port', String(port), ...args], {
    interruptWhen: options.interruptWhen,
    interruptAfterMs: options.interruptAfterMs,
    env: { ...options.env, RFL_EXPORT_TEST_RUN: marker.split('=')[1] },
  })
  return { ...run, port, leftovers: processesWith(marker), portTaken: await portTaken(port) }
}

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test('the leftover checks see a process and a port that are still there', async () => {
  const port = await freePort()
  const server = createServer().listen(port, '127.0.0.1')
  await new Promise(r => server.once('listening', r))
  const sleeper = spawn('sleep', ['30'], { env: { ...process.env, RFL_EXPORT_TEST_RUN: 'self-check' } })
  await new Promise(r => setTimeout(r, 200))
  try {
    expect(await portTaken(port)).toBe(true)
    expect(processesWith('RFL_EXPORT_TEST_RUN=self-check')).toEqual([sleeper.pid])
  }
  finally {
    sleeper.kill()
    server.close()
  }
})

test('a render made blank on pages 3 and 7 fails after one retry, naming the pages, and writes nothing', async () => {
  const output = join(out, 'blank.pdf')
  const run = await exportRun(['--output', output], { env: { RFL_EXPORT_FAULT: 'blank:3,7' } })
  expect(run.code, run.stdout + run.stderr).toBe(1)
  expect(run.stdout).toContain('attempt 1 of 2')
  expect(run.stdout).toContain('attempt 2 of 2')
  expect(run.stderr).toMatch(/failed its checks twice, at pages 3, 7/)
  expect(run.stderr).toContain('page 3 has no text (blank)')
  expect(existsSync(output)).toBe(false)
  expect(readdirSync(out).filter(f => f.includes('.tmp')), 'no temporary file left').toEqual([])
  expect(run.leftovers, 'processes left behind').toEqual([])
  expect(run.portTaken, 'port still taken').toBe(false)
})

test('a render blank once is retried and then succeeds', async () => {
  const output = join(out, 'retried.pdf')
  const run = await exportRun(['--output', output], { env: { RFL_EXPORT_FAULT: 'blank-once:5' } })
  expect(run.code, run.stderr).toBe(0)
  expect(run.stdout).toContain('page 5 has no text (blank)')
  expect(run.stdout).toContain('checked, on the second attempt')
  expect(existsSync(output)).toBe(true)
  expect(run.leftovers).toEqual([])
  expect(run.portTaken).toBe(false)
})

test('the handout guard names a blanked page as well', async () => {
  const run = await exportRun(['--notes', '--output', join(out, 'blank-notes.pdf')], { env: { RFL_EXPORT_FAULT: 'blank:4' } })
  expect(run.code).toBe(1)
  expect(run.stderr).toMatch(/handout failed its checks twice, at pages? [\d, ]*\b5\b/)
})

test('a slide that fails to render is named, with its file and line', async () => {
  const run = await exportRun(['--entry', 'tests/fixtures/export-broken/slides.md', '--output', join(out, 'broken.pdf')])
  expect(run.code).toBe(1)
  expect(run.stderr).toContain('a slide did not render')
  expect(run.stderr).toMatch(/slide 2 \(tests\/fixtures\/export-broken\/slides\.md:\d+, "A slide whose component throws"\) failed to render: Broken\.vue fails on purpose/)
  expect(run.leftovers).toEqual([])
})

test('no Chromium: says how to install one', async () => {
  const run = await exportRun(['--output', join(out, 'x.pdf')], { env: { CHROMIUM_PATH: '/nonexistent/chromium' } })
  expect(run.code).toBe(1)
  expect(run.stderr).toContain('CHROMIUM_PATH is set to "/nonexistent/chromium", but no executable file is there.')
  expect(run.stderr).toContain('npx playwright install chromium')
})

test('an output that cannot be written is refused before any work', async () => {
  const file = join(out, 'a-file')
  writeFileSync(file, 'not a directory')
  const under = await exportRun(['--output', join(file, 'slides.pdf')])
  expect(under.code).toBe(1)
  expect(under.stderr).toContain('a part of that path is a file, not a directory (ENOTDIR)')
  expect(under.stdout).not.toContain('built the deck')

  const dir = await exportRun(['--output', out])
  expect(dir.code).toBe(1)
  expect(dir.stderr).toContain(`${out} is a directory (EISDIR)`)

  const pngs = await exportRun(['--png', '--output', file])
  expect(pngs.code).toBe(1)
  expect(pngs.stderr).toContain('(ENOTDIR)')
})

test('bad options get a clear message', async () => {
  const run = await exportRun(['--paper', 'a3'])
  expect(run.code).toBe(1)
  expect(run.stderr).toContain('--paper a3 is not a paper size this export knows; use a4 or letter')
})

test('Ctrl-C while building stops the build, the browser and the server', async () => {
  const output = join(out, 'interrupted.pdf')
  const run = await exportRun(['--rebuild', '--output', output], { interruptWhen: /building the deck for printing/, interruptAfterMs: 2_000 })
  expect(run.code, run.stdout + run.stderr).toBe(130)
  expect(run.stderr).toContain('SIGINT: stopping what this script started')
  expect(run.stdout, 'interrupted during the build').not.toContain('built the deck')
  expect(run.leftovers, 'processes left behind').toEqual([])
  expect(readdirSync(join(ROOT, '.build/print')).filter(d => d.startsWith('tmp-')), 'half-built sites left behind').toEqual([])
  expect(run.portTaken).toBe(false)
  expect(existsSync(output)).toBe(false)
})

test('Ctrl-C while printing stops the browser and the server', async () => {
  const output = join(out, 'interrupted.pdf')
  const run = await exportRun(['--output', output], { interruptWhen: /Chromium started/ })
  expect(run.code, run.stdout + run.stderr).toBe(130)
  expect(run.leftovers, 'processes left behind').toEqual([])
  expect(run.portTaken).toBe(false)
  expect(existsSync(output)).toBe(false)
})

test('Ctrl-C during npm run bench stops everything it started', async () => {
  const marker = `RFL_BENCH_TEST_RUN=${process.pid}`
  const run = await runScript(['scripts/benchmark.ts', '--runs', '1'], { interruptWhen: /Benchmark:/, interruptAfterMs: 2_000, env: { RFL_BENCH_TEST_RUN: String(process.pid) } })
  expect(run.code, run.stdout + run.stderr).toBe(130)
  expect(processesWith(marker)).toEqual([])
})
