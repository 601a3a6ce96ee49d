// The browser checks must fail, with their message, on a fixture deck built to break them
// (tests/fixtures/browser/slides.md), and pass on its clean slides.
import { expect, test } from '@playwright/test'
import { FIXTURE_PORT } from '../../lib/settings'
import {
  codeContrastProblems,
  canvasUseProblems,
  clickSteps,
  codeLineProblems,
  codeSizeProblems,
  diagramSizeProblems,
  dimmedCodeProblems,
  edgeLineProblems,
  mermaidTextProblems,
  openStep,
  overflowProblems,
  textSizeProblems,
  unknownElementProblems,
} from './checks'

test.use({ baseURL: `http://localhost:${FIXTURE_PORT}/` })

test('a clean slide passes every check', async ({ page }) => {
  const at = { no: 1, clicks: 0 }
  await openStep(page, at)
  expect([...await overflowProblems(page, at), ...await textSizeProblems(page, at), ...await unknownElementProblems(page, at)]).toEqual([])
})

test('an overflowing slide is named, with its size and a fix', async ({ page }) => {
  const at = { no: 2, clicks: 0 }
  await openStep(page, at)
  const problems = await overflowProblems(page, at)
  expect(problems[0]).toMatch(/^slide 2 at click 0: content is 980 x \d+ px in a 980 x 552 px layout\. Shorten the slide, split it/)
})

test('text below the minimum size is named, with its size', async ({ page }) => {
  const at = { no: 3, clicks: 0 }
  await openStep(page, at)
  expect(await textSizeProblems(page, at)).toEqual([
    'slide 3 at click 0: "This sentence cannot be read from the ba" is 9.0 px (minimum 14 px). Enlarge it, or cut content so it fits at a legible size.',
  ])
})

test('a component that does not exist is named', async ({ page }) => {
  const at = { no: 4, clicks: 0 }
  await openStep(page, at)
  expect(await unknownElementProblems(page, at)).toEqual([
    'slide 4 at click 0: <nosuchchart> did not resolve to a component. Fix the name or add it to components/.',
  ])
})

test('clean slides (a chart that fills the canvas; 12 lines of 18 px code ending on all) pass every stage check', async ({ page }) => {
  for (const no of [5, 6]) {
    const steps = await clickSteps(page, no)
    for (let clicks = 0; clicks <= steps; clicks++) {
      const at = { no, clicks }
      await openStep(page, at)
      const problems = [
        ...await overflowProblems(page, at),
        ...await textSizeProblems(page, at),
        ...await mermaidTextProblems(page, at),
        ...await codeSizeProblems(page, at),
        ...await codeLineProblems(page, at),
      ]
      if (clicks === steps)
        problems.push(...await diagramSizeProblems(page, at, false), ...await canvasUseProblems(page, at), ...await dimmedCodeProblems(page, at))
      expect(problems, `slide ${no} at click ${clicks}`).toEqual([])
    }
  }
})

test('Mermaid text under 16 px is named, with its size', async ({ page }) => {
  const at = { no: 7, clicks: 0 }
  await openStep(page, at)
  expect(await mermaidTextProblems(page, at)).toEqual([
    'slide 7 at click 0: Mermaid text "tiny label" is 8.0 px (minimum 16 px in diagrams). Raise the fence\'s {scale} (text is 18 px at scale 1 in setup/mermaid.ts) or simplify the diagram.',
    'slide 7 at click 0: Mermaid text "another tiny label" is 8.0 px (minimum 16 px in diagrams). Raise the fence\'s {scale} (text is 18 px at scale 1 in setup/mermaid.ts) or simplify the diagram.',
  ])
  // The slide sets `diagram: inline`, so its small diagram is accepted.
  expect(await diagramSizeProblems(page, at, true)).toEqual([])
})

