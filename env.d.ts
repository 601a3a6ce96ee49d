declare module 'virtual:cited-sources' {
  /** Source ids cited by the deck (slides and notes), in order of first use. */
  const ids: string[]
  export default ids
}

declare module '*.css'

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
