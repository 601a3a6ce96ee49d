// The talk's one as-of date (talk.asOf in data/talk.ts): how slides show it, and which
// sources are recent enough for a slide that states present status.

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function parts(iso: string): [number, number, number] {
  const m = iso.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/)
  if (!m)
    throw new Error(`"${iso}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.`)
  return [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)]
}

/** "2026-11-22" → "as of 22 Nov 2026" (fixed English month names, whatever the machine's locale). */
export function asOfLabel(iso: string): string {
  const [y, m, d] = parts(iso)
  return `as of ${d} ${SHORT_MONTHS[m - 1]} ${y}`
}

/** The day `months` months before an ISO day, as YYYY-MM-DD (day clamped to the month's length). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = parts(iso)
  const first = new Date(Date.UTC(y, m - 1 - months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10)
}

/**
 * Whether a source's date (YYYY, YYYY-MM or YYYY-MM-DD) is on or after `since` (YYYY-MM-DD).
 * A partial date counts as its first day: a source dated only "2026" is not taken as recent
 * in November 2026, so the check errs towards asking for a dated source.
 */
export function datedOnOrAfter(date: string, since: string): boolean {
  const [y, m, d] = parts(date)
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return iso >= since
}
