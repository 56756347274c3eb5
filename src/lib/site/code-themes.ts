/**
 * Shiki themes for every build-time highlighted code block (Markdown fences and cells). The
 * high-contrast GitHub pair keeps every token colour at WCAG AA (≥ 4.5:1) on our code background;
 * plain github-light's orange and red fall below it.
 */
export const CODE_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;
