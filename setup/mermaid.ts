// One Mermaid look for every diagram: the deck's fonts and colours, large enough for a projector.
// Every text size is 18 px before the fence's {scale}: keep scale >= 0.9 for labels of >= 16 px.
import { defineMermaidSetup } from '@slidev/types'

const FONT = 'Inter, sans-serif'
const TEXT = 18

export default defineMermaidSetup(() => ({
  theme: 'base',
  // Mermaid 12 lays flowcharts out with elk by default, a 1.6 MB chunk. dagre draws these
  // layered diagrams as well; with it set here, builds leave elk out (lib/build-diet.ts).
  // A diagram that wants elk says so in its own config (`layout: elk`) and elk is kept.
  layout: 'dagre',
  // Some node shapes are traced by rough.js, which jitters its curves at random unless seeded:
  // seeded, a diagram draws the same SVG every time (npm run diagrams --check relies on it).
  handDrawnSeed: 1,
  fontFamily: FONT,
  // Sequence diagrams take their actor, message and note sizes from this top-level value
  // (it overrides sequence.*FontSize), so it must be set here as well as in themeVariables.
  fontSize: TEXT,
  themeVariables: {
    fontFamily: FONT,
    fontSize: `${TEXT}px`,
    primaryColor: '#fbe9df',
    primaryBorderColor: '#b7410e',
    primaryTextColor: '#1f2937',
    lineColor: '#4b5563',
    secondaryColor: '#e5edf6',
    tertiaryColor: '#f3f4f6',
    // Sequence diagrams: participants in the rust tint, notes in the neutral one.
    actorBkg: '#fbe9df',
    actorBorder: '#b7410e',
    actorTextColor: '#1f2937',
    actorLineColor: '#9ca3af',
    signalColor: '#1f2937',
    signalTextColor: '#1f2937',
    noteBkgColor: '#f3f4f6',
    noteBorderColor: '#4b5563',
    noteTextColor: '#1f2937',
  },
  flowchart: {
    // Mermaid wraps labels at 200 px by default, which breaks short phrases into
    // narrow towers; 320 px keeps a label of a few words on one or two lines.
    wrappingWidth: 320,
    padding: 12,
    // Closer ranks than Mermaid's 50 px: a four-rank diagram then fits under a title.
    rankSpacing: 40,
  },
  sequence: {
    // Participants drawn once, at the top, and messages closer than Mermaid's default:
    // a seven-message diagram then fits the 552 px canvas at full label size.
    mirrorActors: false,
    messageMargin: 26,
    boxMargin: 6,
    noteMargin: 6,
    actorMargin: 60,
    height: 46,
  },
}))
