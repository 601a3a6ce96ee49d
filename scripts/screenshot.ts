// Renders slides of a running deck to PNG, to look at them as the audience will.
//   npx tsx scripts/screenshot.ts --url http://localhost:4173/ --slides 3-6 [--clicks 0|N|last|each] [--out shots] [--dark]
// --clicks each: one PNG per click step (slide-03-c0.png, slide-03-c1.png, ...).
// Serve a build first: npx slidev build --out .build/look && npx tsx scripts/serve.ts --dir .build/look --port 4300
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { findChromium, QUIET_CHROMIUM_ARGS } from '../lib/chromium'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4173/' },
    slides: { type: 'string', default: '1-1' },
    clicks: { type: 'string', default: 'last' },
    out: { type: 'string', default: 'shots' },
    dark: { type: 'boolean', default: false },
  },
})

const [from, to = from] = values.slides.split('-').map(Number)
const out = resolve(values.out)
mkdirSync(out, { recursive: true })
const base = values.url.endsWith('/') ? values.url : `${values.url}/`

const browser = await chromium.launch({ executablePath: findChromium().path, args: [...QUIET_CHROMIUM_ARGS] })
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: values.dark ? 'dark' : 'light' })
page.on('console', (m) => {
  if (m.type() === 'error')
    console.log(`console error: ${m.text().split('\n')[0]}`)
})

async function shoot(no: number, clicks: number, name: string) {
  await page.goto(`${base}${no}?clicks=${clicks}`, { waitUntil: 'networkidle' })
  await page.locator(`.slidev-page-${no} .slidev-layout`).waitFor()
  await page.waitForTimeout(500) // let Mermaid and fonts settle
  await page.screenshot({ path: join(out, name) })
  console.log(join(out, name))
}

for (let no = from; no <= to; no++) {
  const tag = String(no).padStart(2, '0')
  if (values.clicks === 'each') {
    // Slidev clamps ?clicks= to the slide's number of click steps and writes it back to the URL.
    await page.goto(`${base}${no}?clicks=999`, { waitUntil: 'networkidle' })
    await page.waitForTimeout(300)
    const steps = Number(new URL(page.url()).searchParams.get('clicks') ?? 0)
    for (let k = 0; k <= steps; k++)
      await shoot(no, k, `slide-${tag}-c${k}.png`)
  }
  else {
    await shoot(no, values.clicks === 'last' ? 999 : Number(values.clicks), `slide-${tag}.png`)
  }
}
await browser.close()
