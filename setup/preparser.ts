// Slidev's preparser hook (runs inside every parse of the deck by Slidev's CLI):
// - the headmatter takes title, author, info, keywords from the talk metadata (lib/talk-file.ts),
//   and duration from the planned main talk, so the browser tab, the info dialog, the presenter
//   timer and the PDF's metadata agree with data/talk.ts without a second copy in slides.md;
// - a divider slide (layout: divider, part: <id>) takes its part's title;
// - "[@id]" in the notes becomes the numbered link the source has everywhere (lib/cite-link.ts),
//   so presenter mode, the overview and the printed notes never show a raw key.
// The deck as written stays readable to scripts and tests through lib/deck.ts.
import { definePreparserSetup } from '@slidev/types'
import { citationNumbers } from '../lib/citations'
import { renderNoteCitations } from '../lib/cite-link'
import { AS_WRITTEN, loadDeckOnce } from '../lib/deck'
import { applyTalk } from '../lib/talk-frontmatter'
import { loadTalk } from '../lib/talk-file'
import { talkPlan } from '../lib/timing'

export default definePreparserSetup(async ({ filepath, headmatter, mode }) => {
  if (mode === AS_WRITTEN)
    return []
  const talk = await loadTalk()
  const deck = await loadDeckOnce(filepath, talk)
  const numbers = citationNumbers(deck.slides)
  const plannedMinutes = Math.ceil(talkPlan(deck, talk).mainMinutes)
  // The entry's first frontmatter block is the headmatter: the loader parsed it the same way.
  const headmatterAsWritten = JSON.stringify(headmatter)
  return [{
    name: 'rfl-talk',
    async transformSlide(_content, frontmatter: Record<string, unknown>) {
      const isHeadmatter = JSON.stringify(frontmatter) === headmatterAsWritten
      applyTalk(frontmatter, isHeadmatter, talk)
      if (isHeadmatter)
        frontmatter.duration = `${plannedMinutes}min`
      return undefined
    },
    async transformNote(note) {
      return note && renderNoteCitations(note, numbers)
    },
  }]
})
