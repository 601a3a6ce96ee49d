// Mermaid's own parser, usable from Node: Mermaid sanitizes labels with DOMPurify, which needs
// a DOM window when the module is first loaded, so one is provided (happy-dom) before the import.
import { Window } from 'happy-dom'

type Mermaid = typeof import('mermaid').default
let loaded: Promise<Mermaid> | undefined

export function loadMermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const g = globalThis as Record<string, unknown>
    if (g.window === undefined) {
      const window = new Window()
      g.window = window
      g.document = window.document
    }
    return (await import('mermaid')).default
  })()
  return loaded
}

/** Parses a diagram; resolves to an error message, or undefined when it parses. */
export async function mermaidError(code: string): Promise<string | undefined> {
  const mermaid = await loadMermaid()
  try {
    await mermaid.parse(code)
    return undefined
  }
  catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 4).join(' | ')
  }
}
