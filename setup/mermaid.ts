// One Mermaid look for every diagram: the deck's fonts and colours, large enough for a projector.
import { defineMermaidSetup } from '@slidev/types'

export default defineMermaidSetup(() => ({
  theme: 'base',
  fontFamily: 'Inter, sans-serif',
  themeVariables: {
    fontFamily: 'Inter, sans-serif',
    fontSize: '18px',
    primaryColor: '#fbe9df',
    primaryBorderColor: '#b7410e',
    primaryTextColor: '#1f2937',
    lineColor: '#4b5563',
    secondaryColor: '#e5edf6',
    tertiaryColor: '#f3f4f6',
  },
}))