test('a chart under half the canvas is named unless the slide sets diagram: inline, and the flag must be needed', async ({ page }) => {
  const small = { no: 8, clicks: 0 }
  await openStep(page, small)
  expect(await diagramSizeProblems(page, small, false)).toEqual([
    'slide 8 at click 0: the chart "A small chart" covers 8 % of the canvas (300 x 150 px; at least 50 %). Make it larger (raise {scale}, give it the slide\'s width, move text into the notes), or set "diagram: inline" in the slide\'s frontmatter if a small diagram is deliberate.',
  ])
  const flagged = { no: 13, clicks: 0 }
  await openStep(page, flagged)
  expect(await diagramSizeProblems(page, flagged, true)).toEqual([
    'slide 13 at click 0: the slide sets "diagram: inline" but has no diagram smaller than 50 % of the canvas. Remove the flag.',
  ])
})

test('a slide whose lower 40 % is empty is named; a section layout is exempt', async ({ page }) => {
  const at = { no: 9, clicks: 0 }
  await openStep(page, at)
  const [problem, ...rest] = await canvasUseProblems(page, at)
  expect(rest).toEqual([])
  expect(problem).toMatch(/^slide 9 at click 0: content ends \d+ px from the top \(\d+ % of the canvas height; it must reach below 60 %\), so the lower part of the default slide is empty\. Enlarge the diagram or type/)
  await openStep(page, { no: 12, clicks: 0 })
  expect(await canvasUseProblems(page, { no: 12, clicks: 0 })).toEqual([])
})

test('code under 18 px, and more than 14 code lines at a step, are named', async ({ page }) => {
  const at = { no: 10, clicks: 0 }
  await openStep(page, at)
  expect([...await codeSizeProblems(page, at), ...await codeLineProblems(page, at)]).toEqual([
    'slide 10 at click 0: code "int" is 12.0 px (minimum 18 px for code). Show fewer lines at a larger size: cut the snippet to a #region, or split it.',
    'slide 10 at click 0: the code block starting "int a01;" shows 16 lines of code (at most 14 at a step). Cut it to a #region, or split it over steps or slides.',
  ])
})

test('code tokens under 4.5:1 on their code background are named (the fixture keeps Slidev\'s default code theme)', async ({ page }) => {
  const at = { no: 6, clicks: 1 }
  await openStep(page, at)
  const problems = await codeContrastProblems(page, at)
  expect(problems.length).toBeGreaterThan(0)
  expect(problems[0]).toMatch(/^slide 6 at click 1: code ".+" is rgb\(.+\) on rgb\(.+\): \d\.\d\d:1 \(at least 4\.5:1\)\. Change the code theme's colour \(setup\/shiki\.ts\)\.$/)
})

test('code lines still dimmed at the final click step are named', async ({ page }) => {
  const steps = await clickSteps(page, 11)
  expect(steps).toBe(1)
  await openStep(page, { no: 11, clicks: 0 })
  expect(await dimmedCodeProblems(page, { no: 11, clicks: 0 })).toHaveLength(1) // the check sees dimming at every step it runs
  await openStep(page, { no: 11, clicks: steps })
  expect(await dimmedCodeProblems(page, { no: 11, clicks: steps })).toEqual([
    'slide 11 at click 1: 1 code line(s) are still dimmed at the final click step, e.g. "let first = 1;": the overview and the PDF show them faded. End the highlight sequence with "all" ({1|3|all}).',
  ])
})

test('the dark line at the slide edges shows without styles/layout-fixes.css, at both window sizes', async ({ page }) => {
  // The fixture deck has no styles/ of its own, so Slidev's black container shows through the gap.
  const problems = await edgeLineProblems(page, 1)
  expect(problems.map(p => p.split(':')[0])).toEqual([
    'slide 1 at 1280x720', // left column 0
    'slide 1 at 1280x720', // right column 1279
    'slide 1 at 1920x1080', // left columns 0 and 1
    'slide 1 at 1920x1080',
    'slide 1 at 1920x1080', // right columns 1919 and 1918
    'slide 1 at 1920x1080',
  ])
  expect(problems[0]).toBe('slide 1 at 1280x720: pixel column 0 (left edge) is darker than the slide in 100 % of its rows (luminance down to 33): a dark line at the slide\'s edge. The canvas does not fill the window; paint the gap in the slide\'s background (styles/layout-fixes.css).')
})
