/**
 * Sources listed on one references slide. The list is a reading aid for the PDF and the
 * self-paced reader, set as fine print in two columns; at 10 a slide it stays inside the canvas.
 */
export const REFERENCES_PER_PAGE = 8

/** How many references slides a deck that cites `count` sources needs. */
export function referencePagesNeeded(count: number): number {
  return Math.max(1, Math.ceil(count / REFERENCES_PER_PAGE))
}
