// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Cite from '../../components/Cite.vue'
import References from '../../components/References.vue'
import { findSource, sources } from '../../data/sources'

describe('<Cite>', () => {
  it('is the source\'s number in order of first use, linking to it, with title and publisher on hover', () => {
    const wrapper = mount(Cite, { props: { id: 'msrc-2019', ids: ['android-2022', 'msrc-2019'] } })
    const link = wrapper.get('a')
    expect(link.attributes('href')).toBe(findSource('msrc-2019')!.url)
    expect(link.text()).toBe('[2]')
    expect(link.attributes('title')).toBe('A proactive approach to more secure code (Microsoft Security Response Center, 2019)')
    expect(link.attributes('aria-label')).toBe('[2] source: A proactive approach to more secure code (Microsoft Security Response Center, 2019)')
  })

  it('shows an unknown id as an alert instead of failing silently', () => {
    const wrapper = mount(Cite, { props: { id: 'no-such-source' } })
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.get('[role="alert"]').text()).toContain('no-such-source')
  })
})

describe('<References>', () => {
  const ids = sources.slice(0, 8).map(s => s.id)

  it('lists one page of the cited sources, numbered from the page start', () => {
    const wrapper = mount(References, { props: { ids, page: 2, perPage: 6 } })
    const items = wrapper.findAll('li')
    expect(items).toHaveLength(2)
    expect(wrapper.get('ol').attributes('start')).toBe('7')
    expect(items[0].text()).toContain(findSource(ids[6])!.title)
    expect(items[0].text()).toContain(findSource(ids[6])!.url)
  })

  it('skips ids the registry does not know (the linter reports them)', () => {
    const wrapper = mount(References, { props: { ids: ['no-such-source', ids[0]] } })
    expect(wrapper.findAll('li')).toHaveLength(1)
  })
})
