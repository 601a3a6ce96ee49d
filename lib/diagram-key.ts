// The name of a Mermaid diagram's drawing in diagrams/: a hash of what Mermaid draws from,
// namely the diagram's text, the options its slide passes and the stamp of the Mermaid set-up
// (lib/diagram-drawings.ts). Runs in Node (lint, build, npm run diagrams) and in the browser
// (setup/mermaid-renderer.ts), so it is plain TypeScript with no imports.

/** 53-bit string hash (cyrb53), as 14 hex digits: file names that stay short and stable. */
function cyrb53(text: string): string {
  let h1 = 0xDEADBEEF
  let h2 = 0x41C6CE57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}

/** Options as Mermaid sees them: unset ones dropped, keys in order. */
function optionsText(options: Record<string, unknown>): string {
  const set = Object.entries(options).filter(([, v]) => v !== undefined && v !== null).sort(([a], [b]) => a.localeCompare(b))
  return JSON.stringify(Object.fromEntries(set))
}

/**
 * Key of one diagram: its text as Slidev passes it to Mermaid (the fence's content, trimmed),
 * the options of its <Mermaid> component and the set-up stamp.
 */
export function diagramKey(stamp: string, code: string, options: Record<string, unknown> = {}): string {
  return cyrb53(`${stamp}\n${code.trim()}\n${optionsText(options)}`)
}

/** Also a hash, for the stamp itself. */
export const hashText = cyrb53
