// The deck's Mermaid diagrams drawn in advance. `npm run diagrams` (scripts/diagrams.ts) draws
// every ```mermaid block in Chromium, as the deck would, and writes the SVGs to diagrams/,
// one file per diagram, named by lib/diagram-key.ts. setup/mermaid-renderer.ts shows those
// files; a build whose diagrams are all drawn leaves Mermaid (about 2 MB) out of the site
// (setup/vite-plugins.ts), and a diagram that is new or changed is drawn live, as before.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Deck } from './deck'
import { where } from './deck'
import { diagramKey, hashText } from './diagram-key'
import { ROOT } from './settings'
import { mermaidBlocks } from './slide-text'

/** Where the drawings are kept (committed: a fresh checkout builds without Mermaid). */
export const DIAGRAMS_DIR = resolve(ROOT, 'diagrams')
/** Set to `live` to draw every diagram with Mermaid in the browser, ignoring diagrams/ (npm run diagrams does). */
export const DIAGRAMS_ENV = 'RFL_DIAGRAMS'
/** The Mermaid set-up every drawing depends on, besides the diagram's own text. */
const SETUP_FILE = resolve(ROOT, 'setup/mermaid.ts')

export const drawingFile = (key: string) => `${key}.svg`

/**
 * What every drawing depends on besides its diagram: Mermaid's version and the deck's Mermaid
 * set-up. A change to either changes every key, so no drawing made before it is used.
 */
export function diagramStamp(): string {
  const { version } = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/mermaid/package.json'), 'utf8')) as { version: string }
  return hashText(`mermaid ${version}\n${existsSync(SETUP_FILE) ? readFileSync(SETUP_FILE, 'utf8') : ''}`)
}

/** The fence's `{...}` options as Slidev binds them to <Mermaid>: a JavaScript object literal. */
export function fenceOptions(info: string): Record<string, unknown> {
  const literal = info.match(/^mermaid\s*(\{[^\n]*\})?/)?.[1]
  if (!literal)
    return {}
  try {
    // Slidev hands the same text to Vue's v-bind, which evaluates it as JavaScript.
    // eslint-disable-next-line no-new-func
    const value = new Function(`return (${literal})`)() as unknown
    return value && typeof value === 'object' ? value as Record<string, unknown> : {}
  }
  catch (error) {
    throw new Error(`the fence options ${literal} are not a JavaScript object literal (${(error as Error).message})`)
  }
}

/**
 * What <Mermaid> passes to the renderer for these fence options: its `theme` prop, and every
 * attribute that is not one of its props (codeLz, scale, theme). The deck is always light
 * (colorSchema: light), so no dark theme is added.
 */
export function rendererOptions(fence: Record<string, unknown>): Record<string, unknown> {
  const { scale: _scale, theme, codeLz: _code, ...attrs } = fence
  return { theme, ...attrs }
}

export interface DeckDiagram {
  /** Where it is written, for messages: "pages/02-how.md:129 (slide 15)". */
  where: string
  code: string
  key: string
}

/** The drawings diagrams/ holds, by key. */
export function drawnKeys(dir = DIAGRAMS_DIR): Set<string> {
  return new Set(existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.svg')).map(f => f.slice(0, -4)) : [])
}

export interface DrawingPlan {
  /** Diagrams with no drawing: new, changed, or drawn before the set-up changed. */
  missing: DeckDiagram[]
  /** Drawings no diagram of the deck uses. */
  unused: string[]
}

export function drawingPlan(diagrams: readonly DeckDiagram[], drawn: ReadonlySet<string>): DrawingPlan {
  const used = new Set(diagrams.map(d => d.key))
  return {
    missing: diagrams.filter(d => !drawn.has(d.key)),
    unused: [...drawn].filter(k => !used.has(k)).sort().map(drawingFile),
  }
}

/** The key of a diagram written as a fence with this info string and code. */
export function keyOf(stamp: string, info: string, code: string): string {
  return diagramKey(stamp, code, rendererOptions(fenceOptions(info)))
}

/** Every diagram of the deck, in slide order, with its key. Fence options that do not parse throw, naming where. */
export function deckDiagrams(deck: Deck, stamp = diagramStamp()): DeckDiagram[] {
  return deck.slides.flatMap(slide => mermaidBlocks(slide).map((block) => {
    const at = where(slide, block.line)
    try {
      return { where: at, code: block.code, key: keyOf(stamp, block.info, block.code) }
    }
    catch (error) {
      throw new Error(`${at}: ${(error as Error).message}. Write the options as Slidev expects, e.g. {scale: 0.9}.`)
    }
  }))
}
