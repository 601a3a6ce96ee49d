// Vite plugins for the deck.
// Virtual modules the deck's components read, computed at build time from the deck as written
// (lib/deck.ts) and the talk metadata (lib/talk-file.ts: data/talk.ts, or RFL_TALK in tests):
//   virtual:cited-sources  source ids in order of first use (references, citation numbers)
//   virtual:talk           the metadata, the closing link and its QR code as SVG (made offline here)
//   virtual:talk-plan      planned minutes per part and slide (pacing, divider slides)
//   virtual:diagram-stamp  what Mermaid drawings depend on (setup/mermaid-renderer.ts)
// Drawn diagrams (lib/diagram-drawings.ts): when diagrams/ holds a drawing of every diagram, a
// build replaces Mermaid with a stub; otherwise it says which diagrams Mermaid will draw live.
// The build diet (lib/build-diet.ts): a build ships only the diagram types, layout engines and
// KaTeX that the deck's diagrams use, and woff2 fonts without woff copies; UnoCSS reads the
// notes' class names, not their prose.
// The print build: `RFL_PRINT_BUILD=1 slidev build` (what scripts/export.ts runs) keeps Slidev's
// print route (/print) in the built site, so exports print a static build.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineVitePluginsSetup } from '@slidev/types'
import QRCode from 'qrcode'
import type { Plugin } from 'vite'
import { closingLink, type Talk } from '../data/talk'
import { dietChunk, dietMainBundle, dropWoffFallbacks, fenceNotesFromUno, FRONTMATTER_MODULE, type MermaidUse } from '../lib/build-diet'
import { deckDiagrams, diagramStamp, DIAGRAMS_ENV, drawingPlan, drawnKeys } from '../lib/diagram-drawings'
import { citedIdsInOrder } from '../lib/citations'
import { type Deck, loadDeckOnce } from '../lib/deck'
import { loadTalk } from '../lib/talk-file'
import { PRINT_BUILD_ENV } from '../lib/settings'
import { talkPlan } from '../lib/timing'

/** Black on white with the standard 4-module quiet zone: what phone cameras read best. */
async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } })
}

/** What a virtual module is made from: the metadata, and the deck as written. */
interface Inputs {
  talk: Talk
  deck: () => Promise<Deck>
}

const modules: Record<string, (inputs: Inputs) => Promise<string>> = {
  'virtual:cited-sources': async ({ deck }) =>
    `export default ${JSON.stringify(citedIdsInOrder((await deck()).slides))}`,
  'virtual:talk': async ({ talk }) => {
    const link = closingLink(talk)
    return [
      `export const talk = ${JSON.stringify(talk)}`,
      `export const closing = ${JSON.stringify({ ...link, qrSvg: await qrSvg(link.url) })}`,
    ].join('\n')
  },
  'virtual:talk-plan': async ({ talk, deck }) =>
    `export const plan = ${JSON.stringify(talkPlan(await deck(), talk))}`,
  'virtual:diagram-stamp': async () =>
    `export const stamp = ${JSON.stringify(diagramStamp())}\nexport const live = ${drawLive()}`,
}

const drawLive = () => process.env[DIAGRAMS_ENV] === 'live'

/** Slidev's client imports Mermaid by this name (and lib/mermaid-live.ts does too). */
const MERMAID_IMPORT = 'mermaid/dist/mermaid.esm.mjs'
const MERMAID_STUB = '\0rfl-talk:mermaid-stub'
const MERMAID_STUB_CODE = `const message = 'Mermaid is not in this build: every diagram had a drawing in diagrams/ when it was built. A diagram without one needs a new build (npm run diagrams draws it).'
export default { startOnLoad: false, initialize() {}, async render() { throw new Error(message) } }`

const MERMAID_MAIN = /\/mermaid\/dist\/mermaid\.esm\.mjs$/
const MERMAID_CHUNK = /\/mermaid\/dist\/chunks\/mermaid\.esm\/chunk-[A-Z0-9]+\.mjs$/
const FONTSOURCE_CSS = /\/@fontsource\/[^/]+\/[^/]+\.css$/

