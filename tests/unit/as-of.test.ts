// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AsOf from '../../components/AsOf.vue'
import { talk } from '../../data/talk'
import { asOfLabel, datedOnOrAfter, monthsBefore } from '../../lib/as-of'

describe('the as-of date', () => {
  it('is written as "as of 22 Nov 2026", whatever the locale', () => {
    expect(asOfLabel('2026-11-22')).toBe('as of 22 Nov 2026')
    expect(asOfLabel('2026-09-05')).toBe('as of 5 Sep 2026')
    expect(() => asOfLabel('22 Nov 2026')).toThrow(/not a date of the form YYYY/)
  })

  it('<AsOf /> shows talk.asOf as fine print, with a machine-readable date', () => {
    const time = mount(AsOf).get('time')
    expect(time.classes()).toContain('as-of')
    expect(time.attributes('datetime')).toBe(talk.asOf)
    expect(time.text()).toBe(asOfLabel(talk.asOf))
  })

  it('counts six months back, clamping the day to the month', () => {
    expect(monthsBefore('2026-11-22', 6)).toBe('2026-05-22')
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28')
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15')
  })

  it('takes a partial source date as its first day, so only clearly recent sources count', () => {
    expect(datedOnOrAfter('2026-06-01', '2026-05-22')).toBe(true)
    expect(datedOnOrAfter('2026-05-22', '2026-05-22')).toBe(true)
    expect(datedOnOrAfter('2026-05', '2026-05-22')).toBe(false)
    expect(datedOnOrAfter('2026', '2026-05-22')).toBe(false)
    expect(datedOnOrAfter('2026-06', '2026-05-22')).toBe(true)
  })
})
