// The browser checks must fail, with their message, on a fixture deck built to break them.
import { expect, test } from '@playwright/test'
import { FIXTURE_PORT } from '../../lib/settings'
import { openStep, overflowProblems, textSizeProblems, unknownElementProblems } from './checks'

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
