/** UI strings of offline use: the readiness line, Save for offline, and the new-version notice. */
export const offlineStrings = {
  regionLabel: 'Offline use',
  preparing: 'Preparing the lessons for offline use…',
  shellReady: (size: string) => `Lessons, pictures and search work offline. Cells and the lab need Save for offline (${size}).`,
  ready: 'Ready offline: every lesson, cell and the lab work without a network.',
  save: (size: string) => `Save for offline (${size})`,
  saving: (done: number, total: number) => `Saving for offline… ${done} of ${total} files`,
  saveFailed: (reason: string) => `Saving for offline stopped: ${reason}. Press Save for offline again when the network is back.`,
  updateReady: 'A new version of Depthwise Lab is ready.',
  updateReload: 'Reload to update',
  updateWaiting: 'It will be offered again when the running cell or benchmark has finished.',
  updateLater: 'Not now',
} as const;
