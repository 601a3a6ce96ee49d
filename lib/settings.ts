// Every setting that more than one script or test needs, in one place.
import { fileURLToPath } from 'node:url'
import { dirname, resolve } from 'node:path'

/** Repository root (this file lives in lib/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The deck's entry file. */
export const ENTRY = resolve(ROOT, 'slides.md')

/** Environment variable that names the Chromium binary for every Playwright use. */
export const CHROMIUM_ENV = 'CHROMIUM_PATH'

/** Where `npm run export` writes its PDFs. */
export const EXPORT_DIR = resolve(ROOT, 'exports')
export const EXPORT_BASENAME = 'rust-for-linux'

/**
 * The end-to-end tests run against a build under a sub-path, so that hosting
 * under e.g. /talks/rust-for-linux/ is proven by every test run.
 */
export const TEST_BASE = '/talks/rust-for-linux/'
export const TEST_SITE_DIR = resolve(ROOT, '.build/e2e-site')
/** Ports can be moved (RFL_TEST_PORT, RFL_FIXTURE_PORT) so two checkouts can run their tests side by side. */
export const TEST_PORT = Number(process.env.RFL_TEST_PORT ?? 4173)

/** Slidev's canvas, in CSS pixels (16:9 at canvasWidth 980). */
export const CANVAS = { width: 980, height: 552 } as const

/**
 * Smallest text the browser checks accept, in canvas pixels (980 x 552 canvas; 14 px there is
 * 27 px on a 1080p projector): every word on a slide, diagrams and code included.
 */
export const MIN_TEXT_PX = 14
/** Citations, reference URLs, kickers, captions and footers may be smaller, down to this. */
export const MIN_FINE_PRINT_PX = 11
/** What counts as fine print for the size check. */
export const FINE_PRINT_SELECTOR = '.cite, .ref-url, .part, .caption, figcaption, .fine-print, footer'
/** Port of the fixture deck the browser checks must reject. */
export const FIXTURE_PORT = Number(process.env.RFL_FIXTURE_PORT ?? 4174)
export const FIXTURE_SITE_DIR = resolve(ROOT, '.build/e2e-fixture')

/** Set (to 1) for `slidev build` to keep Slidev's print route in the site (setup/vite-plugins.ts). */
export const PRINT_BUILD_ENV = 'RFL_PRINT_BUILD'
