// npm run bench: the figures behind the speed and size targets, measured on this machine.
// Prints a table; asserts nothing (targets are judged by a person, not by a timed test).
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { findChromium, QUIET_CHROMIUM_ARGS } from '../lib/chromium'
import { ROOT } from '../lib/settings'

const rows: [string, string][] = []
const scratch = mkdtempSync(join(tmpdir(), 'bench-'))

function timed(label: string, cmd: string, args: string[]): number {
  const start = performance.now()
  execFileSync(cmd, args, { cwd: ROOT, stdio: 'ignore' })
  const seconds = (performance.now() - start) / 1000
  rows.push([label, `${seconds.toFixed(1)} s`])
  return seconds
}

function dirSize(dir: string): { bytes: number, largest: [string, number] } {
  let bytes = 0
  let largest: [string, number] = ['', 0]
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile())
      continue
    const path = join(entry.parentPath, entry.name)
    const size = statSync(path).size
    bytes += size
    if (size > largest[1])
      largest = [entry.name, size]
  }
  return { bytes, largest }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

timed('lint:deck', 'npx', ['tsx', 'scripts/lint-deck.ts'])
const site = join(scratch, 'site')
timed('build (slidev build)', 'npx', ['slidev', 'build', '--out', site])
const { bytes, largest } = dirSize(site)
rows.push(['built site size', mb(bytes)], ['largest file', `${largest[0]} (${mb(largest[1])})`])

const pdf = join(scratch, 'deck.pdf')
timed('export (slides PDF)', 'npx', ['tsx', 'scripts/export.ts', '--output', pdf])
rows.push(['slides PDF size', mb(statSync(pdf).size)])

// Time to the first slide, and to a Mermaid diagram, in the statically served build.
const server = spawn('npx', ['tsx', 'scripts/serve.ts', '--dir', site, '--port', '4399'], { cwd: ROOT, stdio: 'ignore' })
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch('http://localhost:4399/')).ok)
        break
    }
    catch {}
    await new Promise(r => setTimeout(r, 200))
  }
  const browser = await chromium.launch({ executablePath: findChromium().path, args: [...QUIET_CHROMIUM_ARGS] })
  const page = await browser.newPage()
  let start = performance.now()
  await page.goto('http://localhost:4399/1')
  await page.locator('.slidev-page-1 .slidev-layout h1').waitFor()
  rows.push(['built deck: slide 1 visible', `${((performance.now() - start) / 1000).toFixed(2)} s`])
  start = performance.now()
  await page.goto('http://localhost:4399/presenter/1')
  await page.locator('.slidev-note').first().waitFor()
  rows.push(['built deck: presenter notes visible', `${((performance.now() - start) / 1000).toFixed(2)} s`])
  await browser.close()
}
finally {
  server.kill()
  rmSync(scratch, { recursive: true, force: true })
}

const width = Math.max(...rows.map(r => r[0].length))
console.log(`Benchmark on ${process.platform}, Node ${process.version}\n`)
for (const [label, value] of rows)
  console.log(`${label.padEnd(width)}  ${value}`)
