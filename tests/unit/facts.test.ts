// The facts-agree check (lib/facts.ts; linter rule `facts-agree`): a slide or a note that states
// a kernel release's minimum Rust or bindgen version, or its release date, must agree with
// data/rust-versions.ts and data/kernel-releases.ts.
//
// Recognised phrasings, one sentence at a time (sentences end at . ! ? ; followed by a space,
// at a blank line, at a list item and at a table cell):
//
// Minimum versions, in a sentence that says "minimum", "floor" or "raise(d|s)", or in a label:
//   "Linux 6.11 raised the minimum to Rust 1.78"     kernel first: the nearest kernel before the version
//   "7.1 raised the floor to 1.85.0"                 a bare 1.NN counts as a Rust version there
//   "1.78 since 6.11", "1.85 is expected for 7.1"    version first, then since/from/in/for/with/as of/expected in
//   "- 7.1: Rust 1.85, bindgen 0.71.1"               label: kernel, colon, "Rust 1.NN" (no keyword needed)
//   "bindgen 0.71.1" in such a sentence is compared with the row's minBindgen.
//   Kernel releases are written "Linux 6.11", "v6.11" or "6.11" (not 6.12.5, not inside 0.71.1).
//   "1.85" agrees with 1.85.0: only the parts written are compared.
//
// Release dates (data/kernel-releases.ts, the UTC day of the release commit):
//   "Linux X.Y ... released ... <date>"   "Linux X.Y" anywhere before the verb in the sentence
//   "X.Y, released on <date>"             a bare X.Y right before the verb
//   "X.Y came out on <date>"
//   <date> follows the verb within a few words ("on", "in", "on the") and must state a year:
//   "12 April 2026", "the twelfth of April 2026", "12th April 2026", "April 12, 2026",
//   "2026-04-12", "12/04/2026" (day first), and month-year "April 2026" (compared to the month).
//   Dates are read with chrono-node (en-GB). A date without a year is not checked.
//
// A statement about a release data/ has no fact for is an error too: add the fact to data/ first.
import { describe, expect, it } from 'vitest'
import { disagreement, factStatements, sentences } from '../../lib/facts'

const verdicts = (text: string) => factStatements(text).map(f => `${f.kind} ${f.kernel} ${f.stated}: ${f.agrees ? 'agrees' : `expected ${f.expected}`}`)

describe('facts-agree: minimum Rust and bindgen versions', () => {
  it('reads kernel-first statements', () => {
    expect(verdicts('Linux 6.11 raised the minimum to Rust 1.78.')).toEqual(['min-rust 6.11 1.78: agrees'])
    expect(verdicts('7.1 raised the floor to 1.85.0 and bindgen 0.71.1')).toEqual(['min-rust 7.1 1.85.0: agrees', 'min-bindgen 7.1 0.71.1: agrees'])
    expect(verdicts('Linux 6.11 set the floor at Rust 1.80.')).toEqual(['min-rust 6.11 1.80: expected 1.78.0'])
    expect(verdicts('v7.1 raised the minimum Rust version to 1.86')).toEqual(['min-rust 7.1 1.86: expected 1.85.0'])
  })

  it('reads version-first statements, and pairs each version with its own release', () => {
    expect(verdicts('The minimum Rust version follows Debian stable: 1.78 since 6.11, 1.85 expected in 7.1')).toEqual([
      'min-rust 6.11 1.78: agrees',
      'min-rust 7.1 1.85: agrees',
    ])
    expect(verdicts('Since 6.11 the kernel has a minimum Rust version: first 1.78, and 1.84 is expected for 7.1.')).toEqual([
      'min-rust 7.1 1.84: expected 1.85.0',
      'min-rust 6.11 1.78: agrees',
    ])
  })

  it('reads labels in lists and tables without a keyword', () => {
    expect(verdicts('- 6.11: Rust **1.78**; a range of versions from then on\n- 7.1: Rust **1.85**, bindgen 0.69.0')).toEqual([
      'min-rust 6.11 1.78: agrees',
      'min-rust 7.1 1.85: agrees',
      'min-bindgen 7.1 0.69.0: expected 0.71.1',
    ])
    expect(verdicts('| 7.1: Rust 1.84 | 6.11: Rust 1.78 |')).toEqual(['min-rust 7.1 1.84: expected 1.85.0', 'min-rust 6.11 1.78: agrees'])
  })

  it('asks for the fact in data/ when a release has none', () => {
    const [f] = factStatements('6.14 raised the minimum to Rust 1.80')
    expect(f.agrees).toBe(false)
    expect(disagreement(f, 'the slide states')).toBe('the slide states that Linux 6.14 requires at least Rust 1.80, but data/rust-versions.ts has no such fact for 6.14. Add it there with its source, or drop the statement.')
  })

  it('leaves alone versions that are not minimums, and numbers that are not versions', () => {
    expect(verdicts('Rust 1.85 added a feature the kernel uses in 7.1 drivers.')).toEqual([])
    expect(verdicts('About 13 kernel CVEs a day; 0.2 per million lines; 6.12.5 is a stable release.')).toEqual([])
    expect(verdicts('The minimum is 3.5 % of 1.25 million lines.')).toEqual([])
  })
})

