// Slidev's Mermaid renderer hook. A diagram drawn in advance (diagrams/, `npm run diagrams`) is
// shown from its file; a diagram with no drawing (new or changed since) is drawn live by
// Mermaid, as Slidev would. With every diagram drawn, builds leave Mermaid out
// (setup/vite-plugins.ts), so the site is smaller, builds and exports are faster, and a print
// never waits for Mermaid.
import { defineMermaidRendererSetup } from '@slidev/types'
import { live, stamp } from 'virtual:diagram-stamp'
import { diagramKey } from '../lib/diagram-key'

/** Each drawing loads when its slide first shows it. */
const drawings = import.meta.glob<string>('../diagrams/*.svg', { query: '?raw', import: 'default' })

export default defineMermaidRendererSetup(() => async (code, options) => {
  const key = diagramKey(stamp, code, options)
  const drawing = live ? undefined : drawings[`../diagrams/${key}.svg`]
  if (drawing)
    return drawing()
  const { drawLive } = await import('../lib/mermaid-live')
  return drawLive(code, options, key)
})
