// The deck checks that need no browser: each rule reads the deck as Slidev's parser sees it
// and returns problems that say what is wrong, where (file:line and slide number) and how to fix it.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import type { Talk } from '../data/talk'
import { talkHeadmatter } from '../data/talk'
import { sources as registry, findSource, type Source } from '../data/sources'
import { datedOnOrAfter, monthsBefore } from './as-of'
import { citedIdsInOrder, lineOf, noteCitations, slideCitations } from './citations'
import { codeBlocks, showsAll } from './code-blocks'
import type { Deck, DeckSlide } from './deck'
import { where } from './deck'
import { disagreement, factStatements } from './facts'
import { mermaidError } from './mermaid-node'
import { deckDiagrams, type DeckDiagram, DIAGRAMS_DIR, drawingPlan, drawnKeys } from './diagram-drawings'
import { referencePagesNeeded } from './references'
import { AS_OF_RECENT_MONTHS, CITING_FILES, MAX_CODE_LINES, MAX_MEDIAN_SLIDE_WORDS, MAX_SLIDE_WORDS, PRESENT_STATUS_PHRASES, ROOT, SMALL_DIAGRAM_FLAG } from './settings'
import { canvasText, componentTags, declaredClicks, images, isReferencesSlide, lineInRaw, mermaidBlocks, noteClickMarkers, slideWords } from './slide-text'
import { DIVIDER_LAYOUT } from './talk-frontmatter'
import { loadTalk, talkFileLabel } from './talk-file'
import { median, talkSlideWords } from './words'

export { mermaidBlocks } from './slide-text'

export interface Problem {
  rule: string
  message: string
  /** A warning is printed but does not fail the lint; everything else is an error. */
  severity?: 'warning'
}

/** A file outside the deck that cites sources as notes do (notes/qa.md). */
export interface CitingFile {
  /** Path relative to the repository, for messages. */
  file: string
  text: string
}

export interface LintContext {
  sources: readonly Source[]
  components: ReadonlySet<string>
  talk: Talk
  /** The metadata file, relative to the repository: "data/talk.ts". */
  talkFile: string
  citingFiles: readonly CitingFile[]
  /** The talk's as-of date, YYYY-MM-DD (talk.asOf). */
  asOf: string
  /** The deck's folder: where `<<< @/...` snippet paths start. */
  userRoot: string
  /** Where the deck's Mermaid drawings are (diagrams/). */
  diagramsDir: string
}

type Rule = (deck: Deck, ctx: LintContext) => Promise<Problem[]> | Problem[]

const citationsResolve: Rule = (deck, ctx) => {
  const known = new Set(ctx.sources.map(s => s.id))
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    const uses = [
      ...slideCitations(slide.content).map(u => ({ ...u, text: `<Cite id="${u.id}"`, kind: 'the slide cites' })),
      ...noteCitations(slide.note).map(u => ({ ...u, text: `[@${u.id}]`, kind: 'the notes cite' })),
    ]
    for (const use of uses) {
      if (!known.has(use.id)) {
        problems.push({
          rule: 'citation-unknown',
          message: `${where(slide, lineInRaw(slide, use.text))}: ${use.kind} an unknown source id "${use.id}". `
            + 'Fix the id, or add the source to a list in data/sources/.',
        })
      }
    }
  }
  for (const { file, text } of ctx.citingFiles) {
    for (const use of noteCitations(text)) {
      if (!known.has(use.id)) {
        problems.push({
          rule: 'citation-unknown',
          message: `${file}:${lineOf(text, use.offset)}: cites an unknown source id "${use.id}". Fix the id, or add the source to a list in data/sources/.`,
        })
      }
    }
  }
  return problems
}

