// Slidev's CLI runs setup/preparser.ts inside every parse of the deck; Slidev's programmatic API
// (resolveOptions, createServer: used by scripts/export.ts) does not. A script that serves the
// deck through that API calls this first, so it shows what `slidev` shows: the cover's title and
// the headmatter from the talk metadata, divider titles, numbered citations in the notes.
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'
import preparser from '../setup/preparser'

export function installPreparser(): void {
  injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) => preparser({ filepath, headmatter, mode }))
}
