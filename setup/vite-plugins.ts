// Virtual modules the deck's components read, computed at build time from the deck as written
// (lib/deck.ts) and the talk metadata (lib/talk-file.ts: data/talk.ts, or RFL_TALK in tests):
//   virtual:cited-sources  source ids in order of first use (references, citation numbers)
//   virtual:talk           the metadata, the closing link and its QR code as SVG (made offline here)
//   virtual:talk-plan      planned minutes per part and slide (pacing, divider slides)
import { defineVitePluginsSetup } from '@slidev/types'
import QRCode from 'qrcode'
import type { Plugin } from 'vite'
import { closingLink, type Talk } from '../data/talk'
import { citedIdsInOrder } from '../lib/citations'
import { loadDeck } from '../lib/deck'
import { loadTalk } from '../lib/talk-file'
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

export default defineVitePluginsSetup((options) => {
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
  return [plugin]
})