const sourcesAreCited: Rule = (deck, ctx) => {
  const cited = new Set([...citedIdsInOrder(deck.slides), ...ctx.citingFiles.flatMap(f => noteCitations(f.text).map(u => u.id))])
  return ctx.sources.filter(s => !cited.has(s.id)).map(s => ({
    rule: 'source-uncited',
    message: `data/sources: the source "${s.id}" is cited by no slide and no note (nor in ${CITING_FILES.join(', ')}). Cite it (<Cite id="${s.id}" /> or [@${s.id}]) or remove it from the registry.`,
  }))
}

const noUnverifiedSource: Rule = (deck, ctx) => {
  const unverified = new Set(ctx.sources.filter(s => s.status === 'U').map(s => s.id))
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    for (const use of [...slideCitations(slide.content), ...noteCitations(slide.note)]) {
      if (unverified.has(use.id)) {
        problems.push({
          rule: 'source-unverified',
          message: `${where(slide, lineInRaw(slide, use.id))}: cites "${use.id}", a source with status U (no source found): the claim cannot be stated as fact. Find a source (V or V-2) or drop the claim.`,
        })
      }
    }
  }
  for (const { file, text } of ctx.citingFiles) {
    for (const use of noteCitations(text).filter(u => unverified.has(u.id))) {
      problems.push({
        rule: 'source-unverified',
        message: `${file}:${lineOf(text, use.offset)}: cites "${use.id}", a source with status U (no source found): the claim cannot be stated as fact. Find a source (V or V-2) or drop the claim.`,
      })
    }
  }
  return problems
}

const mermaidParses: Rule = async (deck) => {
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    for (const block of mermaidBlocks(slide)) {
      const detail = await mermaidError(block.code)
      if (detail) {
        problems.push({
          rule: 'mermaid-syntax',
          message: `${where(slide, block.line)}: the Mermaid diagram does not parse: ${detail}. Fix the diagram's syntax at the position shown.`,
        })
      }
    }
  }
  return problems
}

/** The real deck's diagrams each have a drawing in diagrams/, and every drawing there is used. */
const mermaidDrawn: Rule = (deck, ctx) => {
  // Fixture decks have their own folder and no drawings: Mermaid draws them live.
  if (ctx.userRoot !== ROOT)
    return []
  let diagrams: DeckDiagram[]
  try {
    diagrams = deckDiagrams(deck)
  }
  catch (error) {
    return [{ rule: 'mermaid-drawn', message: (error as Error).message }]
  }
  const dir = relative(ROOT, ctx.diagramsDir)
  const plan = drawingPlan(diagrams, drawnKeys(ctx.diagramsDir))
  return [
    ...plan.missing.map(d => ({ rule: 'mermaid-drawn', message: `${d.where}: this Mermaid diagram has no drawing in ${dir}/ (it is new, or it, setup/mermaid.ts or Mermaid changed since the drawings were made). The deck still draws it live, but builds then carry Mermaid. Run \`npm run diagrams\` and commit ${dir}/.` })),
    ...plan.unused.map(file => ({ rule: 'mermaid-drawn', message: `${dir}/${file} is the drawing of no diagram in the deck. Run \`npm run diagrams\` to remove it.` })),
  ]
}

const referencePagesCover: Rule = (deck) => {
  const count = citedIdsInOrder(deck.slides).filter(id => findSource(id)).length
  const pages = deck.slides.filter(s => /<References\b/.test(s.content))
  const needed = referencePagesNeeded(count)
  if (pages.length === needed)
    return []
  const at = pages[0] ? where(pages[0]) : deck.entry
  return [{
    rule: 'references-pages',
    message: `${at}: the deck cites ${count} sources, which need ${needed} references slide(s) (<References :page="N" />), but it has ${pages.length}. `
      + `${pages.length < needed ? 'Add' : 'Remove'} references slides in ${pages[0]?.file ?? 'the references part'}.`,
  }]
}

const slideHasTitle: Rule = deck => deck.slides
  .filter(s => !s.title.trim())
  .map(s => ({
    rule: 'title',
    message: `${where(s)}: the slide has no title. Start it with a "# Title" line (or set "title:" in its frontmatter): titles name slides in the overview, the notes and the PDF's text.`,
  }))

