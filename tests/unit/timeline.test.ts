// @vitest-environment happy-dom
// The history data (one release table, eras of milestones) and the <Timeline> component,
// driven by Slidev's own v-click directive and clicks context, as on a real slide.
import { mount } from '@vue/test-utils'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref, type Plugin, type Ref } from 'vue'

// Slidev's client modules read build-time globals and a virtual config module.
vi.hoisted(() => {
  Object.assign(globalThis, { __DEV__: false, __SLIDEV_HASH_ROUTE__: false })
})
vi.mock('@slidev/client/env.ts', () => ({ configs: {} }))

// Loaded by a computed path so that vue-tsc does not type-check Slidev's client sources,
// which need Slidev's own build-time declarations; at run time these are the real modules.
interface ClicksContext { total: number, setup: () => void }
const slidevClient = (path: string): Promise<any> => import(/* @vite-ignore */ `@slidev/client/${path}`)
const { createClicksContextBase } = await slidevClient('composables/useClicks.ts') as {
  createClicksContextBase: (current: Ref<number>, start: number, total?: number) => ClicksContext
}
const { createVClickDirectives } = await slidevClient('modules/v-click.ts') as { createVClickDirectives: () => Plugin }
const { CLICKS_MAX, injectionClicksContext } = await slidevClient('constants.ts') as { CLICKS_MAX: number, injectionClicksContext: string }
const { default: Timeline } = await import('../../components/Timeline.vue')
const { compareVersions, findRelease, kernelReleases, utcDay } = await import('../../data/kernel-releases')
const { earliestDay, eras, findEra, formatDate, resolveMilestone } = await import('../../data/timeline')
const { findSource } = await import('../../data/sources')
const { parseSync } = await import('@slidev/parser')

/** Mounts <Timeline> inside a component that owns a clicks context, like Slidev's SlideWrapper. */
function mountAt(era: string, clicks: number, total?: number) {
  const current = ref(clicks)
  const ctx = createClicksContextBase(current, 0, total)
  const Host = defineComponent({
    setup() {
      ctx.setup()
      return () => h(Timeline, { era })
    },
  })
  const wrapper = mount(Host, {
    global: {
      plugins: [createVClickDirectives()],
      provide: { [injectionClicksContext]: ref(ctx) },
    },
  })
  return { wrapper, ctx, current }
}

const hidden = (w: ReturnType<typeof mountAt>['wrapper']) =>
  w.findAll('li').map(li => li.classes().includes('slidev-vclick-hidden'))

describe('kernel release table', () => {
  it('lists each version once, in order, with release dates that only go forward', () => {
    const versions = kernelReleases.map(r => r.version)
    expect(new Set(versions).size).toBe(versions.length)
    const dated = kernelReleases.filter(r => r.date)
    expect(new Set(dated.map(r => r.date)).size).toBe(dated.length)
    for (let i = 1; i < kernelReleases.length; i++)
      expect(compareVersions(kernelReleases[i - 1].version, kernelReleases[i].version)).toBeLessThan(0)
    for (let i = 1; i < dated.length; i++)
      expect(dated[i - 1].date! < dated[i].date!, `${dated[i - 1].version} before ${dated[i].version}`).toBe(true)
  })

  it('sources every date it has, with a release commit id', () => {
    for (const r of kernelReleases.filter(r => r.date)) {
      expect(findSource(r.sourceId!), r.version).toBeDefined()
      expect(r.commit, r.version).toMatch(/^[0-9a-f]{40}$/)
    }
  })

  it('dates a release by the UTC day of its commit, and knows the dates facts.md confirms', () => {
    expect(utcDay('2023-10-29 16:31:08 -1000')).toBe('2023-10-30')
    expect(utcDay('2024-09-15 16:57:56 +0200')).toBe('2024-09-15')
    expect(findRelease('6.1')?.date).toBe('2022-12-11')
    expect(findRelease('6.12')?.date).toBe('2024-11-17')
    expect(findRelease('6.18')?.date).toBe('2025-11-30')
    expect(findRelease('6.19')?.date).toBe('2026-02-08')
    expect(findRelease('7.0')?.date).toBe('2026-04-12')
  })

  it('compares versions numerically', () => {
    expect(compareVersions('6.9', '6.10')).toBeLessThan(0)
    expect(compareVersions('6.19', '7.0')).toBeLessThan(0)
    expect(compareVersions('7.0', '7.0')).toBe(0)
  })
})

