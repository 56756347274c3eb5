/**
 * Text the site's pages and its Markdown plugins write at build time only (home, 404, footer, the lessons' scrolling
 * boxes), apart from siteStrings, which the search box's script carries onto every page.
 */
export const pageStrings = {
  description: 'Learn, teach and measure depthwise-separable convolutions with runnable TensorFlow.js notebooks.',
  labSummary: 'Time depthwise, standard and separable convolutions on your own hardware, across TF.js backends.',
  footerPrivacy: 'Everything here runs in your browser; nothing is sent anywhere.',
  notFoundElse: ', search above, or pick a lesson:',
  /** Names of the boxes that scroll wide formulas and tables sideways in lessons (src/lib/markdown). */
  formulaLabel: 'Formula (scrolls sideways if wide)',
  uncaptionedTableLabel: 'Table (scrolls sideways if wide)',
} as const;
