// The code files slides import from snippets/: plain Rust (compiled by the tests with rustc)
// and kernel-only Rust (*.kernel.rs, which needs the kernel's crates, so only parsed).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './settings'

export const SNIPPETS_DIR = join(ROOT, 'snippets')

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])
}

export const isKernelSnippet = (file: string) => file.endsWith('.kernel.rs')

/** Plain-Rust snippets: every .rs file that is not kernel-only. */
export function plainRustSnippets(): string[] {
  return walk(SNIPPETS_DIR).filter(f => f.endsWith('.rs') && !isKernelSnippet(f))
}

/** Kernel-only snippets (*.kernel.rs). */
export function kernelSnippets(): string[] {
  return walk(SNIPPETS_DIR).filter(isKernelSnippet)
}