describe('timeline data', () => {
  const all = eras.flatMap(e => e.milestones.map(resolveMilestone))

  it('runs in date order across all eras', () => {
    for (let i = 1; i < all.length; i++)
      expect(earliestDay(all[i - 1].date) <= earliestDay(all[i].date), `${all[i - 1].title} / ${all[i].title}`).toBe(true)
  })

  it('never dates a milestone after the release of the kernel it belongs to', () => {
    for (const m of all.filter(m => m.kernel)) {
      const release = findRelease(m.kernel!)
      expect(release, `${m.title}: kernel ${m.kernel} is not in data/kernel-releases.ts`).toBeDefined()
      if (release?.date)
        expect(earliestDay(m.date) <= release.date, `${m.title} (${m.date}) after ${m.kernel} (${release.date})`).toBe(true)
    }
  })

  it('writes no release date by hand: a milestone on a release day is dated from the table', () => {
    const releaseDays = new Set(kernelReleases.map(r => r.date).filter(Boolean))
    for (const era of eras) {
      for (const m of era.milestones)
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
    expect(() => resolveMilestone({ title: 't', detail: 'd', sourceId: 'msrc-2019' })).toThrow(/no date/)
    expect(() => resolveMilestone({ kernel: '5.0', title: 't', detail: 'd', sourceId: 'msrc-2019' })).toThrow(/5.0/)
  })

  it('formats dates only as precisely as they are known', () => {
    expect(formatDate('2013-05-27')).toBe('27 May 2013')
    expect(formatDate('2020-08')).toBe('Aug 2020')
    expect(formatDate('2019')).toBe('2019')
    expect(earliestDay('2019')).toBe('2019-01-01')
  })

  it('includes the facts.md milestones the talk promises', () => {
    const dates = new Set(all.map(m => m.date))
    for (const d of ['2013-05-27', '2020-07-09', '2021-04-14', '2022-10-03', '2022-12-11', '2025-12-13', '2026-04-12'])
      expect(dates.has(d), d).toBe(true)
  })
})

describe('<Timeline>', () => {
  const era = 'merge'
  const n = findEra(era)!.milestones.length

  it('renders every milestone of its era with date, kernel, title, detail and citation', () => {
    const { wrapper } = mountAt(era, 0)
    const items = wrapper.findAll('li')
    expect(items).toHaveLength(n)
    expect(items[1].get('time').attributes('datetime')).toBe('2022-10-03')
    expect(items[1].get('time').text()).toBe('3 Oct 2022')
    expect(items[1].get('.timeline__kernel').text()).toBe('for 6.1')
    expect(items[1].text()).toContain('Torvalds merges tag rust-v6.1-rc1')
    expect(items[1].get('a.cite').attributes('href')).toBe(findSource('torvalds-merge-rust-6-1')!.url)
    // The release item is dated from the release table, whose source is cited once, under the list.
    expect(items[2].get('time').text()).toBe('11 Dec 2022')
    expect(items[2].get('.timeline__kernel').text()).toBe('6.1 release')
    expect(wrapper.get('.timeline__footnote a.cite').attributes('href')).toBe(findSource('mainline-release-commits')!.url)
    expect(wrapper.get('ol').attributes('aria-label')).toBe(findEra(era)!.label)
  })

  it('reveals one more item per click, the first one at once', () => {
    const { wrapper, current } = mountAt(era, 0)
    expect(hidden(wrapper)).toEqual([false, true, true])
    current.value = 1
    return wrapper.vm.$nextTick().then(() => {
      expect(hidden(wrapper)).toEqual([false, false, true])
      current.value = 2
      return wrapper.vm.$nextTick()
    }).then(() => expect(hidden(wrapper)).toEqual([false, false, false]))
  })

  it('registers exactly one click step per revealed item', () => {
    const { ctx } = mountAt('foundations', 0)
    expect(ctx.total).toBe(findEra('foundations')!.milestones.length - 1)
  })

  it('shows everything in print and overview, where Slidev sets the clicks to CLICKS_MAX', () => {
    const { wrapper } = mountAt('settled', CLICKS_MAX, findEra('settled')!.milestones.length - 1)
    expect(hidden(wrapper).every(h => !h)).toBe(true)
    expect(wrapper.findAll('li')).toHaveLength(findEra('settled')!.milestones.length)
  })

  it('has no release footnote when no item is dated by a release', () => {
    const { wrapper } = mountAt('experiments', 0)
    expect(wrapper.find('.timeline__footnote').exists()).toBe(false)
  })

  it('says so when the era id is unknown', () => {
    const { wrapper } = mountAt('no-such-era', 0)
    expect(wrapper.find('ol').exists()).toBe(false)
    expect(wrapper.get('[role="alert"]').text()).toContain('no-such-era')
  })
})

describe('timeline slides', () => {
  // Each <Timeline era="…"> slide declares as many click steps as the timeline reveals,
  // so Slidev, the presenter's [click] markers and the linter agree.
  const file = join(__dirname, '../../pages/02-history.md')
  const slides = parseSync(readFileSync(file, 'utf8'), file).slides
  const timelineSlides = slides.filter(s => /<Timeline\s/.test(s.content))

  it('covers every era exactly once', () => {
    const used = timelineSlides.map(s => s.content.match(/<Timeline\s+era="([\w-]+)"/)![1])
    expect(used.sort()).toEqual(eras.map(e => e.id).sort())
  })

  it('declares clicks = items after the first, with as many [click] markers in the notes', () => {
    for (const s of timelineSlides) {
      const id = s.content.match(/<Timeline\s+era="([\w-]+)"/)![1]
      const steps = findEra(id)!.milestones.length - 1
      expect(s.frontmatter.clicks, id).toBe(steps)
      expect((s.note ?? '').match(/\[click\]/g)?.length ?? 0, id).toBe(steps)
    }
  })
})
