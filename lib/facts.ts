// Finds statements of two kinds of facts in slide and note text, and compares them with data/:
// the minimum Rust (and bindgen) version of a kernel release (data/rust-versions.ts) and the
// release date of a kernel (data/kernel-releases.ts). The phrasings recognised are listed, with
// examples that must pass and fail, in tests/unit/facts.test.ts.
import * as chrono from 'chrono-node'
import { findRelease } from '../data/kernel-releases'
import { findRustVersion } from '../data/rust-versions'

export type FactKind = 'min-rust' | 'min-bindgen' | 'release-date'

export interface FactStatement {
  kind: FactKind
  /** Kernel release the statement is about: "7.1". */
  kernel: string
  /** The value as written: "1.85", "0.71.1", "12 April 2026". */
  stated: string
  /** The value as data/ has it, or undefined when data/ has none. */
  expected?: string
  /** Whether the stated value agrees with data/ (false too when data/ has no value). */
  agrees: boolean
  /** The words the value was read from, to find the statement in its file. */
  text: string
}

/** Not a version: a quantity such as "3.5 %" or "1.25 million". */
const QUANTITY = String.raw`(?![\d]|\.\d|\s*(?:%|percent|per\b|times\b|[mb]illion|thousand|[kKMG]i?B\b))`
/** A kernel release: "Linux 7.1", "v6.11", "6.11" (not a patch release like 6.12.5, not inside 0.71.1). */
const KERNEL = new RegExp(String.raw`(?:\bLinux\s+|\bv)?(?<![\d.])([2-9]\.\d{1,2})${QUANTITY}`, 'g')
/** A Rust version: "Rust 1.85", "Rust version 1.78.0", or a bare "1.85.0" in a minimum-version sentence. */
const RUST = new RegExp(String.raw`(?:\bRust\s+(?:version\s+)?)?(?<![\d.])(1\.\d{2,3}(?:\.\d+)?)${QUANTITY}`, 'g')
const BINDGEN = /\bbindgen\s+(0\.\d+(?:\.\d+)?)\b/g
/** Words that make a sentence about a minimum version. */
const MINIMUM = /\b(?:minimum|floor|raised?|raises|raising)\b/i
/** "1.78 since 6.11", "Rust 1.85 expected in 7.1", "1.85 is expected for 7.1": the Rust version comes first. */
const RUST_FIRST = /(?:\bRust\s+(?:version\s+)?)?(?<![\d.])(1\.\d{2,3}(?:\.\d+)?)\s+(?:(?:is|was|will be)\s+)?(?:since|from|in|for|with|as of|(?:expected|required|needed)\s+(?:in|for|by))\s+(?:Linux\s+|v)?([2-9]\.\d{1,2})(?![\d]|\.\d)/g
/** "7.1: Rust 1.85" (a bullet, table cell or label): the kernel, a colon, the version. */
const LABEL = /^\s*(?:[-*+]\s+)?(?:Linux\s+|v)?([2-9]\.\d{1,2})\s*:\s*Rust\s+(?:version\s+)?(1\.\d{2,3}(?:\.\d+)?)/
const RELEASED = /\b(?:was\s+)?(?:released|came out)\b/g

