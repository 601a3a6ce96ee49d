// Self-hosted fonts (the deck never asks the network for anything) and the deck's own styles.
import '@fontsource/inter/400.css'
import '@fontsource/inter/400-italic.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import '@fontsource/fira-code/400.css'
import '@fontsource/fira-code/600.css'
import './deck.css'
import './layout-fixes.css'
