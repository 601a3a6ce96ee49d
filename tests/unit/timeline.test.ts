// @vitest-environment happy-dom
// The history data (one release table, five phases of milestones) and the components that show
// it: <HistoryPhases> on the talk's slide, <MilestoneTable> in the reader's appendix.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import HistoryPhases from '../../components/HistoryPhases.vue'
import MilestoneTable from '../../components/MilestoneTable.vue'
import { compareVersions, findRelease, kernelReleases, utcDay } from '../../data/kernel-releases'
import { findSource } from '../../data/sources'
import { earliestDay, findPhase, formatDate, phases, resolveMilestone } from '../../data/timeline'

describe('kernel release table', () => {
  it('lists each version once, in order, with release dates that only go forward', () => {
    const versions = kernelReleases.map(r => r.version)
    expect(new Set(versions).size).toBe(versions.length)
    for (let i = 1; i < kernelReleases.length; i++)
      expect(compareVersions(kernelReleases[i - 1].version, kernelReleases[i].version)).toBeLessThan(0)
    const dated = kernelReleases.filter(r => r.date)
    for (let i = 1; i < dated.length; i++)
      expect(earliestDay(dated[i - 1].date!) < earliestDay(dated[i].date!), `${dated[i - 1].version} before ${dated[i].version}`).toBe(true)
  })

  it('sources every date it has; a date from a commit timestamp also names the commit', () => {
    for (const r of kernelReleases.filter(r => r.date)) {
      expect(findSource(r.dateSourceId!), r.version).toBeDefined()
      if (r.committed)
        expect(r.commit, r.version).toMatch(/^[0-9a-f]{40}$/)
    }
  })

  it('dates a release by the UTC day of its commit, and knows the dates the research confirms', () => {
    expect(utcDay('2023-10-29 16:31:08 -1000')).toBe('2023-10-30')
    expect(utcDay('2024-09-15 16:57:56 +0200')).toBe('2024-09-15')
    expect(findRelease('6.1')?.date).toBe('2022-12-11')
    expect(findRelease('6.18')?.date).toBe('2025-11-30')
    expect(findRelease('7.1')?.date).toBe('2026-06-14')
  })

  it('dates 7.2 and 7.3 only as precisely as their sources allow', () => {
    expect(findRelease('7.2')).toMatchObject({ date: '2026-08-16', dateSourceId: 'eol-linux-7-2' })
    expect(findSource('eol-linux-7-2')?.status).toBe('V-2')
    expect(findRelease('7.3')).toMatchObject({ date: '2026-10', dateSourceId: 'debian-linux-changelog' })
    expect(findRelease('7.3')?.commit).toBeUndefined()
  })

  it('compares versions numerically', () => {
    expect(compareVersions('6.9', '6.10')).toBeLessThan(0)
    expect(compareVersions('6.19', '7.0')).toBeLessThan(0)
    expect(compareVersions('7.0', '7.0')).toBe(0)
  })
})

describe('timeline data', () => {
  const all = phases.flatMap(p => p.milestones.map(resolveMilestone))

  it('runs in date order across all phases', () => {
    for (let i = 1; i < all.length; i++)
      expect(earliestDay(all[i - 1].date) <= earliestDay(all[i].date), `${all[i - 1].title} / ${all[i].title}`).toBe(true)
  })

  it('never dates a milestone after the release of the kernel it belongs to', () => {
    for (const m of all.filter(m => m.kernel)) {
      const release = findRelease(m.kernel!)
      expect(release, `${m.title}: kernel ${m.kernel} is not in data/kernel-releases.ts`).toBeDefined()
      if (release?.date)
        expect(earliestDay(m.date) <= earliestDay(release.date), `${m.title} (${m.date}) after ${m.kernel} (${release.date})`).toBe(true)
    }
  })

  it('writes no release date by hand: a milestone on a release day is dated from the table', () => {
    const releaseDays = new Set(kernelReleases.map(r => r.date).filter(Boolean))
    for (const phase of phases) {
      for (const m of phase.milestones)
        expect(m.date && releaseDays.has(m.date), `${m.title} repeats a release date; omit date and set kernel`).toBeFalsy()
    }
  })

  it('cites a known source for every milestone, and for the release date when it uses one', () => {
    for (const m of all) {
      expect(findSource(m.sourceId), `${m.title}: ${m.sourceId}`).toBeDefined()
      if (m.released)
        expect(findSource(m.releaseSourceId!), m.title).toBeDefined()
    }
  })

  it('refuses a milestone that has neither a date nor a dated kernel', () => {
    expect(() => resolveMilestone({ title: 't', sourceId: 'msrc-2019' })).toThrow(/no date/)
    expect(() => resolveMilestone({ kernel: '5.0', title: 't', sourceId: 'msrc-2019' })).toThrow(/5.0/)
  })

  it('formats dates only as precisely as they are known', () => {
    expect(formatDate('2013-05-27')).toBe('27 May 2013')
    expect(formatDate('2020-08')).toBe('Aug 2020')
    expect(formatDate('2019')).toBe('2019')
    expect(earliestDay('2019')).toBe('2019-01-01')
  })

  it('keeps the first CVE after the talk has told it: only the reader\'s appendix lists it', () => {
    expect(findPhase('settled')!.milestones.some(m => m.sourceId === 'cve-2025-68260-announce')).toBe(true)
  })
})

describe('<HistoryPhases>', () => {
  it('shows the five phases in order, with years, name and headline', () => {
    const items = mount(HistoryPhases).findAll('li')
    expect(items.map(li => li.attributes('data-phase'))).toEqual(phases.map(p => p.id))
    expect(items[0].text()).toContain(phases[0].years)
    expect(items[0].text()).toContain(phases[0].title)
    expect(items[0].text()).toContain(phases[0].headline)
  })
})

describe('<MilestoneTable>', () => {
  it('lists every milestone of its phases with date, release, title and citation', () => {
    const wrapper = mount(MilestoneTable, { props: { phases: ['merge'] } })
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(findPhase('merge')!.milestones.length)
    const merged = rows.find(r => r.text().includes('merges the Rust introduction'))!
    expect(merged.get('time').attributes('datetime')).toBe('2022-10-03')
    expect(merged.text()).toContain('for 6.1')
    const release = rows.find(r => r.attributes('data-released'))!
    expect(release.get('time').text()).toBe('11 Dec 2022')
    expect(wrapper.find('.milestones__footnote').exists()).toBe(true)
  })

  it('says so when a phase id is unknown', () => {
    const wrapper = mount(MilestoneTable, { props: { phases: ['no-such-phase'] } })
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.get('[role="alert"]').text()).toContain('no-such-phase')
  })
})

describe('the reader\'s appendix', () => {
  it('shows every milestone of every phase exactly once, across its tables', async () => {
    const { readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const text = readFileSync(join(__dirname, '../../pages/98-history-dates.md'), 'utf8')
    const shown: string[] = []
    for (const m of text.matchAll(/<MilestoneTable :phases="\[([^\]]*)\]"(?: :rows="\[(\d+), (\d+)\]")? \/>/g)) {
      const ids = m[1].split(',').map(s => s.trim().replace(/'/g, ''))
      const all = ids.flatMap(id => findPhase(id)!.milestones.map(x => `${id}: ${x.title}`))
      shown.push(...(m[2] ? all.slice(Number(m[2]), Number(m[3])) : all))
    }
    const expected = phases.flatMap(p => p.milestones.map(x => `${p.id}: ${x.title}`))
    expect(shown).toEqual(expected)
  })
})