const slideHasNotes: Rule = deck => deck.slides
  .filter(s => !s.note.trim())
  .map(s => ({
    rule: 'notes',
    message: `${where(s, lineInRaw(s, s.title || '\n'))}: the slide "${s.title}" has no presenter notes. Add the spoken script as the slide's last HTML comment (<!-- ... -->).`,
  }))

const clickMarkersFit: Rule = deck => deck.slides.flatMap((s) => {
  const markers = noteClickMarkers(s.note)
  const steps = declaredClicks(s)
  return markers <= steps
    ? []
    : [{
        rule: 'click-markers',
        message: `${where(s, lineInRaw(s, '[click'))}: the notes have ${markers} [click] step(s) but the slide has ${steps} click step(s). `
          + 'Remove the extra [click] markers, add v-click steps, or declare "clicks: N" in the frontmatter when a component consumes the clicks.',
      }]
})

const imagesHaveAlt: Rule = deck => deck.slides.flatMap(s => images(s)
  .filter(img => !img.alt)
  .map(img => ({
    rule: 'image-alt',
    message: `${where(s, img.line)}: the image "${img.src}" has no alt text. Describe it: ![what it shows](${img.src}) or <img alt="what it shows">.`,
  })))

const componentsExist: Rule = (deck, ctx) => deck.slides.flatMap(s => componentTags(s)
  .filter(tag => !ctx.components.has(tag.name))
  .map(tag => ({
    rule: 'component-missing',
    message: `${where(s, tag.line)}: <${tag.name}> is not a component of this deck (components/), of Slidev or of its theme. Fix the name or add components/${tag.name}.vue.`,
  })))

const talkMetadata: Rule = (_deck, ctx) => {
  const t = ctx.talk
  const at = ctx.talkFile
  const problems: string[] = []
  const isDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d))
  if (!(t.wordsPerMinute > 0))
    problems.push(`wordsPerMinute is ${t.wordsPerMinute}: give the speaking pace in words a minute, e.g. 130.`)
  if (!(t.slotMinutes > 0))
    problems.push(`slotMinutes is ${t.slotMinutes}: give the slot's length in minutes, questions included.`)
  if (!(t.questionMinutes.min >= 0 && t.questionMinutes.max >= t.questionMinutes.min))
    problems.push(`questionMinutes is ${JSON.stringify(t.questionMinutes)}: give { min, max } with 0 <= min <= max.`)
  if (!isDay(t.asOf))
    problems.push(`asOf is "${t.asOf}": write the day the facts were checked as YYYY-MM-DD.`)
  if (t.date !== undefined && !isDay(t.date))
    problems.push(`date is "${t.date}": write the day of the talk as YYYY-MM-DD, or leave it undefined.`)
  for (const key of ['slidesUrl', 'repoUrl'] as const) {
    const url = t[key]
    if (url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url))
      problems.push(`${key} is "${url}": write a full http(s) address, or leave it undefined.`)
  }
  if (t.takeaways.length !== 3)
    problems.push(`takeaways has ${t.takeaways.length} entries: the closing slide shows three, one each for its audience.`)
  const ids = new Set<string>()
  t.parts.forEach((p, i) => {
    if (ids.has(p.id))
      problems.push(`parts[${i}].id "${p.id}" is used twice: give each part its own id.`)
    ids.add(p.id)
    if (!existsSync(resolve(ROOT, p.file)))
      problems.push(`parts[${i}].file "${p.file}" does not exist: name the part's page file, relative to the repository.`)
    if (p.minutes !== undefined && !(p.minutes > 0))
      problems.push(`parts[${i}].minutes is ${p.minutes}: give planned minutes above 0, or leave it out to plan from the notes.`)
  })
  if (!t.parts.some(p => p.kind === 'main'))
    problems.push('parts has no part of kind "main": the talk clock needs at least one.')
  return problems.map(message => ({ rule: 'talk-metadata', message: `${at}: ${message}` }))
}