describe('facts-agree: release dates', () => {
  it('reads day-month-year, ordinal, ISO, numeric and US-style dates', () => {
    expect(verdicts('Linux 7.0 was released on 12 April 2026.')).toEqual(['release-date 7.0 12 April 2026: agrees'])
    expect(verdicts('7.0, released on the twelfth of April 2026, was the first 7.x.')).toEqual(['release-date 7.0 twelfth of April 2026: agrees'])
    expect(verdicts('7.0 came out on 2026-04-12')).toEqual(['release-date 7.0 2026-04-12: agrees'])
    expect(verdicts('Linux 7.0 came out on 12/04/2026')).toEqual(['release-date 7.0 12/04/2026: agrees'])
    expect(verdicts('Linux 7.0 was released on April 12, 2026')).toEqual(['release-date 7.0 April 12, 2026: agrees'])
    expect(verdicts('Linux 7.1 was released on the 13th of June 2026')).toEqual(['release-date 7.1 13th of June 2026: expected 14 June 2026'])
  })

  it('compares a month-year date with the month', () => {
    expect(verdicts('Linux 6.18 was released in November 2025.')).toEqual(['release-date 6.18 November 2025: agrees'])
    expect(verdicts('Linux 7.1 came out in May 2026')).toEqual(['release-date 7.1 May 2026: expected June 2026'])
  })

  it('takes the release named right before the verb, and several statements a text', () => {
    expect(verdicts('Linux 6.1 was merged in October; Linux 6.2 was released on 19 February 2023. 7.0 came out on 13 April 2026.')).toEqual([
      'release-date 6.2 19 February 2023: agrees',
      'release-date 7.0 13 April 2026: expected 12 April 2026',
    ])
  })

  it('leaves alone dates without a year, relative dates and bare versions far from the verb', () => {
    expect(verdicts('Linux 6.1: merged in October, released in December')).toEqual([])
    expect(verdicts('Linux 6.1 was released ten weeks later.')).toEqual([])
    expect(verdicts('The 7.1 merge window opened; the tree was released on 1 May 2026.')).toEqual([])
  })
})

describe('sentences', () => {
  it('cuts at sentence ends, list items and table cells, not inside versions', () => {
    expect(sentences('Linux 6.11 shipped. Then 7.1.\n- a **bold** item\n- b\n\nNew paragraph | cell')).toEqual([
      'Linux 6.11 shipped.',
      'Then 7.1.',
      '- a bold item',
      '- b',
      'New paragraph',
      'cell',
    ])
  })
})
