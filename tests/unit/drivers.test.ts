// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DriverTable from '../../components/DriverTable.vue'
import { compareKernelVersions, mainlineDrivers, outOfTreeDrivers } from '../../data/drivers'
import type { Driver } from '../../data/drivers'
import { findSource } from '../../data/sources'

describe('data/drivers', () => {
  const all = [...mainlineDrivers, ...outOfTreeDrivers]

  it('backs every row with a source the registry knows and that is not status U', () => {
    for (const d of all) {
      const source = findSource(d.sourceId)
      expect(source, `${d.name} → ${d.sourceId}`).toBeDefined()
      expect(source!.status).not.toBe('U')
    }
  })

  it('gives every mainline row a release and no out-of-tree row one', () => {
    for (const d of mainlineDrivers)
      expect(d.kernel, d.name).toMatch(/^\d+\.\d+$/)
    for (const d of outOfTreeDrivers) {
      expect(d.kernel, d.name).toBeUndefined()
      expect(d.status).toBe('out-of-tree')
    }
  })

  it('keeps the releases the fact base gives for the first drivers', () => {
    const byName = new Map(all.map(d => [d.name, d.kernel]))
    expect(byName.get('ax88796b_rust')).toBe('6.8')
    expect(byName.get('qt2025')).toBe('6.12')
    expect(byName.get('Android Binder')).toBe('6.18')
  })

  it('compares kernel versions numerically, not as strings', () => {
    expect(compareKernelVersions('6.8', '6.12')).toBeLessThan(0)
    expect(compareKernelVersions('7.0', '6.19')).toBeGreaterThan(0)
    expect(compareKernelVersions('6.12', '6.12')).toBe(0)
  })
})

describe('<DriverTable>', () => {
  const rows: Driver[] = [
    { name: 'late', drives: 'b', kernel: '6.12', status: 'mainline', sourceId: 'rfl-qt2025-phy' },
    { name: 'early', drives: 'a', kernel: '6.8', status: 'skeleton', sourceId: 'rfl-asix-phy' },
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

  it('labels rows that are not plain mainline drivers', () => {
    const wrapper = mount(DriverTable, { props: { drivers: rows, caption: 'x' } })
    const early = wrapper.get('tr[data-status="skeleton"]')
    expect(early.text()).toContain('early skeleton')
    expect(wrapper.get('tr[data-status="mainline"]').text()).not.toContain('skeleton')
  })

  it('can hide the release column for out-of-tree work', () => {
    const wrapper = mount(DriverTable, { props: { drivers: outOfTreeDrivers, caption: 'x', hideKernel: true } })
    expect(wrapper.findAll('thead th').map(t => t.text())).not.toContain('Since')
    expect(wrapper.findAll('tbody tr')).toHaveLength(outOfTreeDrivers.length)
  })
})
