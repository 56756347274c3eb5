/** The site's public routes, read from the built site so new pages are tested without editing tests. */
import { builtRoutesFromDist } from '../../scripts/lib/routes.mjs';

/** Every built page route (`/`, `/convolution/`, …), excluding the 404 page and the e2e fixture pages under /test/. */
export const builtRoutes = builtRoutesFromDist;

/** The lesson routes the site must have once every lesson exists (issue: flat, short routes). */
export const LESSON_ROUTES = ['/convolution/', '/depthwise/', '/pointwise/', '/separable/', '/cost/', '/effective/'];
