// The evidence numbers the talk shows, each with its source, rounded as the sources round them.
import type { BarDatum } from '../lib/bar-chart'
import type { Stat } from '../lib/stat-cards'

/** Share of vulnerabilities that were memory-safety bugs, in two large C and C++ code bases. */
export const studies: readonly Stat[] = [
  { figure: '~70 %', label: 'of the CVEs Microsoft assigned, 2006–2018', sourceId: 'msrc-2019' },
  { figure: '~70 %', label: 'of Chromium’s high-severity bugs since 2015', sourceId: 'chromium-memory-safety' },
]

/**
 * Android, memory-safety vulnerabilities per million lines of code (Google, November 2025):
 * close to 1,000 historically for C and C++, about 0.2 for Rust (one potential bug in about
 * five million lines). Google sums it up as "a 1000x reduction": it rounds down, not up.
 */
export const androidDensity: BarDatum[] = [
  { label: 'C and C++', value: 1000, sourceId: 'android-2025', note: 'historical' },
  { label: 'Rust', value: 0.2, sourceId: 'android-2025', note: 'about 5 million lines, 1 bug' },
]

/** Google's delivery figures for Rust changes against C++ changes in Android (same post). */
export const androidDelivery: readonly Stat[] = [
  { figure: '4×', label: 'lower rollback rate', sourceId: 'android-2025' },
  { figure: '25 %', label: 'less time in review', sourceId: 'android-2025' },
]

/**
 * ACSAC 2024: 240 vulnerabilities in Linux device drivers over four years, sorted by what a
 * Rust version of the driver would have done about each (abstract, and Table 2 of the paper).
 */
export const acsacDriverCves: BarDatum[] = [
  { label: 'Removed by Rust alone', value: 82, sourceId: 'acsac-2024-rfl' },
  { label: 'Need Rust idioms and care', value: 113, sourceId: 'acsac-2024-rfl' },
  { label: 'Unaffected by Rust', value: 45, sourceId: 'acsac-2024-rfl' },
]

/** The total the ACSAC categories must add up to. */
export const ACSAC_TOTAL = 240
