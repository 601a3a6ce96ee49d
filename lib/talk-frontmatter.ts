// What slides take from the talk metadata instead of writing it twice. Applied by Slidev's
// preparser (setup/preparser.ts) and by the deck loader of the scripts and tests (lib/deck.ts),
// so both see the same titles.
import { talkHeadmatter, type Talk } from '../data/talk'

/** The divider layout (layouts/divider.vue); its frontmatter names the part it opens: `part: <id>`. */
export const DIVIDER_LAYOUT = 'divider'

/**
 * Fills a slide's frontmatter in place: the headmatter gets Slidev's title, author, info and
 * keywords; a divider slide gets its part's title as the slide title (overview, outline, linter).
 */
export function applyTalk(frontmatter: Record<string, unknown>, isHeadmatter: boolean, talk: Talk): void {
  if (isHeadmatter)
    Object.assign(frontmatter, talkHeadmatter(talk))
  if (frontmatter.layout === DIVIDER_LAYOUT && typeof frontmatter.part === 'string') {
    const part = talk.parts.find(p => p.id === frontmatter.part)
    if (part)
      frontmatter.title = part.title
  }
}
