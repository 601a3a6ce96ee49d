// The numbers behind the memory-safety charts: shares as published, each with a source,
// and the 2025 Android figure kept as an upper bound, never drawn as a measured bar.
import { describe, expect, it } from 'vitest'
import { android, androidCaption, androidUpperBound, studies } from '../../data/memory-safety'
import { findSource } from '../../data/sources'

describe('memory-safety data', () => {
  it('holds percentages with a known source for every bar', () => {
    for (const d of [...studies, ...android]) {
      expect(d.value, d.label).toBeGreaterThan(0)
      expect(d.value, d.label).toBeLessThanOrEqual(100)
      expect(findSource(d.sourceId), `${d.label}: ${d.sourceId}`).toBeDefined()
    }
  })

  it('has the published figures (facts.md section C)', () => {
    expect(Object.fromEntries(studies.map(d => [d.label, d.value]))).toEqual({ 'Microsoft': 70, 'Chromium': 70, 'Linux kernel': 65 })
    expect(android.map(d => [d.label, d.value])).toEqual([['Android 2019', 76], ['Android 2022', 35], ['Android 2024', 24]])
  })

  it('marks the kernel figure as secondary, as its only source is', () => {
    const kernel = studies.find(d => d.label === 'Linux kernel')!
    expect(findSource(kernel.sourceId)?.status).toBe('V-2')
  })

  it('keeps 2025 as an upper bound out of the bars and says so in the caption', () => {
    expect(android.some(d => d.label.includes(String(androidUpperBound.year)))).toBe(false)
    expect(androidUpperBound.below).toBeLessThan(android.at(-1)!.value)
    expect(findSource(androidUpperBound.sourceId)).toBeDefined()
    expect(androidCaption).toContain(String(androidUpperBound.year))
    expect(androidCaption).toContain('upper bound')
  })
})