const talkParts: Rule = (deck, ctx) => {
  const problems: Problem[] = []
  const files = new Set(ctx.talk.parts.map(p => p.file))
  for (const file of new Set(deck.slides.map(s => s.file))) {
    if (!files.has(file)) {
      const first = deck.slides.find(s => s.file === file)!
      problems.push({
        rule: 'talk-parts',
        message: `${where(first)}: ${file} is in no part of ${ctx.talkFile}, so its slides have no planned time, no agenda entry and no pacing. Add { id, title, file: '${file}', kind } to talk.parts.`,
      })
    }
  }
  const order: string[] = []
  for (const slide of deck.slides) {
    if (order.at(-1) !== slide.file)
      order.push(slide.file)
  }
  ctx.talk.parts.forEach((p, i) => {
    if (!order.includes(p.file))
      problems.push({ rule: 'talk-parts', message: `${ctx.talkFile}: parts[${i}] ("${p.title}") names ${p.file}, which no slide of ${deck.entry} comes from. Pull it in with src: in ${deck.entry}, or remove the part.` })
    else if (order.indexOf(p.file) !== order.lastIndexOf(p.file))
      problems.push({ rule: 'talk-parts', message: `${ctx.talkFile}: the slides of ${p.file} ("${p.title}") are not in one run in ${deck.entry}: a part's slides must follow each other.` })
  })
  const listed = ctx.talk.parts.map(p => p.file).filter(f => order.includes(f))
  const shown = order.filter(f => files.has(f))
  if (problems.length === 0 && listed.join() !== shown.join()) {
    problems.push({
      rule: 'talk-parts',
      message: `${ctx.talkFile}: talk.parts are in another order than the deck shows them. Deck: ${shown.join(', ')}. List the parts in that order (the agenda and the talk clock follow it).`,
    })
  }
  return problems
}

const dividerPart: Rule = (deck, ctx) => deck.slides
  .filter(s => s.frontmatter.layout === DIVIDER_LAYOUT)
  .flatMap((s) => {
    const id = s.frontmatter.part
    const part = ctx.talk.parts.find(p => p.id === id)
    const fix = `Set "part:" in its frontmatter to the id of the part it opens (${ctx.talk.parts.map(p => p.id).join(', ')}).`
    if (typeof id !== 'string' || !part)
      return [{ rule: 'divider-part', message: `${where(s)}: the divider names ${typeof id === 'string' ? `an unknown part "${id}"` : 'no part'}. ${fix}` }]
    if (part.file !== s.file)
      return [{ rule: 'divider-part', message: `${where(s)}: the divider opens "${id}", whose slides are in ${part.file}. Move the divider to the start of ${part.file}, or fix "part:".` }]
    return []
  })

const headmatterFromTalk: Rule = (deck, ctx) => {
  const filled = [...Object.keys(talkHeadmatter(ctx.talk)), 'duration']
  const set = filled.filter(k => k in deck.headmatter)
  return set.length === 0
    ? []
    : [{
        rule: 'headmatter-talk',
        message: `${deck.entry}:1: the headmatter sets ${set.join(', ')}, which come from ${ctx.talkFile} (and the planned talk) through setup/preparser.ts. Remove ${set.length > 1 ? 'them' : 'it'} from the headmatter, and edit ${ctx.talkFile} instead.`,
      }]
}

const notesAsWritten: Rule = deck => deck.slides
  .filter(s => /class="cite cite--note"/.test(s.note))
  .map(s => ({
    rule: 'note-rendered-citation',
    message: `${where(s, lineInRaw(s, 'cite--note'))}: the notes hold a rendered citation link (<a class="cite cite--note" ...>), most likely saved by editing the note in Slidev's presenter or overview. Write the citation as [@id] again.`,
  }))

