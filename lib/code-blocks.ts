// The code blocks a slide shows, as Slidev reads them: fenced blocks, `<<<` snippet imports
// (whole file, or a `#region` of it) and the steps of a magic-move block, each with its line
// highlight steps ({1-3|5|all}) and the number of code lines it shows.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { DeckSlide } from './deck'
import { ROOT } from './settings'
import { fenceLang, lineInRaw, tokenLine, tokens } from './slide-text'

export interface CodeBlock {
  /** Line of the block's fence or `<<<` line, inside the slide's raw text (for `where`). */
  line: number
  /** How the author wrote it, for messages: "```rust {all|2}" or "<<< @/snippets/a.rs#region rust". */
  label: string
  /** Highlight steps, e.g. ['all', '1-3', '8']; empty when the block has no highlight list. */
  ranges: string[]
  /** Code lines the block shows (trailing blank lines dropped); undefined when a snippet cannot be read. */
  lines?: number
  /** The block is one step of a magic-move block: its index and the number of steps. */
  magicMove?: { step: number, steps: number }
}

/** Fences that draw something other than code. */
const NOT_CODE = new Set(['mermaid', 'plantuml', 'latex', 'katex', 'math'])
/** Slidev's `<<< path#region lang {ranges} {options}` (node/syntax/snippet.ts). */
const SNIPPET = /^<<<[ \t]*(\S.*?)(#[\w-]+)?[ \t]*(?:[ \t](\S+?))?[ \t]*(\{.*)?$/
const MAGIC_MOVE = /^(?:md|markdown) magic-move\b/

/** The highlight steps of a fence's info or a snippet's meta: Slidev takes `{...}` of `[\w*,|-]` only. */
export function highlightRanges(infoOrMeta: string): string[] {
  const m = infoOrMeta.match(/\{([\w*,|-]+)\}/)
  return m ? m[1].split('|') : []
}

/** Whether a highlight step shows every line undimmed (Slidev: empty, "all" or "*"). */
export function showsAll(range: string): boolean {
  return range === '' || range === 'all' || range === '*'
}

function countLines(code: string): number {
  return code.replace(/\s+$/, '').split('\n').length
}

/** Lines between `#region name` and its `#endregion`, in any comment style, without the markers. */
function regionLines(text: string, name: string): string[] | undefined {
  const lines = text.split(/\r?\n/)
  const start = lines.findIndex(l => new RegExp(`^\\s*(?://|/\\*|<!--|#|--)\\s*#?region\\s+${name}\\b`).test(l))
  if (start < 0)
    return undefined
  const end = lines.findIndex((l, i) => i > start && /^\s*(?:\/\/|\/\*|<!--|#|--)\s*#?end ?region\b/i.test(l))
  return lines.slice(start + 1, end < 0 ? undefined : end)
}

/** Lines a `<<<` import shows: the region when one is named, else the whole file. */
function snippetLines(path: string, region: string | undefined, slide: DeckSlide, userRoot: string): number | undefined {
  const file = path.startsWith('@/') ? resolve(userRoot, path.slice(2)) : resolve(ROOT, dirname(slide.file), path)
  if (!existsSync(file))
    return undefined
  const text = readFileSync(file, 'utf8')
  if (!region)
    return countLines(text)
  const lines = regionLines(text, region)
  return lines ? countLines(lines.join('\n')) : undefined
}

function snippetBlock(lineText: string, slide: DeckSlide, userRoot: string, line: number): CodeBlock | undefined {
  const m = lineText.trim().match(SNIPPET)
  if (!m)
    return undefined
  const [, path, region, , meta = ''] = m
  return {
    line,
    label: lineText.trim(),
    ranges: highlightRanges(meta),
    lines: snippetLines(path.trim(), region?.slice(1), slide, userRoot),
  }
}

/** The steps inside a magic-move block: inner fences and `<<<` lines, in order. */
function magicMoveSteps(code: string, slide: DeckSlide, userRoot: string, line: number): CodeBlock[] {
  const steps: CodeBlock[] = []
  const rows = code.split('\n')
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]
    if (row.startsWith('<<<')) {
      const block = snippetBlock(row, slide, userRoot, line + 1 + i)
      if (block)
        steps.push(block)
    }
    else if (row.startsWith('```')) {
      const end = rows.findIndex((r, j) => j > i && r.startsWith('```'))
      const body = rows.slice(i + 1, end < 0 ? undefined : end).join('\n')
      steps.push({ line: line + 1 + i, label: row, ranges: highlightRanges(row.slice(3)), lines: countLines(body) })
      i = end < 0 ? rows.length : end
    }
  }
  return steps.map((s, step) => ({ ...s, magicMove: { step, steps: steps.length } }))
}

/**
 * Every code block of a slide, magic-move steps one by one. `userRoot` is the deck's folder,
 * where `<<< @/...` paths start (Slidev's userRoot).
 */
export function codeBlocks(slide: DeckSlide, userRoot: string = ROOT): CodeBlock[] {
  const blocks: CodeBlock[] = []
  for (const t of tokens(slide)) {
    if (t.type === 'fence') {
      const fence = `${t.markup}${t.info}`
      const line = tokenLine(slide, t)
      if (MAGIC_MOVE.test(t.info.trim()))
        blocks.push(...magicMoveSteps(t.content, slide, userRoot, line))
      else if (!NOT_CODE.has(fenceLang(t)))
        blocks.push({ line, label: fence.trim(), ranges: highlightRanges(t.info), lines: countLines(t.content) })
    }
    else if (t.type === 'inline') {
      // markdown-it (without Slidev's snippet plugin) reads a `<<<` line as a paragraph.
      for (const row of t.content.split('\n').filter(r => r.startsWith('<<<'))) {
        const block = snippetBlock(row, slide, userRoot, lineInRaw(slide, row))
        if (block)
          blocks.push(block)
      }
    }
  }
  return blocks
}
