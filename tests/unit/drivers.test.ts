// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DriverTable from '../../components/DriverTable.vue'
import { abstractionsUnsafe, driversWithoutUnsafe, mainlineDrivers, unsafeByPlace } from '../../data/drivers'
import type { Driver } from '../../data/drivers'
import { findRelease } from '../../data/kernel-releases'
import { findSource } from '../../data/sources'

describe('data/drivers', () => {
  it('backs every row with a source the registry knows and that is not status U', () => {
    for (const d of mainlineDrivers) {
      const source = findSource(d.sourceId)
      expect(source, `${d.name} → ${d.sourceId}`).toBeDefined()
      expect(source!.status).not.toBe('U')
    }
  })

  it('gives every driver a release the release table knows, and a path in the tree', () => {
    for (const d of mainlineDrivers) {
      expect(findRelease(d.kernel), `${d.name}: ${d.kernel}`).toBeDefined()
      expect(d.path, d.name).toMatch(/^drivers\//)
    }
  })

  it('keeps the first releases the research confirmed (R1: pull requests and commits)', () => {
    const byName = new Map(mainlineDrivers.map(d => [d.name, d.kernel]))
    expect(Object.fromEntries(byName)).toEqual({
      'ax88796b_rust': '6.8',
      'rnull': '6.11',
      'qt2025': '6.12',
      'drm_panic_qr': '6.12',
      'nova-core': '6.15',
      'Nova DRM': '6.16',
      'rcpufreq_dt': '6.16',
      'Binder': '6.18',
      'Tyr': '6.18',
      'pwm_th1520': '6.19',
    })
  })

  it('counts unsafe per driver, and far more in the abstractions than in all drivers together', () => {
    const inDrivers = mainlineDrivers.reduce((n, d) => n + d.unsafeCount, 0)
    expect(inDrivers).toBe(304)
    expect(abstractionsUnsafe.unsafeCount).toBeGreaterThan(8 * inDrivers)
    expect(driversWithoutUnsafe.map(d => d.name)).toEqual(['ax88796b_rust', 'rnull', 'qt2025', 'pwm_th1520'])
  })

  it('draws the unsafe chart from the same rows, with a known source for every bar', () => {
    const bars = unsafeByPlace()
    expect(bars.map(b => b.value)).toEqual([0, 0, 91, 198, 2654])
    for (const b of bars)
      expect(findSource(b.sourceId), b.label).toBeDefined()
  })

})

describe('<DriverTable>', () => {
  const rows: Driver[] = [
    { name: 'late', drives: 'b', path: 'drivers/b', kernel: '6.12', status: 'mainline', unsafeCount: 0, sourceId: 'rfl-qt2025-phy' },
    { name: 'early', drives: 'a', path: 'drivers/a', kernel: '6.8', status: 'early', unsafeCount: 1, sourceId: 'rfl-asix-phy' },
  ]

  it('sorts rows by release and cites each row', () => {
    const wrapper = mount(DriverTable, { props: { drivers: rows, caption: 'Test drivers' } })
    const names = wrapper.findAll('tbody th').map(th => th.text())
    expect(names).toEqual(['early', 'late'])
    const links = wrapper.findAll('tbody a.cite')
    expect(links).toHaveLength(2)
    expect(links[0].attributes('href')).toBe(findSource('rfl-asix-phy')!.url)
    expect(wrapper.get('caption').text()).toBe('Test drivers')
  })

  it('labels the drivers that are still work in progress', () => {
    const wrapper = mount(DriverTable, { props: { drivers: rows, caption: 'x' } })
    expect(wrapper.get('tr[data-status="early"]').text()).toContain('work in progress')
    expect(wrapper.get('tr[data-status="mainline"]').text()).not.toContain('work in progress')
  })
})
