// Reading a PDF back: poppler (through the export's own verify module) and qpdf for the
// structure poppler does not show (outline, link annotations, tags).
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fonts, normalizeText, pagesText, poppler } from '../../lib/export/verify'
import { ROOT } from '../../lib/settings'

export { normalizeText, pagesText }

export function pageCount(pdf: string): number {
  return Number(poppler('pdfinfo', [pdf]).match(/^Pages:\s+(\d+)/m)?.[1])
}

export function info(pdf: string): Record<string, string> {
  return Object.fromEntries(poppler('pdfinfo', [pdf]).split('\n').flatMap((line) => {
    const m = line.match(/^([^:]+):\s*(.*)$/)
    return m ? [[m[1], m[2]]] : []
  }))
}

export function allText(pdf: string): string {
  return pagesText(pdf).join(' ')
}

export function unembeddedFonts(pdf: string): { fonts: number, unembedded: string[] } {
  const rows = fonts(pdf)
  return { fonts: rows.length, unembedded: rows.filter(r => !r.embedded).map(r => r.name) }
}

/** Share of non-white pixels on each page, rendered small and in grey by pdftoppm. */
export function inkPerPage(pdf: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'))
  poppler('pdftoppm', ['-r', '24', '-gray', pdf, join(dir, 'p')])
  return readdirSync(dir).filter(f => f.endsWith('.pgm')).sort().map((f) => {
    const data = readFileSync(join(dir, f))
    // Binary PGM: "P5 <w> <h> <max>\n" then one byte per pixel.
    const header = data.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)
    if (!header)
      throw new Error(`pdftoppm wrote an unexpected file: ${f}`)
    const pixels = data.subarray(header[0].length)
    let ink = 0
    for (const p of pixels) {
      if (p < 235)
        ink++
    }
    return ink / pixels.length
  })
}

function qpdfJson(pdf: string, key: string): any {
  return JSON.parse(execFileSync('qpdf', ['--json=2', `--json-key=${key}`, pdf], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }))
}

export interface Bookmark {
  title: string
  page: number
  kids: Bookmark[]
}

/** The PDF's outline (bookmarks), as qpdf reads it. */
export function outline(pdf: string): Bookmark[] {
  const walk = (items: any[]): Bookmark[] => items.map(o => ({ title: o.title, page: o.destpageposfrom1, kids: walk(o.kids ?? []) }))
  return walk(qpdfJson(pdf, 'outlines').outlines)
}

/** Every object of the PDF, by id, as qpdf decodes them. */
function objects(pdf: string): Record<string, any>[] {
  const all = qpdfJson(pdf, 'qpdf').qpdf[1] as Record<string, { value?: any }>
  return Object.values(all).map(o => o.value).filter(v => v && typeof v === 'object' && !Array.isArray(v))
}

export interface PdfStructure {
  /** URI of every link annotation that opens a web address. */
  uriLinks: string[]
  /** Named destinations of links inside the document (#ref-3 -> "/ref-3"). */
  internalLinks: string[]
  catalog: Record<string, any>
  /** Structure element types (/H1, /P, /Link ...) with their counts. */
  tags: Map<string, number>
}

export function structure(pdf: string): PdfStructure {
  const objs = objects(pdf)
  const links = objs.filter(o => o['/Subtype'] === '/Link')
  const tags = new Map<string, number>()
  for (const o of objs.filter(o => o['/Type'] === '/StructElem'))
    tags.set(o['/S'], (tags.get(o['/S']) ?? 0) + 1)
  return {
    uriLinks: links.filter(l => l['/A']?.['/S'] === '/URI').map(l => String(l['/A']['/URI']).replace(/^u:/, '')),
    internalLinks: links.filter(l => l['/Dest']).map(l => String(l['/Dest'])),
    catalog: objs.find(o => o['/Type'] === '/Catalog') ?? {},
    tags,
  }
}

/** A port nothing listens on, picked by the system. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => ok(port))
    }).on('error', fail)
  })
}

/** Whether something accepts connections on the port. */
export function portTaken(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const server = createServer().once('error', () => ok(true)).listen(port, '127.0.0.1', () => server.close(() => ok(false)))
  })
}

/** Processes (pids) whose environment holds `marker`: everything a run started, however deep. */
export function processesWith(marker: string): number[] {
  return readdirSync('/proc').filter(d => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker) ? [Number(pid)] : []
    }
    catch {
      return []
    }
  })
}

export interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/**
 * Runs a script of this repository in its own process group, as a terminal would run it.
 * `interruptWhen` sends SIGINT to the whole group (what Ctrl-C does) once stdout matches it,
 * after `interruptAfterMs`.
 */
export function runScript(args: string[], options: { env?: NodeJS.ProcessEnv, interruptWhen?: RegExp, interruptAfterMs?: number } = {}): Promise<Run> {
  return new Promise((ok) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, env: { ...process.env, ...options.env }, detached: true })
    let stdout = ''
    let stderr = ''
    let interrupted = false
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk
      if (options.interruptWhen && !interrupted && options.interruptWhen.test(stdout)) {
        interrupted = true
        setTimeout(() => process.kill(-child.pid!, 'SIGINT'), options.interruptAfterMs ?? 0)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk
    })
    child.on('exit', (code, signal) => ok({ code, signal, stdout, stderr }))
  })
}
