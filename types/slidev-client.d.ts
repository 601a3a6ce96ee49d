// Types for the part of Slidev's public client API (@slidev/client, its index.ts) that the
// deck's components use. Slidev ships its client as TypeScript sources that only type-check
// inside Slidev's own build (compile-time globals such as __DEV__), so tsconfig.json points
// vue-tsc here; Vite still bundles the real module. Keep in step with
// node_modules/@slidev/client/index.ts and state/shared.ts when Slidev is upgraded.
import type { ComputedRef } from 'vue'

export interface SharedState {
  page: number
  clicks: number
  clicksTotal: number
  timer: {
    status: 'stopped' | 'running' | 'paused'
    slides: Record<number, { start?: number, end?: number }>
    startedAt: number
    pausedAt: number
  }
}

export declare const sharedState: SharedState

export declare function useNav(): {
  currentSlideNo: ComputedRef<number>
  isPresenter: ComputedRef<boolean>
  isPrintMode: ComputedRef<boolean>
}
