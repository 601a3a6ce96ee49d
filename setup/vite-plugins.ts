// Vite plugins for the deck:
// - virtual:cited-sources: the list of sources the deck cites, computed from Slidev's own
//   parse of the slides, so the references part is generated from what the slides and notes
//   cite, in order of first use;
// - the build diet (lib/build-diet.ts): a build ships only the diagram types, layout
//   engines and KaTeX that the deck's diagrams use, and woff2 fonts without woff copies;
// - the print build: `RFL_PRINT_BUILD=1 slidev build` (what scripts/export.ts runs) keeps
//   Slidev's print route (/print) in the built site, so exports print a static build.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineVitePluginsSetup } from '@slidev/types'
import type { Plugin } from 'vite'
import { citedIdsInOrder } from '../lib/citations'
import { dietChunk, dietMainBundle, dropWoffFallbacks, type MermaidUse } from '../lib/build-diet'
import { PRINT_BUILD_ENV } from '../lib/settings'
import { mermaidCode } from '../lib/slide-text'

const ID = 'virtual:cited-sources'
const RESOLVED = `\0${ID}`
const MERMAID_MAIN = /\/mermaid\/dist\/mermaid\.esm\.mjs$/
const MERMAID_CHUNK = /\/mermaid\/dist\/chunks\/mermaid\.esm\/chunk-[A-Z0-9]+\.mjs$/
const FONTSOURCE_CSS = /\/@fontsource\/[^/]+\/[^/]+\.css$/

export default defineVitePluginsSetup((options) => {
  const slides = () => options.data.slides.map(s => ({ content: s.source?.content ?? s.content, note: s.source?.note ?? s.note }))

  const citedSources: Plugin = {
    name: 'rfl-talk:cited-sources',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED)
        return undefined
      return `export default ${JSON.stringify(citedIdsInOrder(slides()))}`
    },
    handleHotUpdate(ctx) {
      // Slides changed: the cited list may have changed too.
      if (ctx.file.endsWith('.md')) {
        const mod = ctx.server.moduleGraph.getModuleById(RESOLVED)
        if (mod)
          ctx.server.moduleGraph.invalidateModule(mod)
      }
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
        build: { minify: false, cssMinify: false, reportCompressedSize: false },
      }
    },
  }

  return [citedSources, buildDiet, printBuild]
})
