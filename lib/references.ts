/** Sources listed on one references slide: readable at projector distance, inside the canvas. */
export const REFERENCES_PER_PAGE = 6

/** How many references slides a deck that cites `count` sources needs. */
export function referencePagesNeeded(count: number): number {
  return Math.max(1, Math.ceil(count / REFERENCES_PER_PAGE))
}
