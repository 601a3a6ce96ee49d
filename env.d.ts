declare module 'virtual:cited-sources' {
  /** Source ids cited by the deck (slides and notes), in order of first use. */
  const ids: string[]
  export default ids
}

declare module 'virtual:talk' {
  /** The talk metadata in use (data/talk.ts, or the file named by RFL_TALK in tests). */
  export const talk: import('./data/talk').Talk
  /** What the closing slide links to, with its QR code made at build time. */
  export const closing: { url: string, label: string, isSlides: boolean, qrSvg: string }
}

declare module 'virtual:talk-plan' {
  /** Planned minutes per part and slide (lib/timing.ts). */
  export const plan: import('./lib/pace').TalkPlan
}

declare module '*.css'

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

declare module 'virtual:diagram-stamp' {
  /** What every Mermaid drawing depends on besides its diagram (lib/diagram-drawings.ts). */
  export const stamp: string
  /** True when RFL_DIAGRAMS=live: every diagram is drawn by Mermaid, none shown from diagrams/. */
  export const live: boolean
}

declare module 'mermaid/dist/mermaid.esm.mjs' {
  import mermaid from 'mermaid'
  export default mermaid
}
