// Vite plugins for the deck.
// Virtual modules the deck's components read, computed at build time from the deck as written
// (lib/deck.ts) and the talk metadata (lib/talk-file.ts: data/talk.ts, or RFL_TALK in tests):
//   virtual:cited-sources  source ids in order of first use (references, citation numbers)
//   virtual:talk           the metadata, the closing link and its QR code as SVG (made offline here)
//   virtual:talk-plan      planned minutes per part and slide (pacing, divider slides)
// The build diet (lib/build-diet.ts): a build ships only the diagram types, layout engines and
// KaTeX that the deck's diagrams use, and woff2 fonts without woff copies.
// The print build: `RFL_PRINT_BUILD=1 slidev build` (what scripts/export.ts runs) keeps Slidev's
// print route (/print) in the built site, so exports print a static build.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineVitePluginsSetup } from '@slidev/types'
import QRCode from 'qrcode'
import type { Plugin } from 'vite'
import { closingLink, type Talk } from '../data/talk'
import { dietChunk, dietMainBundle, dropWoffFallbacks, type MermaidUse } from '../lib/build-diet'
import { citedIdsInOrder } from '../lib/citations'
import { loadDeck } from '../lib/deck'
import { loadTalk } from '../lib/talk-file'
import { PRINT_BUILD_ENV } from '../lib/settings'
import { mermaidCode } from '../lib/slide-text'
import { talkPlan } from '../lib/timing'

/** Black on white with the standard 4-module quiet zone: what phone cameras read best. */
async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } })
}

const modules: Record<string, (entry: string, talk: Talk) => Promise<string>> = {
  'virtual:cited-sources': async (entry, talk) =>
    `export default ${JSON.stringify(citedIdsInOrder((await loadDeck(entry, talk)).slides))}`,
  'virtual:talk': async (_entry, talk) => {
    const link = closingLink(talk)
    return [
      `export const talk = ${JSON.stringify(talk)}`,
      `export const closing = ${JSON.stringify({ ...link, qrSvg: await qrSvg(link.url) })}`,
    ].join('\n')
  },
  'virtual:talk-plan': async (entry, talk) =>
    `export const plan = ${JSON.stringify(talkPlan(await loadDeck(entry, talk), talk))}`,
}

const MERMAID_MAIN = /\/mermaid\/dist\/mermaid\.esm\.mjs$/
const MERMAID_CHUNK = /\/mermaid\/dist\/chunks\/mermaid\.esm\/chunk-[A-Z0-9]+\.mjs$/
const FONTSOURCE_CSS = /\/@fontsource\/[^/]+\/[^/]+\.css$/

export default defineVitePluginsSetup((options) => {
  const slides = () => options.data.slides.map(s => ({ content: s.source?.content ?? s.content, note: s.source?.note ?? s.note }))

  const plugin: Plugin = {
    name: 'rfl-talk:virtual-modules',
    resolveId(id) {
      return id in modules ? `\0${id}` : undefined
    },
    async load(id) {
      const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined
      return make ? make(options.entry, await loadTalk()) : undefined
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
      const setupFile = join(options.userRoot, 'setup/mermaid.ts')
      use = {
        diagrams: slides().flatMap(s => mermaidCode(s.content)),
        config: existsSync(setupFile) ? readFileSync(setupFile, 'utf8') : undefined,
      }
    },
    transform(code, id) {
      if (FONTSOURCE_CSS.test(id))
        return { code: dropWoffFallbacks(code), map: null }
      if (!use)
        return undefined
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
    config() {
      if (!process.env[PRINT_BUILD_ENV])
        return undefined
      return {
        // The print route in; presenter, overview and notes pages out: a print never opens them.
        define: { __SLIDEV_FEATURE_PRINT__: 'true', __SLIDEV_FEATURE_PRESENTER__: 'false' },
        // A print build is read once by Chromium on this machine: no minifying, no size report.
        build: { minify: false, cssMinify: false },
      }
    },
  }

  return [plugin, buildDiet, quietBuild, printBuild]
})
