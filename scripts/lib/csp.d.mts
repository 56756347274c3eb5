/** Script sources of every page; the build adds the hashes of the page's inline scripts. */
export const PAGE_SCRIPT_SOURCES: string[];
/** Style sources of every page. */
export const PAGE_STYLE_SOURCES: string[];
/** Directives of every page besides script-src and style-src, which Astro writes with its hashes. */
export const PAGE_DIRECTIVES: Record<string, string[]>;
/** The policy of the server's own plain-text answers (a refused request). */
export const TEXT_POLICY: string;
/** Worker scripts, by URL path, and the policy each takes from its own response. */
export const WORKER_FILES: Array<{ pattern: RegExp; policy: 'cells' | 'tfjs' | 'search' | 'plain' }>;
/** A policy's header value. */
export function serializePolicy(directives: Record<string, string[]>): string;
/** Astro's `security.csp` option. */
export const ASTRO_CSP: { algorithm: 'SHA-256'; directives: string[]; scriptDirective: { resources: string[] }; styleDirective: { resources: string[] } };
/** The script hashes of every built page's <meta> policy, without quotes. */
export function builtScriptHashes(dist: string): string[];
/** The built site's policies: the pages', each worker kind's, and the one a response for a path carries. */
export function sitePolicies(dist: string): { page: string; named: Record<'cells' | 'tfjs' | 'search' | 'plain', string>; forPath: (path: string) => string };
/** `_headers` rules giving each document and each worker script its policy, by exact path. */
export function headersFileRules(dist: string): string;
/** An nginx `map` (http context) and the line that sends it. */
export function nginxConfig(dist: string): string;
/** Build step: appends the policy rules to dist/_headers and writes dist/csp-nginx.conf. */
export function writeSecurityHeaders(dist: string): void;