export default defineVitePluginsSetup((options) => {
  // The deck as written, read once while none of its files changes (lib/deck.ts): the
  // preparser, the virtual modules and the build plugins below all share that one reading.
  const deck = async () => loadDeckOnce(options.entry, await loadTalk())

  const plugin: Plugin = {
    name: 'rfl-talk:virtual-modules',
    resolveId(id) {
      return id in modules ? `\0${id}` : undefined
    },
    async load(id) {
      const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined
      return make ? make({ talk: await loadTalk(), deck }) : undefined
    },
    handleHotUpdate(ctx) {
      // Slides or notes changed: citations and the plan may have changed too.
      if (!ctx.file.endsWith('.md'))
        return
      const ours = Object.keys(modules).flatMap(id => ctx.server.moduleGraph.getModuleById(`\0${id}`) ?? [])
      for (const mod of ours)
        ctx.server.moduleGraph.invalidateModule(mod)
      return [...ctx.modules, ...ours]
    },
  }
  // Build only: in dev a slide may start using another diagram type at any time.
  let use: MermaidUse | undefined
  let mainBundle = ''
  const cut = new Set<string>()
  const buildDiet: Plugin = {
    name: 'rfl-talk:build-diet',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      use = undefined
    },
    async transform(code, id) {
      if (FONTSOURCE_CSS.test(id))
        return { code: dropWoffFallbacks(code), map: null }
      if (!MERMAID_MAIN.test(id) && !MERMAID_CHUNK.test(id))
        return undefined
      // Read only when Mermaid is in the build at all (not when every diagram is drawn).
      const setupFile = join(options.userRoot, 'setup/mermaid.ts')
      use ??= {
        diagrams: deckDiagrams(await deck()).map(d => d.code),
        config: existsSync(setupFile) ? readFileSync(setupFile, 'utf8') : undefined,
      }
      if (MERMAID_MAIN.test(id)) {
        mainBundle = code
        const result = dietMainBundle(code, use)
        result.cut.forEach(c => cut.add(c))
        return { code: result.code, map: null }
      }
      if (MERMAID_CHUNK.test(id)) {
        const result = dietChunk(code, use, mainBundle || readFileSync(id.replace(/chunks\/mermaid\.esm\/[^/]+$/, 'mermaid.esm.mjs'), 'utf8'))
        result.cut.forEach(c => cut.add(c))
        return result.cut.length > 0 ? { code: result.code, map: null } : undefined
      }
      return undefined
    },
    buildEnd() {
      if (cut.size > 0)
        this.info(`Mermaid parts no slide uses, left out of the build: ${[...cut].join(', ')}`)
    },
  }

  // Build only: in dev, Mermaid is loaded only when a diagram has no drawing.
  let stubMermaid = false
  const drawnDiagrams: Plugin = {
    name: 'rfl-talk:drawn-diagrams',
    apply: 'build',
    enforce: 'pre',
    async buildStart() {
      const diagrams = deckDiagrams(await deck())
      const { missing } = drawingPlan(diagrams, drawnKeys())
      stubMermaid = diagrams.length > 0 && missing.length === 0 && !drawLive()
      if (stubMermaid)
        this.info(`all ${diagrams.length} Mermaid diagrams are drawn in diagrams/: Mermaid is left out of the build`)
      else if (missing.length > 0 && !drawLive())
        this.warn(`${missing.length} Mermaid diagram(s) have no drawing in diagrams/ and are drawn live, so Mermaid stays in the build: ${missing.map(d => d.where).join(', ')}. Run \`npm run diagrams\` to draw them.`)
    },
    resolveId(id) {
      return stubMermaid && id === MERMAID_IMPORT ? MERMAID_STUB : undefined
    },
    load(id) {
      return id === MERMAID_STUB ? MERMAID_STUB_CODE : undefined
    },
  }

  // Before UnoCSS scans it (hook order 'pre'): a slide's notes reach UnoCSS as class names only.
  const notesScan: Plugin = {
    name: 'rfl-talk:notes-scan',
    transform: {
      order: 'pre',
      handler(code, id) {
        const fenced = FRONTMATTER_MODULE.test(id) ? fenceNotesFromUno(code) : undefined
        return fenced === undefined ? undefined : { code: fenced, map: null }
      },
    },
  }

  // Every build: no gzip size report. Vite gzips every chunk only to print its size, which costs
  // build time and tells a deck's author nothing they act on (npm run bench reports sizes).
  const quietBuild: Plugin = {
    name: 'rfl-talk:quiet-build',
    apply: 'build',
    config: () => ({ build: { reportCompressedSize: false } }),
  }

  const printBuild: Plugin = {
    name: 'rfl-talk:print-build',
    // After Slidev's own config hook, whose feature flags this overrides.
    enforce: 'post',
    config(config) {
      if (!process.env[PRINT_BUILD_ENV])
        return undefined
      const output = config.build?.rollupOptions?.output
      if (output && !Array.isArray(output))
        delete output.manualChunks
      return {
        // The print route in; presenter, overview and notes pages out: a print never opens them.
        define: { __SLIDEV_FEATURE_PRINT__: 'true', __SLIDEV_FEATURE_PRESENTER__: 'false' },
        // A print build is read once by Chromium on this machine: no minifying, no size report.
        build: { minify: false, cssMinify: false, cssCodeSplit: false, rollupOptions: { output: { codeSplitting: false } } },
      }
    },
  }

  return [plugin, notesScan, drawnDiagrams, buildDiet, quietBuild, printBuild]
})
