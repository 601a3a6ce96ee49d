// The minimum toolchain each kernel release requires, in one place. A slide or a note that
// states a minimum Rust (or bindgen) version for a kernel release must agree with this table:
// `npm run lint:deck` (rule facts-agree, lib/facts.ts) compares every such statement with it.
// Only releases that changed a minimum, or that a slide talks about, need a row.

export interface RustVersionRow {
  /** Kernel release, as in data/kernel-releases.ts: "6.11", "7.1". */
  kernel: string
  /** Minimum Rust version that release accepts, full semver: "1.78.0". */
  minRust: string
  /** Minimum bindgen version, when a source states it. */
  minBindgen?: string
  /** Source id in data/sources backing the row. */
  sourceId: string
}

export const rustVersions: readonly RustVersionRow[] = [
  { kernel: '6.11', minRust: '1.78.0', sourceId: 'ojeda-pull-rust-6-11' },
  { kernel: '7.1', minRust: '1.85.0', minBindgen: '0.71.1', sourceId: 'rust-min-1-85-commit' },
]

export function findRustVersion(kernel: string): RustVersionRow | undefined {
  return rustVersions.find(r => r.kernel === kernel)
}
