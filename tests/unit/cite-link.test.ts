import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { findSource } from '../../data/sources'
import { citeAriaLabel, renderNoteCitations } from '../../lib/cite-link'

describe('citations in the notes', () => {
  const numbers = new Map([['msrc-2019', 3], ['android-2022', 7]])
  const html = renderNoteCitations('About 70 percent [@msrc-2019] [@android-2022], and [@no-such-id].', numbers)

  it('become the numbered link the source has everywhere, with its title on hover', () => {
    const msrc = findSource('msrc-2019')!
    expect(html).toContain(`<a class="cite cite--note" href="${msrc.url}" target="_blank" rel="noopener" title="${msrc.title} (Microsoft Security Response Center, 2019)" aria-label="${citeAriaLabel(3, msrc)}">[3]</a>`)
    expect(html).toMatch(/>\[7\]<\/a>, and/)
  })

  it('never leave a raw key, not even for an unknown id, once Markdown renders them', () => {
    const rendered = new MarkdownIt({ html: true }).render(html)
    expect(rendered).not.toContain('[@')
    expect(rendered).toContain('<span class="cite cite--unknown">[unknown source: no-such-id]</span>')
  })

  it('escape quotes in the hover text', () => {
    expect(renderNoteCitations('[@msrc-2019]', numbers)).not.toMatch(/title="[^"]*"[^ >]/)
  })
})
