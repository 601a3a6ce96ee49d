// Gives the deck the list of sources it actually cites (virtual:cited-sources),
// computed from Slidev's own parse of the slides, so the references part is
// generated from what the slides and notes cite, in order of first use.
import { defineVitePluginsSetup } from '@slidev/types'
import type { Plugin } from 'vite'
import { citedIdsInOrder } from '../lib/citations'

const ID = 'virtual:cited-sources'
const RESOLVED = `\0${ID}`

export default defineVitePluginsSetup((options) => {
  const plugin: Plugin = {
    name: 'rfl-talk:cited-sources',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED)
        return undefined
      const ids = citedIdsInOrder(options.data.slides.map(s => ({ content: s.source?.content ?? s.content, note: s.source?.note ?? s.note })))
      return `export default ${JSON.stringify(ids)}`
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
  return [plugin]
})
