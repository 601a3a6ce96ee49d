// Type of one headline figure on <StatCards>; kept out of the SFC so data modules can import it.
export interface Stat {
  /** The figure as shown, e.g. "70 %" or "4×". */
  figure: string
  /** What it counts, in a few words. */
  label: string
  /** Id of the source in data/sources that backs the figure. */
  sourceId: string
}
