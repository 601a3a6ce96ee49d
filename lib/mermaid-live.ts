// Draws a diagram with Mermaid in the browser, as Slidev's own renderer does, with the deck's
// set-up (setup/mermaid.ts). Its SVG element id comes from the diagram's key rather than a
// random id, so that two drawings of one diagram are the same file (npm run diagrams).
// Runs in the browser only.
import type { MermaidConfig } from 'mermaid'
import mermaid from 'mermaid/dist/mermaid.esm.mjs'
import setupMermaid from '../setup/mermaid'

/** What npm run diagrams reads back: every diagram drawn live in this page, by key. */
export interface LiveDrawings { [key: string]: string }
declare global {
  interface Window { __rflDiagrams?: LiveDrawings }
}

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))

/**
 * Mermaid sizes every box from text it measures: measured before the deck's font has loaded,
 * a diagram is laid out for the fallback font. So the faces it uses are loaded first.
 */
async function loadFonts(family: string): Promise<void> {
  await Promise.all(['400', '600', '700'].map(weight => document.fonts.load(`${weight} 18px ${family}`)))
}

export async function drawLive(code: string, options: Record<string, unknown>, key: string): Promise<string> {
  const config: Partial<MermaidConfig> = (await setupMermaid()) || {}
  await loadFonts(config.fontFamily ?? 'sans-serif')
  mermaid.initialize({ startOnLoad: false, ...defined({ ...config }), ...defined(options) })
  const container = document.getElementById('mermaid-rendering-container') ?? undefined
  const { svg } = await mermaid.render(`mermaid-${key}`, code, container)
  window.__rflDiagrams ??= {}
  window.__rflDiagrams[key] = svg
  return svg
}
