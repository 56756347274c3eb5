/** Flags that keep headless Chromium quiet and working in containers and on closed networks. */
export declare const CHROMIUM_ARGS: string[];
/** Absolute path of the Chromium to launch, or undefined to let Playwright use its own download. */
export declare function findChromium(): string | undefined;
