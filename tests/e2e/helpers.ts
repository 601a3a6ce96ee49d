import type { Page } from '@playwright/test'

/**
 * Console messages known to be harmless, allowed by exact text.
 * The override of @shikijs/vitepress-twoslash to 4.4.3 (registry gap, see README) makes
 * Slidev's twoslash floating-vue patch miss its target on every page load; nothing the
 * deck shows depends on it.
 */
export const ALLOWED_CONSOLE_ERRORS = [
  'Failed to patch FloatingVue TypeError: Cannot read properties of undefined (reading \'Popper\')',
] as const

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Collects console errors and requests that leave this machine, for one page. */
export function watchPage(page: Page) {
  const consoleErrors: string[] = []
  const externalRequests: string[] = []
  const failedRequests: string[] = []
  page.on('console', (msg) => {
    // The first line is the message; the rest is a stack trace that changes with every build.
    const text = msg.text().split('\n')[0]
    if (msg.type() === 'error' && !(ALLOWED_CONSOLE_ERRORS as readonly string[]).includes(text))
      consoleErrors.push(`${page.url()}: ${msg.text()}`)
  })
  page.on('pageerror', error => consoleErrors.push(`${page.url()}: uncaught ${error.message}`))
  page.on('request', (request) => {
    const url = new URL(request.url())
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && !LOCAL_HOSTS.has(url.hostname))
      externalRequests.push(`${page.url()}: ${request.url()}`)
  })
  page.on('requestfailed', (request) => {
    // Leaving a page cancels its pending lazy chunks (e.g. Mermaid's layout engines): not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED')
      return
    failedRequests.push(`${page.url()}: ${request.url()} (${request.failure()?.errorText})`)
  })
  return { consoleErrors, externalRequests, failedRequests }
}

