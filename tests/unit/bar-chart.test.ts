// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BarChart from '../../components/BarChart.vue'
import type { BarDatum } from '../../lib/bar-chart'
import { findSource } from '../../data/sources'

const data: BarDatum[] = [
  { label: 'Microsoft', value: 70, sourceId: 'msrc-2019', note: 'CVEs, 2006–2018' },
  { label: 'Android 2019', value: 76, sourceId: 'android-2022' },
  { label: 'Android 2022', value: 35, sourceId: 'android-2022' },
]

function chart(props: Partial<InstanceType<typeof BarChart>['$props']> = {}) {
  return mount(BarChart, {
    props: { title: 'Memory-safety share', description: 'Share of vulnerabilities.', data, unit: '%', max: 100, ...props },
  })
}

describe('<BarChart>', () => {
  it('is an accessible SVG image whose title and desc are referenced by id', () => {
    const svg = chart().get('svg')
    expect(svg.attributes('role')).toBe('img')
    const title = svg.get('title')
    const desc = svg.get('desc')
    expect(title.text()).toBe('Memory-safety share')
    expect(svg.attributes('aria-labelledby')).toBe(title.attributes('id'))
    expect(svg.attributes('aria-describedby')).toBe(desc.attributes('id'))
    // The description repeats every value in words for screen readers.
    expect(desc.text()).toBe('Share of vulnerabilities. Microsoft: 70 % (CVEs, 2006–2018); Android 2019: 76 %; Android 2022: 35 %.')
  })

  it('draws one bar per datum, its length proportional to value / max', () => {
    const bars = chart().findAll('rect.bar-chart__bar')
    expect(bars).toHaveLength(3)
    const w = bars.map(b => Number(b.attributes('width')))
    expect(w[1] / w[0]).toBeCloseTo(76 / 70, 5)
    expect(w[2] / w[1]).toBeCloseTo(35 / 76, 5)
    // max=100: a 76 % bar does not fill the plot area.
    const withoutMax = chart({ max: undefined }).findAll('rect.bar-chart__bar').map(b => Number(b.attributes('width')))
    expect(withoutMax[1]).toBeGreaterThan(w[1])
    expect(withoutMax[1] / withoutMax[0]).toBeCloseTo(76 / 70, 5)
  })

  it('clips values above max and draws negative values as empty bars', () => {
    const bars = chart({ data: [
      { label: 'a', value: 150, sourceId: 'msrc-2019' },
      { label: 'b', value: 100, sourceId: 'msrc-2019' },
      { label: 'c', value: -5, sourceId: 'msrc-2019' },
    ] }).findAll('rect.bar-chart__bar').map(b => Number(b.attributes('width')))
    expect(bars[0]).toBe(bars[1])
    expect(bars[2]).toBe(0)
  })

  it('labels each bar with its value and unit in text of at least 16 px', () => {
    const values = chart().findAll('text.bar-chart__value')
    expect(values.map(v => v.text())).toEqual(['70 %', '76 %', '35 %'])
    for (const v of values)
      expect(Number(v.attributes('font-size'))).toBeGreaterThanOrEqual(16)
    const lines = chart({ unit: 'lines', max: undefined, data: [{ label: '6.19', value: 108478, sourceId: 'msrc-2019' }] })
    expect(lines.get('text.bar-chart__value').text()).toBe('108,478 lines')
    const bare = chart({ unit: undefined })
    expect(bare.get('text.bar-chart__value').text()).toBe('70')
  })

  it('draws a note under its label only where a datum has one', () => {
    const notes = chart().findAll('text.bar-chart__note')
    expect(notes.map(n => n.text())).toEqual(['CVEs, 2006–2018'])
    expect(Number(notes[0].attributes('font-size'))).toBeGreaterThanOrEqual(13)
  })

  it('cites each source once, naming the bars it backs, and shows the caption', () => {
    const w = chart({ caption: '2025: below 20 %, not drawn.' })
    expect(w.get('.bar-chart__caveat').text()).toBe('2025: below 20 %, not drawn.')
    const sources = w.findAll('.bar-chart__source')
    expect(sources).toHaveLength(2)
    expect(sources[0].text()).toContain('Microsoft:')
    expect(sources[1].text()).toContain('Android 2019, Android 2022:')
    expect(sources[1].get('a').attributes('href')).toBe(findSource('android-2022')!.url)
    expect(chart().find('.bar-chart__caveat').exists()).toBe(false)
  })

  it('uses theme colours (CSS classes) rather than fixed fills, so dark mode works', () => {
    const html = chart().html()
    expect(html).not.toMatch(/fill="#/)
  })
})
