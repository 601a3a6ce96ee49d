import { createGenerator, presetWind3 } from 'unocss'
import { describe, expect, it } from 'vitest'
import { fenceNotesFromUno, FRONTMATTER_MODULE } from '../../lib/build-diet'

// The shape of a slide's frontmatter module as Slidev writes it (abridged).
const note = '<p>The block is hidden behind a flex of words.</p>\\n<p><span class=\\"text-red-700 cite\\">[3]</span></p>'
const module = [
  '// @unocss-include',
  'export const frontmatterData = {"layout":"default","class":"text-center"}',
  'export const meta = shallowReactive({',
  `  slide: {...({"title":"A slide","noteHTML":"${note}"})},`,
  '})',
].join('\n')

/** What UnoCSS reads of a module: everything outside its skip comments. */
const scanned = (code: string) => code.replace(/\/\/ @unocss-skip-start[\s\S]*?\/\/ @unocss-skip-end/g, '')

describe('notes in UnoCSS\'s scan', () => {
  it('applies to Slidev\'s frontmatter modules only', () => {
    expect(FRONTMATTER_MODULE.test('/deck/pages/02-how.md__slidev_14.frontmatter')).toBe(true)
    expect(FRONTMATTER_MODULE.test('/deck/pages/02-how.md__slidev_14.md')).toBe(false)
    expect(fenceNotesFromUno('export default {}')).toBeUndefined()
  })

  it('keeps the frontmatter\'s and the notes\' classes, and drops the notes\' prose', async () => {
    const fenced = fenceNotesFromUno(module)!
    const uno = await createGenerator({ presets: [presetWind3()] })
    const { css } = await uno.generate(scanned(fenced), { preflights: false })
    expect(css).toContain('.text-center')
    expect(css).toContain('.text-red-700')
    expect(css).not.toMatch(/\.hidden|\.flex|\.block/)
    // Unfenced, the prose would have made utilities of its words.
    expect((await uno.generate(scanned(module), { preflights: false })).css).toMatch(/\.hidden/)
  })
})