/** The text cut into sentences: at . ! ? ; followed by a space, at blank lines and at list items. */
export function sentences(text: string): string[] {
  return text
    .replace(/\*\*|__|`/g, '')
    .replace(/\n(?=[ \t]*(?:[-*+]|\d+\.)\s)/g, '\n\n')
    .split(/\n[ \t]*\n|(?<=[.!?;])\s+|\|/)
    .map(s => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

/** "1.85" agrees with "1.85.0"; "1.85.1" does not. Only the parts written are compared. */
function versionAgrees(stated: string, expected: string): boolean {
  const a = stated.split('.')
  const b = expected.split('.')
  return a.every((part, i) => Number(part) === Number(b[i] ?? 0))
}

function mentions(re: RegExp, s: string): { value: string, index: number, end: number }[] {
  return [...s.matchAll(re)].map(m => ({ value: m[1], index: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
}

/** The nearest kernel release mentioned before `index`. */
function kernelBefore(kernels: { value: string, index: number }[], index: number): string | undefined {
  return kernels.filter(k => k.index < index).at(-1)?.value
}

function minimumVersion(kind: 'min-rust' | 'min-bindgen', kernel: string, stated: string, text: string): FactStatement {
  const row = findRustVersion(kernel)
  const expected = kind === 'min-rust' ? row?.minRust : row?.minBindgen
  return { kind, kernel, stated, expected, agrees: expected !== undefined && versionAgrees(stated, expected), text }
}

/** Minimum-version statements of one sentence. */
function minimumStatements(s: string): FactStatement[] {
  const label = s.match(LABEL)
  if (!MINIMUM.test(s) && !label)
    return []
  const found: FactStatement[] = []
  const taken = new Set<number>()
  for (const m of s.matchAll(RUST_FIRST)) {
    found.push(minimumVersion('min-rust', m[2], m[1], m[0]))
    taken.add((m.index ?? 0) + m[0].indexOf(m[1]))
  }
  const kernels = mentions(KERNEL, s)
  for (const r of mentions(RUST, s)) {
    const at = r.end - r.value.length
    const kernel = kernelBefore(kernels, r.index)
    if (!taken.has(at) && kernel)
      found.push(minimumVersion('min-rust', kernel, r.value, s.slice(r.index, r.end)))
  }
  for (const b of mentions(BINDGEN, s)) {
    const kernel = kernelBefore(kernels, b.index)
    if (kernel)
      found.push(minimumVersion('min-bindgen', kernel, b.value, s.slice(b.index, b.end)))
  }
  return found
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2026-04-12" as "12 April 2026", "April 2026" or "2026", at the precision the text used. */
function humanDate(iso: string, precision: 'day' | 'month' | 'year'): string {
  const [y, m, d] = iso.split('-').map(Number)
  return precision === 'day' ? `${d} ${MONTHS[m - 1]} ${y}` : precision === 'month' ? `${MONTHS[m - 1]} ${y}` : String(y)
}

/** Release-date statements of one sentence: "Linux X.Y ... released ... <date>", "X.Y, released on <date>", "X.Y came out on <date>". */
function releaseStatements(s: string): FactStatement[] {
  const found: FactStatement[] = []
  const kernels = [...s.matchAll(KERNEL)].map(m => ({ value: m[1], index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, linux: /^(?:Linux|v)/.test(m[0]) }))
  for (const r of s.matchAll(RELEASED)) {
    const at = r.index ?? 0
    const kernel = kernels.filter(k => k.index < at).at(-1)
    // A bare "7.1" must stand right before the verb ("7.1, released", "7.1 came out"); "Linux 7.1" may be further away.
    if (!kernel || (!kernel.linux && !/^,?\s*$/.test(s.slice(kernel.end, at))))
      continue
    const rest = s.slice(at + r[0].length)
    const date = chrono.en.GB.parse(rest, new Date(Date.UTC(2000, 0, 1)))[0]
    // Only a written year counts: "ten weeks later" is a date to chrono, but not a checkable one.
    if (!date || date.index > 12 || !date.start.isCertain('year') || !/\b\d{4}\b/.test(date.text))
      continue
    const year = date.start.get('year')!
    const month = date.start.isCertain('month') ? date.start.get('month') : undefined
    const day = month && date.start.isCertain('day') ? date.start.get('day') : undefined
    const stated = [year, month, day].filter(v => v !== undefined).map((v, i) => String(v).padStart(i ? 2 : 4, '0')).join('-')
    const expectedDay = findRelease(kernel.value)?.date
    const expected = expectedDay?.slice(0, stated.length)
    found.push({
      kind: 'release-date',
      kernel: kernel.value,
      stated: date.text.replace(/^(?:on|in)\s+/i, ''),
      expected: expectedDay && humanDate(expectedDay, day ? 'day' : month ? 'month' : 'year'),
      agrees: expected !== undefined && expected === stated,
      text: date.text,
    })
  }
  return found
}

/** Every recognised statement in a text, agreeing with data/ or not. */
export function factStatements(text: string): FactStatement[] {
  return sentences(text).flatMap(s => [...minimumStatements(s), ...releaseStatements(s)])
}

/** What to say about a statement that disagrees with data/; `subject` is e.g. "the notes state". */
export function disagreement(f: FactStatement, subject: string): string {
  const what = f.kind === 'release-date' ? `Linux ${f.kernel} was released on` : `Linux ${f.kernel} requires at least ${f.kind === 'min-rust' ? 'Rust' : 'bindgen'}`
  const file = f.kind === 'release-date' ? 'data/kernel-releases.ts' : 'data/rust-versions.ts'
  if (f.expected === undefined)
    return `${subject} that ${what} ${f.stated}, but ${file} has no such fact for ${f.kernel}. Add it there with its source, or drop the statement.`
  return `${subject} that ${what} ${f.stated}, but ${file} says ${f.expected}. Correct the text (or the data, with its source).`
}
