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
export const FINE_PRINT_SELECTOR = '.cite, .ref-url, .part, .caption, figcaption, .fine-print, footer, .as-of'
/** Port of the fixture deck the browser checks must reject. */
export const FIXTURE_PORT = Number(process.env.RFL_FIXTURE_PORT ?? 4174)
export const FIXTURE_SITE_DIR = resolve(ROOT, '.build/e2e-fixture')

// --- Stage design (issue 13): limits the linter and the browser checks enforce. ---

/** Most prose words on one slide's canvas (code, citations, tables, chart data, props and the kicker not counted). */
export const MAX_SLIDE_WORDS = 40
/** Most prose words on the deck's median slide (the talk's slides: references, backup and appendix parts left out). */
export const MAX_MEDIAN_SLIDE_WORDS = 25
/** Most code lines a code block shows at one step (one magic-move step is one block). */
export const MAX_CODE_LINES = 14
/** Smallest code size on the canvas, in canvas pixels (code blocks; inline code follows the prose rules). */
export const MIN_CODE_PX = 18
/** Smallest text inside a Mermaid diagram (labels, messages, notes), in canvas pixels. */
export const MIN_MERMAID_TEXT_PX = 16
/** A diagram or chart covers at least this share of the canvas area, unless its slide sets `diagram: inline`. */
export const MIN_DIAGRAM_AREA_SHARE = 0.5
/** Charts drawn by components: an SVG that declares itself an image (Mermaid's SVGs are found in their shadow roots). */
export const CHART_SELECTOR = 'svg[role="img"]'
/** Frontmatter that lets a slide keep a deliberately small diagram: `diagram: inline`. */
export const SMALL_DIAGRAM_FLAG = { key: 'diagram', value: 'inline' } as const
/** Visible content must reach below this share of the canvas height, or the lower part of the slide is empty. */
export const MIN_CONTENT_BOTTOM_SHARE = 0.6
/** Layouts meant to leave space empty, exempt from the lower-canvas check (the class Slidev gives `.slidev-layout`). */
export const SPARSE_LAYOUTS: readonly string[] = ['cover', 'intro', 'section', 'divider', 'quote', 'end']
/** Content that does not count as using the canvas: footers and other fine print pinned to an edge. */
export const CANVAS_USE_IGNORE_SELECTOR = 'footer, .as-of, .slidev-page-number'
/** Viewports at which the browser check looks for a dark line at the slide's left and right edges. */
export const EDGE_CHECK_VIEWPORTS: readonly { width: number, height: number }[] = [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]

// --- As-of date (issue 9, point 3). ---

/** An `asOf: true` slide should cite at least one source dated within this many months before `talk.asOf`. */
export const AS_OF_RECENT_MONTHS = 6
/**
 * Wording that states present status, so its slide must show the as-of date (`asOf: true`
 * and `<AsOf />`). Matched case-insensitively, as whole words, in the slide's canvas text.
 * Kept short on purpose: reword a slide, or mark it, when a phrase here matches.
 */
export const PRESENT_STATUS_PHRASES: readonly { label: string, pattern: RegExp }[] = [
  { label: 'today', pattern: /\btoday\b/i },
  { label: 'not yet', pattern: /\bnot yet\b/i },
  { label: 'no subsystem ... yet', pattern: /\bno subsystems?\b[^.;:!?]*?\byet\b/i },
  { label: 'currently', pattern: /\bcurrently\b/i },
  { label: 'as of now', pattern: /\bas of now\b/i },
  { label: 'still', pattern: /\bstill\b/i },
]
