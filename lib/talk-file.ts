// Which talk metadata the deck, the scripts and the tests read: data/talk.ts, or, for tests only,
// the module named by RFL_TALK (e.g. RFL_TALK=tests/fixtures/talk/talk.ts npx slidev build).
// Every reader goes through here: the Vite plugin (cover, closing slide, QR code, pacing), the
// preparser (Slidev's headmatter: title, author, info, keywords), the linter and the scripts.
import { existsSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Talk } from '../data/talk'
import { ROOT } from './settings'

export const TALK_ENV = 'RFL_TALK'
export const DEFAULT_TALK_FILE = resolve(ROOT, 'data/talk.ts')

/** Absolute path of the metadata module in use. */
export function talkFile(env: NodeJS.ProcessEnv = process.env): string {
  const named = env[TALK_ENV]
  if (!named)
    return DEFAULT_TALK_FILE
  const file = isAbsolute(named) ? named : resolve(ROOT, named)
  if (!existsSync(file))
    throw new Error(`${TALK_ENV}=${named}: no such file. Name a module that exports "talk" as data/talk.ts does, or unset ${TALK_ENV}.`)
  return file
}

/** The metadata file as a person names it: "data/talk.ts". */
export function talkFileLabel(file = talkFile()): string {
  return relative(ROOT, file)
}

export async function loadTalk(file = talkFile()): Promise<Talk> {
  const mod = await import(pathToFileURL(file).href) as { talk?: Talk }
  if (!mod.talk)
    throw new Error(`${talkFileLabel(file)}: exports no "talk". Export the metadata as \`export const talk: Talk = { ... }\`, as data/talk.ts does.`)
  return mod.talk
}
