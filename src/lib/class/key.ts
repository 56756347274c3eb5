// The key quiz reveals are sealed with. Only the answers module (loaded on open and teacher pages, never on the
// student link) and the build read it; the repository is public, so it deters, it does not lock.

/** Key of the sealed quiz reveals ("The answer is …"). */
export const CLASS_KEY = 'depthwise-lab/class/2026';
