// Text that axe-core cannot check (inside SVG: Mermaid diagrams and charts) gets its colours from
// the Mermaid theme (setup/mermaid.ts) and the palette (styles/deck.css). Every pair of text colour
// and the fill it sits on must pass WCAG AA for normal text, 4.5:1.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import mermaidSetup from '../../setup/mermaid'
import { ROOT } from '../../lib/settings'

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map(c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

const css = readFileSync(join(ROOT, 'styles/deck.css'), 'utf8')
const rootBlock = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')))
const palette = (name: string) => rootBlock.match(new RegExp(`--rfl-${name}:\\s*(#[0-9a-fA-F]{6})`))?.[1] ?? ''

describe('colours of text that axe cannot reach', () => {
  it('computes WCAG contrast correctly', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1)
  })

  it('Mermaid: every text colour on every fill of the theme', async () => {
    const theme = (await (mermaidSetup as () => Promise<Record<string, any>> | Record<string, any>)()).themeVariables as Record<string, string>
    const texts = ['primaryTextColor', 'actorTextColor', 'signalTextColor', 'noteTextColor'].map(k => theme[k])
    const fills = ['#ffffff', theme.primaryColor, theme.secondaryColor, theme.tertiaryColor, theme.actorBkg, theme.noteBkgColor]
    for (const text of texts) {
      for (const fill of fills)
        expect(contrast(text, fill), `${text} on ${fill}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('the palette: text and muted text on white, on the surface and on each tint', () => {
    const backgrounds = ['#ffffff', palette('surface'), palette('accent-tint'), palette('safe-tint'), palette('c-tint')]
    for (const text of [palette('text'), palette('muted'), palette('accent')]) {
      for (const bg of backgrounds)
        expect(contrast(text, bg), `${text} on ${bg}`).toBeGreaterThanOrEqual(4.5)
    }
  })
})
