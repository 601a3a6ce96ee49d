import { describe, expect, it } from 'vitest'
import { rustLinesCaveat, rustLinesPerRelease } from '../../data/rust-code-size'
import { findSource } from '../../data/sources'

describe('data/rust-code-size', () => {
  it('lists the releases in order with the LWN-comment figures', () => {
    expect(rustLinesPerRelease.map(d => d.label)).toEqual(['Linux 6.16', 'Linux 6.17', 'Linux 6.18', 'Linux 6.19'])
    expect(rustLinesPerRelease.map(d => d.value)).toEqual([26_999, 32_699, 49_466, 108_478])
  })

  it('grows from release to release (a typo that breaks the order would show here)', () => {
    for (let i = 1; i < rustLinesPerRelease.length; i++)
      expect(rustLinesPerRelease[i].value).toBeGreaterThan(rustLinesPerRelease[i - 1].value)
  })

  it('cites a known source for every bar', () => {
    for (const d of rustLinesPerRelease)
      expect(findSource(d.sourceId), d.label).toBeDefined()
  })

  it('keeps the caveat about how the numbers were made', () => {
    expect(rustLinesCaveat).toMatch(/Tokei/)
    expect(rustLinesCaveat).toMatch(/not official/)
  })

  it('does not state the U-status inference that vendored crates caused the 6.19 jump', () => {
    const note = rustLinesPerRelease.find(d => d.label === 'Linux 6.19')!.note ?? ''
    expect(note).not.toMatch(/because|caused|due to|explains/i)
  })
})
