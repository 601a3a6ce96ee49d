import { describe, expect, it } from 'vitest'
import { compareVersions, findRelease } from '../../data/kernel-releases'
import { rustVersions } from '../../data/rust-versions'
import { findSource } from '../../data/sources'

describe('minimum toolchain table (data/rust-versions.ts)', () => {
  it('has one row per kernel release, in release order, each a known release', () => {
    const kernels = rustVersions.map(r => r.kernel)
    expect(new Set(kernels).size).toBe(kernels.length)
    expect([...kernels].sort(compareVersions)).toEqual(kernels)
    for (const k of kernels)
      expect(findRelease(k), `data/kernel-releases.ts has no row for ${k}`).toBeDefined()
  })

  it('writes full versions, and the Rust minimum never goes down', () => {
    for (const r of rustVersions) {
      expect(r.minRust).toMatch(/^1\.\d+\.\d+$/)
      if (r.minBindgen)
        expect(r.minBindgen).toMatch(/^0\.\d+\.\d+$/)
    }
    const minors = rustVersions.map(r => Number(r.minRust.split('.')[1]))
    expect([...minors].sort((a, b) => a - b)).toEqual(minors)
  })

  it('backs every row with a registered source that is not U', () => {
    for (const r of rustVersions) {
      const source = findSource(r.sourceId)
      expect(source, `${r.kernel}: unknown source ${r.sourceId}`).toBeDefined()
      expect(source!.status).not.toBe('U')
    }
  })

  it('holds the two seeded facts', () => {
    expect(rustVersions.find(r => r.kernel === '6.11')).toMatchObject({ minRust: '1.78.0', sourceId: 'ojeda-pull-rust-6-11' })
    expect(rustVersions.find(r => r.kernel === '7.1')).toMatchObject({ minRust: '1.85.0', minBindgen: '0.71.1', sourceId: 'rust-min-1-85-commit' })
  })
})
