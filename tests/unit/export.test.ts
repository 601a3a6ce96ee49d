// The export's pure parts: notes as the handout prints them, the outline by part, the
// messages for outputs that cannot be written, and the build diet's reading of Mermaid.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { talk } from '../../data/talk'
import { dietChunk, dietMainBundle, diagramBody, dropWoffFallbacks, readDetectors, usedDiagramTypes } from '../../lib/build-diet'
import type { DeckSlide } from '../../lib/deck'
import { outlineByPart } from '../../lib/export/exporter'
import { notesToHtml, plainTitle, printedOpening } from '../../lib/export/handout'
import { checkOutput, describeWriteError, OutputError } from '../../lib/export/output'

describe('handout notes', () => {
  const numbers = new Map([['msrc-2019', 1], ['android-2022', 7]])

  it('turns [@id] into a numbered link to the references, with the source title on hover', () => {
    const html = notesToHtml('Most bugs [@msrc-2019]. Android too [@android-2022][@msrc-2019].', numbers)
    expect(html).toContain('<a class="cite" href="#ref-1" title="')
    expect(html).toContain('>[7]</a><a class="cite" href="#ref-1"')
    expect(html).not.toContain('[@')
  })

  it('drops [click] markers and keeps the words around them', () => {
    const html = notesToHtml('First point.\n\n[click] Second point. [click:3] Third.', numbers)
    expect(html).not.toMatch(/\[click/)
    expect(html).toContain('Second point. Third.')
  })

  it('sets a reader\'s paragraph (a blockquote) apart as "For the reader", once', () => {
    const html = notesToHtml('Spoken.\n\n> For the reader: the long version.\n\nSpoken again.', numbers)
    expect(html).toMatch(/<aside class="for-reader"><p class="for-reader-label">For the reader<\/p>\n<p>the long version\.<\/p>/)
    expect(html.match(/For the reader/g)).toHaveLength(1)
    expect(notesToHtml('> Detail without a label.', numbers)).toContain('For the reader</p>\n<p>Detail without a label.')
  })

  it('marks an unknown citation instead of printing the raw key', () => {
    expect(notesToHtml('See [@no-such-source].', numbers)).toContain('[unknown source no-such-source]')
  })

  it('gives the opening words as printed, citations as [n]', () => {
    expect(printedOpening(notesToHtml('Bugs [@msrc-2019] are *common* & costly, said everyone.', numbers), 5)).toBe('Bugs [1] are common &')
    expect(plainTitle('The first CVE came from `unsafe`')).toBe('The first CVE came from unsafe')
  })
})

describe('outline by part', () => {
  const slide = (no: number, file: string, title: string) => ({ no, file, title }) as DeckSlide

  it('groups slides under the part whose file they are written in, in talk order', () => {
    const slides = [slide(1, 'slides.md', 'Cover'), slide(2, 'pages/01-why.md', 'A'), slide(3, 'pages/01-why.md', 'B `x`'), slide(4, 'tests/other.md', 'Loose')]
    expect(outlineByPart(slides, no => no * 2, talk)).toEqual([
      { title: 'Opening', page: 2, children: [{ title: 'Cover', page: 2 }] },
      { title: 'Why Rust?', page: 4, children: [{ title: 'A', page: 4 }, { title: 'B x', page: 6 }] },
      { title: 'Loose', page: 8 },
    ])
  })
})

describe('outputs that cannot be written', () => {
  it('says what is wrong and what to do, for each error a write can meet', () => {
    const say = (code: string) => describeWriteError(Object.assign(new Error(code), { code }), '/x/talk.pdf')
    expect(say('EBUSY')).toContain('in use by another program')
    expect(say('ETXTBSY')).toContain('in use by another program')
    expect(say('EPERM')).toContain('permission denied')
    expect(say('EACCES')).toContain('If another program has it open, close it there')
    expect(say('EROFS')).toContain('read-only file system')
    expect(say('EISDIR')).toContain('is a directory')
    expect(say('ENOSPC')).toContain('no space left')
  })

  it('refuses a path under a regular file before any work', () => {
    expect(() => checkOutput('/etc/hostname/talk.pdf')).toThrow(OutputError)
    expect(() => checkOutput('/etc/hostname/talk.pdf')).toThrow(/ENOTDIR/)
    expect(() => checkOutput('/proc/version')).toThrow(OutputError)
  })
})

describe('build diet', () => {
  const main = readFileSync('node_modules/mermaid/dist/mermaid.esm.mjs', 'utf8')
  const use = { diagrams: ['---\ntitle: x\n---\n%%{init: {}}%%\nflowchart TB\n A --> B', 'sequenceDiagram\n A->>B: hi'], config: 'layout: \'dagre\'' }

  it('reads every diagram detector in Mermaid\'s bundle, with its patterns', () => {
    const ids = readDetectors(main).map(d => d.id)
    expect(ids.length).toBeGreaterThan(30)
    expect(ids).toEqual(expect.arrayContaining(['flowchart-v2', 'sequence', 'gitGraph', 'mindmap']))
  })

  it('keeps the diagram types the deck uses, by Mermaid\'s own detectors, and cuts the rest', () => {
    expect(diagramBody(use.diagrams[0]).trim()).toBe('flowchart TB\n A --> B')
    expect(usedDiagramTypes(main, use)).toEqual(['flowchart-v2', 'sequence'])
    const { code, cut } = dietMainBundle(main, use)
    expect(cut).toContain('diagram gitGraph')
    expect(cut).not.toContain('diagram sequence')
    expect(code).toMatch(/import\("\.\/chunks\/mermaid\.esm\/sequenceDiagram-[A-Z0-9]+\.mjs"\)/)
    expect(code).not.toMatch(/import\("\.\/chunks\/mermaid\.esm\/gitGraphDiagram-[A-Z0-9]+\.mjs"\)/)
  })

  it('keeps elk while Mermaid\'s default layout (elk) is in force or a diagram names it', () => {
    const dir = 'node_modules/mermaid/dist/chunks/mermaid.esm'
    const layouts = readdirSync(dir).map(f => readFileSync(join(dir, f), 'utf8')).find(code => code.includes('elkLayoutLoaders'))!
    expect(dietChunk(layouts, use, main).cut).toEqual(['layout elk', 'layout cose-bilkent', 'layout swimlane'])
    expect(dietChunk(layouts, { ...use, config: '' }, main).cut).not.toContain('layout elk')
    // A comment that mentions elk is not a layout setting.
    expect(dietChunk(layouts, { ...use, config: '// elk is 1.6 MB\nlayout: \'dagre\',' }, main).cut).toContain('layout elk')
    expect(dietChunk(layouts, { ...use, diagrams: ['---\nconfig:\n  layout: elk\n---\nflowchart LR\n a-->b'] }, main).cut).not.toContain('layout elk')
    expect(dietChunk(layouts, { ...use, diagrams: ['mindmap\n root'] }, main).cut).not.toContain('layout cose-bilkent')
  })

  it('drops the woff copies of @fontsource faces and keeps woff2', () => {
    const css = 'src: url(./files/a-400.woff2) format(\'woff2\'), url(./files/a-400.woff) format(\'woff\');'
    expect(dropWoffFallbacks(css)).toBe('src: url(./files/a-400.woff2) format(\'woff2\');')
  })
})
