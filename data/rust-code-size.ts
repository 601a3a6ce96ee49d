// Lines of Rust in the kernel tree per release. There is no official per-release count:
// these are Tokei runs that an LWN reader posted in a comment (not LWN's own figures).
import type { BarDatum } from '../lib/bar-chart'

export const rustLinesPerRelease: BarDatum[] = [
  { label: 'Linux 6.16', value: 26_999, sourceId: 'lwn-rust-lines-comment' },
  { label: 'Linux 6.17', value: 32_699, sourceId: 'lwn-rust-lines-comment' },
  { label: 'Linux 6.18', value: 49_466, sourceId: 'lwn-rust-lines-comment' },
  // 6.19 is also the release that imported syn, quote and proc-macro2 (rfl-third-party-crates);
  // how much of the jump they account for has not been measured, so the note says only that.
  { label: 'Linux 6.19', value: 108_478, sourceId: 'lwn-rust-lines-comment', note: 'first release with vendored syn/quote' },
]

/** Caveat shown under the chart, so the slide never shows the numbers without it. */
export const rustLinesCaveat
  = 'Reader-run Tokei counts from one LWN comment, not official figures; for scale, C is about 36 million lines.'