/** Components a slide may use: the deck's own, Slidev's built-ins, the theme's, Vue's. */
export function knownComponents(): Set<string> {
  const names = new Set(['Transition', 'TransitionGroup', 'KeepAlive', 'Teleport', 'Suspense', 'Component', 'RouterLink', 'RouterView'])
  const dirs = [
    join(ROOT, 'components'),
    join(ROOT, 'node_modules/@slidev/client/builtin'),
    join(ROOT, 'node_modules/@slidev/theme-default/components'),
  ]
  for (const dir of dirs) {
    let files: string[] = []
    try {
      files = readdirSync(dir)
    }
    catch {}
    for (const f of files) {
      if (/\.(vue|ts)$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
        names.add(basename(f).replace(/\.(vue|ts)$/, ''))
    }
  }
  return names
}

const wordsPerSlide: Rule = (deck) => {
  const problems: Problem[] = deck.slides
    .filter(s => !isReferencesSlide(s))
    .map(s => ({ s, words: slideWords(s) }))
    .filter(({ words }) => words > MAX_SLIDE_WORDS)
    .map(({ s, words }) => ({
      rule: 'words-per-slide',
      message: `${where(s, lineInRaw(s, s.title || '\n'))}: "${s.title}" has ${words} words of prose on the canvas (at most ${MAX_SLIDE_WORDS}; code, citations, tables, chart data and the kicker are not counted). `
        + 'Move what the speaker says into the notes, or show it as a diagram.',
    }))
  const talkSlides = talkSlideWords(deck)
  const mid = median(talkSlides.map(t => t.words))
  if (mid > MAX_MEDIAN_SLIDE_WORDS) {
    const densest = [...talkSlides].sort((a, b) => b.words - a.words).slice(0, 3).map(t => `slide ${t.slide.no} (${t.words})`).join(', ')
    problems.push({
      rule: 'words-per-slide',
      message: `${deck.entry}: the median slide has ${mid} words of prose on the canvas (at most ${MAX_MEDIAN_SLIDE_WORDS}, over the talk's ${talkSlides.length} slides). `
        + `Cut words on the densest slides (${densest}) and move them into the notes.`,
    })
  }
  return problems
}

const mermaidAccessible: Rule = deck => deck.slides.flatMap(s => mermaidBlocks(s).flatMap((block) => {
  const missing = [
    /^\s*accTitle\s*:/m.test(block.code) ? undefined : 'accTitle',
    /^\s*accDescr\s*(?::|\{)/m.test(block.code) ? undefined : 'accDescr',
  ].filter(Boolean)
  return missing.length === 0
    ? []
    : [{
        rule: 'mermaid-accessible',
        message: `${where(s, block.line)}: the Mermaid diagram has no ${missing.join(' and no ')}. Add "accTitle: <a short name>" and "accDescr: <what the diagram shows>" after its first line: screen readers and the PDF's text read them.`,
      }]
}))

/** Where `<<< @/...` paths start: the folder of the deck's entry file. */
function userRootOf(deck: Deck): string {
  return dirname(resolve(ROOT, deck.entry))
}

const highlightFinalAll: Rule = (deck, ctx) => deck.slides.flatMap(s => codeBlocks(s, ctx.userRoot)
  .filter(b => b.ranges.length > 0 && (!b.magicMove || b.magicMove.step === b.magicMove.steps - 1))
  .filter(b => !showsAll(b.ranges.at(-1)!))
  .map(b => ({
    rule: 'highlight-final-all',
    message: `${where(s, b.line)}: the code highlight {${b.ranges.join('|')}} of ${b.magicMove ? `the last magic-move step (${b.label})` : b.label} ends on "${b.ranges.at(-1)}", so the final click state, the overview and the PDF show the other lines dimmed. `
      + `End the sequence with "all": {${[...b.ranges, 'all'].join('|')}} (one more click step).`,
  })))

const codeLinesFit: Rule = (deck, ctx) => deck.slides.flatMap(s => codeBlocks(s, ctx.userRoot)
  .filter(b => b.lines !== undefined && b.lines > MAX_CODE_LINES)
  .map(b => ({
    rule: 'code-lines',
    message: `${where(s, b.line)}: ${b.magicMove ? `magic-move step ${b.magicMove.step + 1} of ${b.magicMove.steps}` : 'the code block'} (${b.label}) shows ${b.lines} lines (at most ${MAX_CODE_LINES} a step). `
      + 'Show less: mark a #region in the snippet file and import only it (<<< @/snippets/file#name), or split the code over two steps or slides.',
  })))

/** The first line of the slide's raw text that matches, outside kicker lines: where a phrase is. */
function lineMatching(slide: DeckSlide, pattern: RegExp): number {
  const i = slide.raw.split('\n').findIndex(l => pattern.test(l) && !/class\s*=\s*["'][^"']*\bpart\b/.test(l))
  return i < 0 ? 1 : i + 1
}

const asOfShown: Rule = (deck, ctx) => {
  const since = monthsBefore(ctx.asOf, AS_OF_RECENT_MONTHS)
  const byId = new Map(ctx.sources.map(src => [src.id, src]))
  const partTitles = ctx.talk.parts.map(p => p.title)
  return deck.slides.flatMap((s): Problem[] => {
    if (s.frontmatter.asOf !== true) {
      // The names of the talk's parts (e.g. "Where Rust runs today" in an agenda) are names, not statements.
      const text = partTitles.reduce((t, title) => t.split(title).join(' '), canvasText(s, { tables: true }))
      const phrase = PRESENT_STATUS_PHRASES.find(p => p.pattern.test(text))
      return phrase
        ? [{
            rule: 'as-of',
            message: `${where(s, lineMatching(s, phrase.pattern))}: "${s.title}" states present status ("${text.match(phrase.pattern)![0]}", matching "${phrase.label}") but does not carry the as-of date. `
              + 'Add "asOf: true" to the slide\'s frontmatter and <AsOf /> on the slide, or reword it without present-status words.',
          }]
        : []
    }
    const at = where(s, lineInRaw(s, 'asOf:'))
    const problems: Problem[] = []
    if (!/<AsOf\b/.test(s.content)) {
      problems.push({
        rule: 'as-of',
        message: `${at}: "${s.title}" has "asOf: true" but does not show the as-of date. Put <AsOf /> on the slide (e.g. after the claim it dates).`,
      })
    }
    const cited = [...slideCitations(s.content), ...noteCitations(s.note)].map(u => byId.get(u.id)).filter(src => src !== undefined)
    if (!cited.some(src => datedOnOrAfter(src.date, since))) {
      const newest = cited.map(src => src.date).sort().at(-1)
      problems.push({
        rule: 'as-of',
        severity: 'warning',
        message: `${at}: "${s.title}" states status as of ${ctx.asOf} but cites nothing dated on or after ${since} (${AS_OF_RECENT_MONTHS} months before)${newest ? `; its newest source is dated ${newest}` : ''}. Re-check the claim and cite a recent source.`,
      })
    }
    return problems
  })
}

/** Minimum Rust/bindgen versions and release dates on slides and in notes agree with data/. */
const factsAgree: Rule = deck => deck.slides.flatMap(s => [
  { subject: 'the slide states', text: canvasText(s, { tables: true }) },
  { subject: 'the notes state', text: s.note.replace(/\[@[^\]]+\]|\[click(?::\d+)?\]/g, ' ') },
].flatMap(part => factStatements(part.text)
  .filter(f => !f.agrees)
  .map(f => ({
    rule: 'facts-agree',
    message: `${where(s, lineInRaw(s, f.text))}: ${disagreement(f, part.subject)}`,
  }))))

/** The stage-design frontmatter flags take one value each: `diagram: inline`, `asOf: true`. */
const flagsValid: Rule = deck => deck.slides.flatMap((s) => {
  const problems: Problem[] = []
  const diagram = s.frontmatter[SMALL_DIAGRAM_FLAG.key]
  if (diagram !== undefined && diagram !== SMALL_DIAGRAM_FLAG.value) {
    problems.push({
      rule: 'frontmatter-flags',
      message: `${where(s, lineInRaw(s, `${SMALL_DIAGRAM_FLAG.key}:`))}: "${SMALL_DIAGRAM_FLAG.key}: ${String(diagram)}" is not a known value. Write "${SMALL_DIAGRAM_FLAG.key}: ${SMALL_DIAGRAM_FLAG.value}" for a deliberately small diagram, or remove the line.`,
    })
  }
  if (s.frontmatter.asOf !== undefined && s.frontmatter.asOf !== true) {
    problems.push({
      rule: 'frontmatter-flags',
      message: `${where(s, lineInRaw(s, 'asOf:'))}: "asOf: ${String(s.frontmatter.asOf)}" is not a known value. Write "asOf: true" on a slide that states present status, or remove the line.`,
    })
  }
  return problems
})

/** Slides that carry a stage-design flag, for the lint report: the flags' use stays visible. */
export function flaggedSlides(deck: Deck): { flag: string, slides: number[] }[] {
  return [
    { flag: `${SMALL_DIAGRAM_FLAG.key}: ${SMALL_DIAGRAM_FLAG.value}`, slides: deck.slides.filter(s => s.frontmatter[SMALL_DIAGRAM_FLAG.key] === SMALL_DIAGRAM_FLAG.value).map(s => s.no) },
    { flag: 'asOf: true', slides: deck.slides.filter(s => s.frontmatter.asOf === true).map(s => s.no) },
  ]
}

export const RULES: Record<string, Rule> = {
  'title': slideHasTitle,
  'notes': slideHasNotes,
  'click-markers': clickMarkersFit,
  'citation-unknown': citationsResolve,
  'source-unverified': noUnverifiedSource,
  'source-uncited': sourcesAreCited,
  'image-alt': imagesHaveAlt,
  'component-missing': componentsExist,
  'mermaid-syntax': mermaidParses,
  'mermaid-drawn': mermaidDrawn,
  'references-pages': referencePagesCover,
  'talk-metadata': talkMetadata,
  'talk-parts': talkParts,
  'divider-part': dividerPart,
  'headmatter-talk': headmatterFromTalk,
  'note-rendered-citation': notesAsWritten,
  'words-per-slide': wordsPerSlide,
  'mermaid-accessible': mermaidAccessible,
  'highlight-final-all': highlightFinalAll,
  'code-lines': codeLinesFit,
  'as-of': asOfShown,
  'facts-agree': factsAgree,
  'frontmatter-flags': flagsValid,
}

export interface LintOptions {
  /** Only these rules (all when omitted). */
  rules?: string[]
  sources?: readonly Source[]
  talk?: Talk
  /** Files that cite like notes; CITING_FILES (those that exist) when omitted. */
  citingFiles?: readonly CitingFile[]
  /** The as-of date (talk.asOf when omitted). */
  asOf?: string
  /** Where the Mermaid drawings are (diagrams/ when omitted). */
  diagramsDir?: string
}

/** The files of CITING_FILES that exist, with their text. */
export function readCitingFiles(files: readonly string[] = CITING_FILES): CitingFile[] {
  return files.filter(f => existsSync(resolve(ROOT, f))).map(file => ({ file, text: readFileSync(resolve(ROOT, file), 'utf8') }))
}

export async function lintDeck(deck: Deck, options: LintOptions = {}): Promise<Problem[]> {
  const talk = options.talk ?? await loadTalk()
  const ctx: LintContext = {
    sources: options.sources ?? registry,
    components: knownComponents(),
    talk,
    talkFile: talkFileLabel(),
    citingFiles: options.citingFiles ?? readCitingFiles(),
    asOf: options.asOf ?? talk.asOf,
    userRoot: userRootOf(deck),
    diagramsDir: options.diagramsDir ?? DIAGRAMS_DIR,
  }
  const names = options.rules ?? Object.keys(RULES)
  const results = await Promise.all(names.map(name => RULES[name](deck, ctx)))
  return results.flat()
}
