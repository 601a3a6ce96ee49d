// The last step of every PDF export, with pdf-lib: the talk's metadata, an outline by part
// then slide, and no timestamps (two exports of one commit must not differ by when they
// ran). Chromium's tagged structure and link annotations are kept as they are.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib'
import { authorLine, type Talk } from '../../data/talk'

export interface OutlineEntry {
  title: string
  /** 1-based page the entry opens. */
  page: number
  children?: OutlineEntry[]
}

function addOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const { context } = doc
  const pages = doc.getPages().map(p => p.ref)
  const root = context.nextRef()
  // Returns the first and last item refs and how many items are visible (parts open).
  const build = (items: OutlineEntry[], parent: PDFRef): [PDFRef, PDFRef, number] => {
    const refs = items.map(() => context.nextRef())
    let visible = 0
    items.forEach((item, i) => {
      const page = pages[Math.min(Math.max(item.page, 1), pages.length) - 1]
      const dict = context.obj({ Title: PDFHexString.fromText(item.title), Parent: parent, Dest: [page, 'Fit'] })
      if (i > 0)
        dict.set(PDFName.of('Prev'), refs[i - 1])
      if (i < items.length - 1)
        dict.set(PDFName.of('Next'), refs[i + 1])
      visible++
      if (item.children?.length) {
        const [first, last, count] = build(item.children, refs[i])
        dict.set(PDFName.of('First'), first)
        dict.set(PDFName.of('Last'), last)
        dict.set(PDFName.of('Count'), PDFNumber.of(count))
        visible += count
      }
      context.assign(refs[i], dict)
    })
    return [refs[0], refs[refs.length - 1], visible]
  }
  const [first, last, count] = build(entries, root)
  context.assign(root, context.obj({ Type: 'Outlines', First: first, Last: last, Count: count }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

export interface FinishOptions {
  talk: Talk
  /** Added to the talk title, e.g. "handout". */
  titleSuffix?: string
  outline: OutlineEntry[]
}

/** Metadata, outline, no dates; returns the new PDF bytes. */
export async function finishPdf(bytes: Uint8Array, options: FinishOptions): Promise<Uint8Array> {
  // updateMetadata: false, or pdf-lib stamps its own producer and the current time.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const { talk } = options
  doc.setTitle(options.titleSuffix ? `${talk.title}: ${options.titleSuffix}` : talk.title, { showInWindowTitleBar: true })
  doc.setAuthor(authorLine(talk))
  doc.setSubject(talk.subtitle)
  // One string: pdf-lib joins a list with spaces, which runs multi-word keywords together.
  doc.setKeywords([talk.keywords.join(', ')])
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)
  info.delete(PDFName.of('CreationDate'))
  info.delete(PDFName.of('ModDate'))
  // Chromium writes an XMP copy of the metadata, with its own dates: the Info dictionary is the one source.
  doc.catalog.delete(PDFName.of('Metadata'))
  if (!doc.catalog.get(PDFName.of('Lang')))
    doc.catalog.set(PDFName.of('Lang'), PDFHexString.fromText('en'))
  addOutline(doc, options.outline)
  return doc.save({ useObjectStreams: true })
}
