// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import KernelOnly from '../../components/KernelOnly.vue'

describe('<KernelOnly>', () => {
  it('says the code is formatted and checked here, not compiled, and names the snippet file', () => {
    const wrapper = mount(KernelOnly, { props: { file: 'snippets/architecture/demo.kernel.rs' } })
    const note = wrapper.get('[role="note"]')
    expect(note.text()).toContain('kernel code · formatted and checked, not compiled here')
    expect(note.text()).not.toMatch(/builds in-tree/)
    expect(wrapper.get('.kernel-only__file').text()).toBe('snippets/architecture/demo.kernel.rs')
    expect(note.attributes('aria-label')).toBe('Kernel code: formatted and checked here, not compiled here: snippets/architecture/demo.kernel.rs')
  })

  it('works without a file name', () => {
    const wrapper = mount(KernelOnly)
    expect(wrapper.find('.kernel-only__file').exists()).toBe(false)
    expect(wrapper.get('[role="note"]').attributes('aria-label')).toBe('Kernel code: formatted and checked here, not compiled here')
  })
})
