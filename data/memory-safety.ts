// Shares of vulnerabilities that were memory-safety bugs, as the organisations that
// counted them report. Each study counts something different (CVEs per year, high-severity
// bugs, a six-month kernel sample), so the chart's caption says so, and the notes too.
import type { BarDatum } from '../lib/bar-chart'

/** Large C and C++ code bases, one bar per study. */
export const studies: BarDatum[] = [
  { label: 'Microsoft', value: 70, sourceId: 'msrc-2019', note: 'about 70 % of CVEs each year, 2006–2018' },
  { label: 'Chromium', value: 70, sourceId: 'chromium-memory-safety', note: 'about 70 % of 912 high/critical bugs since 2015' },
  { label: 'Linux kernel', value: 65, sourceId: 'lss-2019-gaynor-thomas', note: 'about 65 %: Ubuntu kernel CVEs, ~6 months, 2019' },
]

/**
 * Android, share of its vulnerabilities that were memory-safety bugs, by year.
 * 2025 is published only as an upper bound ("below 20 %"), so it is not drawn as a bar
 * (a bar would show a number nobody measured); androidUpperBound carries it for the caption.
 */
export const android: BarDatum[] = [
  { label: 'Android 2019', value: 76, sourceId: 'android-2022' },
  { label: 'Android 2022', value: 35, sourceId: 'android-2022' },
  { label: 'Android 2024', value: 24, sourceId: 'android-2024' },
]

export const androidUpperBound = { year: 2025, below: 20, sourceId: 'android-2025' } as const

export const androidCaption = `Share of all Android vulnerabilities, by year. ${androidUpperBound.year} is published only as an upper bound, so it gets no bar.`
