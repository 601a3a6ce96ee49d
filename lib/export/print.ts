// Opens Slidev's print route of a built deck (/print?print=true, or =clicks for one page per
// click step) and waits until every slide is on it: each slide's component mounted (Slidev
// shows nothing for a slide whose module is still loading, and only after 300 ms a
// "loading" placeholder, so an absent placeholder proves nothing), every Mermaid diagram
// drawn into its shadow root, every image decoded and every font loaded. What the page held
// when it was printed is returned, for the log and for error messages.
import type { Page } from 'playwright-chromium'

export interface PrintState {
  /** One entry per printed page: the slide number and click step of each print container. */
  pages: { no: number, step: number }[]
  /** Slides whose component has not rendered (no .slidev-layout in their container). */
  unrendered: number[]
  /** Slides showing a Mermaid error instead of a diagram, with Mermaid's message. */
  mermaidErrors: { no: number, message: string }[]
  /** Errors Vue caught while rendering a slide's components (see watchRenderErrors). */
  renderErrors: { no: number, message: string }[]
  mermaid: { total: number, drawn: number }
  images: { total: number, complete: number }
  fonts: { status: string, loaded: string[] }
  textLength: number
}

/** Runs in the page: what the print route holds right now. */
function readState(): PrintState {
  const containers = [...document.querySelectorAll<HTMLElement>('#print-content > .print-slide-container')]
  const slideNo = (el: Element) => Number(el.id.split('-')[0])
  const pages = containers.map(el => ({ no: slideNo(el), step: Number(el.id.split('-')[1]) - 1 }))
  const unrendered = containers.filter(el => !el.querySelector('.slidev-layout') || el.querySelector('.slidev-slide-loading')).map(slideNo)
  const hosts = [...document.querySelectorAll('#print-content .mermaid')]
  const mermaidErrors = containers.flatMap(el => [...el.querySelectorAll('pre.text-wrap')]
    .filter(pre => /error|parse/i.test(pre.textContent ?? ''))
    .map(pre => ({ no: slideNo(el), message: (pre.textContent ?? '').slice(0, 300) })))
  const images = [...document.querySelectorAll<HTMLImageElement>('#print-content img')]
  const loaded = new Set<string>()
  document.fonts.forEach((face) => {
    if (face.status === 'loaded')
      loaded.add(`${face.family.replace(/["']/g, '')} ${face.weight}${face.style === 'italic' ? ' italic' : ''}`)
  })
  const caught = (window as unknown as { __rflRenderErrors?: { no: number, message: string }[] }).__rflRenderErrors ?? []
  return {
    pages,
    unrendered: [...new Set(unrendered)],
    mermaidErrors,
    renderErrors: caught.slice(0, 20),
    mermaid: { total: hosts.length, drawn: hosts.filter(h => h.shadowRoot?.querySelector('svg')).length },
    images: { total: images.length, complete: images.filter(i => i.complete && i.naturalWidth > 0).length },
    fonts: { status: document.fonts.status, loaded: [...loaded].sort() },
    textLength: (document.querySelector('#print-content') as HTMLElement | null)?.innerText.length ?? 0,
  }
}

function isReady(s: PrintState): boolean {
  return s.pages.length > 0 && s.unrendered.length === 0 && s.mermaidErrors.length === 0 && s.renderErrors.length === 0
    && s.mermaid.drawn === s.mermaid.total && s.images.complete === s.images.total && s.fonts.status === 'loaded'
}

/** One line for the log: what the page held. */
export function describeState(s: PrintState): string {
  const slides = new Set(s.pages.map(p => p.no)).size
  return `${s.pages.length} pages (${slides} slides) in the print DOM, ${s.unrendered.length} not rendered, `
    + `${s.mermaid.drawn}/${s.mermaid.total} Mermaid diagrams drawn, ${s.images.complete}/${s.images.total} images, `
    + `fonts ${s.fonts.status} (${s.fonts.loaded.length} faces), ${s.textLength} characters of text`
}

export class SlideRenderError extends Error {
  constructor(message: string, readonly slides: number[]) {
    super(message)
  }
}

export interface OpenOptions {
  clicks: boolean
  /** How long the page may make no progress before the slides it lacks are reported. */
  stallMs?: number
  timeoutMs?: number
  /** Names a slide for a person: "slide 7 (pages/02-history.md:40, "Title")". */
  describeSlide: (no: number) => string
}

/**
 * Runs in the page before it loads: the moment Vue's app is mounted (Vue sets #app.__vue_app__,
 * in production builds too), its error handler records which slide a component error came from
 * (a throwing component leaves the rest of its slide rendered, so only Vue knows). Slides are
 * loaded as modules after the mount, so no slide renders before the handler is in place.
 */
