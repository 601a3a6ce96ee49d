// Types shared by <BarChart> and the data modules that feed it (memory-safety shares,
// Rust lines per release, ...). Kept out of the SFC so plain .ts data files can import them.

export interface BarDatum {
  label: string
  value: number
  /** Id of the source in data/sources that backs this bar. */
  sourceId: string
  /** Short qualifier drawn under the label, e.g. "Ubuntu USNs, 6 months" or "secondary". */
  note?: string
}

export interface BarChartProps {
  title: string
  description: string
  data: BarDatum[]
  /** Appended to each value label, e.g. "%" or "lines". */
  unit?: string
  /** Scale maximum (e.g. 100 for shares); defaults to the largest value. */
  max?: number
  /** One small line for caveats, under the chart. */
  caption?: string
  /** 'large' when the chart carries the slide: taller rows and bigger type. Default 'normal'. */
  size?: 'normal' | 'large'
}
