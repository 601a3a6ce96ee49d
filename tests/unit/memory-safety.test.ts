// The evidence numbers: each with a source, the ACSAC categories adding up, the Android
// densities as Google states them.
import { describe, expect, it } from 'vitest'
import { ACSAC_TOTAL, acsacDriverCves, androidDelivery, androidDensity, studies } from '../../data/memory-safety'
import { costs } from '../../data/costs'
import { findSource } from '../../data/sources'

describe('evidence data', () => {
  it('backs every figure with a known source that is not status U', () => {
    for (const d of [...studies, ...androidDelivery, ...costs, ...androidDensity, ...acsacDriverCves]) {
      const s = findSource(d.sourceId)
      expect(s, d.sourceId).toBeDefined()
      expect(s!.status).not.toBe('U')
    }
  })

  it('has the published shares (facts.md section C)', () => {
    expect(studies.map(s => s.figure)).toEqual(['~70 %', '~70 %'])
  })

  it('puts the ACSAC categories together to the 240 vulnerabilities of the paper', () => {
    expect(acsacDriverCves.map(d => d.value)).toEqual([82, 113, 45])
    expect(acsacDriverCves.reduce((n, d) => n + d.value, 0)).toBe(ACSAC_TOTAL)
  })

  it('draws Android densities as Google gives them: about 1,000 and 0.2 per million lines', () => {
    const [c, rust] = androidDensity
    expect([c.value, rust.value]).toEqual([1000, 0.2])
    // The slide says "about 1,000 times fewer": Google's own "1000x", which rounds the ratio down.
    expect(c.value / rust.value).toBeGreaterThanOrEqual(1000)
  })
})
