// Code colours that a room can read: GitHub's light theme, with its comment colour darkened so
// that every token passes WCAG AA (4.5:1) on the code background (#f5f5f5, Slidev's). axe-core
// checks every code slide's contrast in the browser suite.
import githubLight from '@shikijs/themes/github-light-default'
import { defineShikiSetup } from '@slidev/types'

/** #6e7781 is 4.2:1 on #f5f5f5; #57606a is 5.8:1. */
const COMMENT = '#57606a'

export default defineShikiSetup(() => ({
  themes: {
    light: {
      ...githubLight,
      name: 'github-light-default-aa',
      tokenColors: githubLight.tokenColors?.map(rule => {
        const scopes = Array.isArray(rule.scope) ? rule.scope : [rule.scope]
        return scopes.includes('comment') ? { ...rule, settings: { ...rule.settings, foreground: COMMENT } } : rule
      }),
    },
    dark: 'github-dark-default',
  },
}))
