import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** Headers sent with every response: isolation so `crossOriginIsolated` is true, and no sniffing. */
export const ISOLATION_HEADERS: Record<string, string>;
/** The request's path once decoded, or the status that refuses it. */
export function checkPath(target: string | undefined): { status: number; path?: undefined; raw?: undefined } | { status?: undefined; path: string; raw: string };
/** A request handler serving `root` (the built site). */
export function siteHandler(root: string): (request: IncomingMessage, response: ServerResponse) => void;
/** Starts serving `root` on `port` (0 picks a free one); resolves with the server once listening. */
export function serveStatic(options: { root: string; port: number; host?: string }): Promise<Server>;