function watchRenderErrors(): void {
  type App = { config: { errorHandler?: unknown } }
  const errors: { no: number, message: string }[] = []
  ;(window as unknown as { __rflRenderErrors: typeof errors }).__rflRenderErrors = errors
  const install = (app: App) => {
    app.config.errorHandler = (error: unknown, instance: { $el?: Node, $parent?: unknown } | null) => {
      let at: { $el?: Node, $parent?: unknown } | null = instance
      let no = 0
      while (at && !no) {
        const el = at.$el instanceof Element ? at.$el : at.$el?.parentElement
        no = Number(el?.closest('[data-slidev-no]')?.getAttribute('data-slidev-no') ?? 0)
        at = at.$parent as typeof at
      }
      errors.push({ no, message: String((error as Error)?.message ?? error).split('\n')[0] })
      console.error(error)
    }
  }
  Object.defineProperty(Element.prototype, '__vue_app__', {
    configurable: true,
    set(this: Element, app: App) {
      Object.defineProperty(this, '__vue_app__', { value: app, writable: true, configurable: true })
      install(app)
    },
  })
}

/** Loads the print route and waits for every slide; throws SlideRenderError naming the slides that never render. */
export async function openPrintRoute(page: Page, siteUrl: string, options: OpenOptions): Promise<PrintState> {
  const errors: string[] = []
  page.on('pageerror', e => errors.push(e.message.split('\n')[0]))
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to patch FloatingVue'))
      errors.push(m.text().split('\n')[0])
  })
  await page.addInitScript(watchRenderErrors)
  await page.goto(`${siteUrl}print?print=${options.clicks ? 'clicks' : 'true'}`, { waitUntil: 'load' })
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  const stallMs = options.stallMs ?? 8_000
  const deadline = Date.now() + (options.timeoutMs ?? 90_000)
  let last = ''
  let lastChange = Date.now()
  let stableSince = 0
  while (true) {
    const state = await page.evaluate(readState)
    const key = JSON.stringify(state)
    if (key !== last) {
      last = key
      lastChange = Date.now()
      stableSince = 0
    }
    // Ready, and unchanged for a moment: click counts are only known once slides mount.
    if (isReady(state)) {
      stableSince ||= Date.now()
      if (Date.now() - stableSince >= 300)
        return state
    }
    // An error is final once the page stops changing; a slow slide gets stallMs to progress.
    const broken = state.renderErrors.length + state.mermaidErrors.length > 0
    const stalled = Date.now() - lastChange > (broken ? 1_000 : stallMs)
    if (stalled || Date.now() > deadline) {
      const failed = [...new Set([...state.unrendered, ...state.mermaidErrors.map(e => e.no), ...state.renderErrors.map(e => e.no)])].sort((a, b) => a - b)
      const lines = [
        ...state.renderErrors.map(e => `${e.no ? options.describeSlide(e.no) : 'a component outside any slide'} failed to render: ${e.message}`),
        ...state.unrendered.map(no => `${options.describeSlide(no)} did not render`),
        ...state.mermaidErrors.map(e => `${options.describeSlide(e.no)}: Mermaid error: ${e.message}`),
      ]
      if (lines.length === 0)
        lines.push(`the print page never settled: ${describeState(state)}`)
      if (errors.length > 0)
        lines.push(`errors in the page: ${[...new Set(errors)].slice(0, 5).join(' | ')}`)
      throw new SlideRenderError(lines.join('\n'), failed)
    }
    await page.waitForTimeout(100)
  }
}

/**
 * Test-only fault injection (RFL_EXPORT_FAULT): "blank:3,7" empties the 3rd and 7th print
 * containers on every attempt, "blank-once:3" on the first attempt only. It exists so a test
 * can prove that a blank render never leaves the export as a success.
 */
export async function injectFault(page: Page, attempt: number, selector = '#print-content > .print-slide-container'): Promise<number[]> {
  const fault = process.env.RFL_EXPORT_FAULT?.match(/^(blank|blank-once):([\d,]+)$/)
  if (!fault || (fault[1] === 'blank-once' && attempt > 1))
    return []
  const targets = fault[2].split(',').map(Number)
  await page.evaluate(({ targets, selector }) => {
    const all = [...document.querySelectorAll<HTMLElement>(selector)]
    for (const n of targets) {
      for (const child of all[n - 1]?.children ?? [])
        (child as HTMLElement).style.visibility = 'hidden'
    }
  }, { targets, selector })
  return targets
}
