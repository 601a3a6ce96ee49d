// The one way every Playwright use (PDF export, notes export, tests) finds Chromium:
// 1. the CHROMIUM_PATH environment variable, 2. Playwright's own installed browser,
// 3. the system's chromium or chrome on PATH.
import { accessSync, constants, existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { type Browser, chromium } from 'playwright-chromium'
import { onExit } from './processes'
import { CHROMIUM_ENV } from './settings'

export type ChromiumOrigin = 'env' | 'playwright' | 'system'

export interface FoundChromium {
  path: string
  origin: ChromiumOrigin
}

export const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'] as const

export class ChromiumNotFoundError extends Error {
  constructor(detail: string) {
    super(`${detail}\nNo Chromium found for Playwright. Install one of:\n`
      + '  - Playwright\'s own build:   npx playwright install chromium\n'
      + '  - your distribution\'s:     sudo apt-get install chromium   (Debian/Ubuntu)\n'
      + `or point ${CHROMIUM_ENV} at a Chromium or Chrome binary.`)
    this.name = 'ChromiumNotFoundError'
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

export interface FindOptions {
  env?: NodeJS.ProcessEnv
  /** Playwright's expected browser path; injectable for tests. */
  playwrightPath?: () => string | undefined
}

function playwrightExecutable(): string | undefined {
  try {
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

export function findChromium(options: FindOptions = {}): FoundChromium {
  const env = options.env ?? process.env
  const fromEnv = env[CHROMIUM_ENV]
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new ChromiumNotFoundError(`${CHROMIUM_ENV} is set to "${fromEnv}", but no executable file is there.`)
    return { path: fromEnv, origin: 'env' }
  }

  const bundled = (options.playwrightPath ?? playwrightExecutable)()
  if (bundled && existsSync(bundled) && isExecutable(bundled))
    return { path: bundled, origin: 'playwright' }

  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of SYSTEM_CHROMIUM_NAMES) {
      const candidate = join(dir, name)
      if (isExecutable(candidate))
        return { path: candidate, origin: 'system' }
    }
  }
  throw new ChromiumNotFoundError(`Looked at ${CHROMIUM_ENV} (unset), Playwright's browser folder and ${SYSTEM_CHROMIUM_NAMES.join(', ')} on PATH.`)
}

/**
 * Flags for a Chromium on a closed network: no background traffic, no first-run work.
 * (Playwright already passes --no-sandbox when running as root.)
 */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
] as const

/**
 * Finds and starts Chromium for a script that stops what it starts (lib/processes.ts): the
 * browser closes with the script's other servers and children, on success, error or Ctrl-C,
 * so Playwright's own signal handlers are off.
 */
export async function launchChromium(log?: (line: string) => void): Promise<Browser> {
  const { path } = findChromium()
  const browser = await chromium.launch({ executablePath: path, args: [...QUIET_CHROMIUM_ARGS], handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false })
  onExit(() => browser.close())
  log?.(`Chromium started (${path})`)
  return browser
}
