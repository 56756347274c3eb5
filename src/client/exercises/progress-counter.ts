/** Fills every `[data-exercise-progress]` counter ("1/2 solved") from stored progress, and again when one is solved. */
import { progressCounts } from '../../lib/exercises/progress';
import { progressStrings } from '../../lib/strings/progress';
import { loadProgress, PROGRESS_EVENT } from './progress';

function update(): void {
  const progress = loadProgress();
  for (const counter of document.querySelectorAll<HTMLElement>('[data-exercise-progress]')) {
    const ids = (counter.dataset.exerciseProgress ?? '').split(' ').filter(Boolean);
    const { solved, withSolution } = progressCounts(progress, ids);
    counter.textContent = progressStrings.solvedOf(solved, ids.length, withSolution);
    counter.dataset.complete = String(solved === ids.length);
    counter.hidden = false;
  }
}

update();
document.addEventListener(PROGRESS_EVENT, update);
// Another tab solving an exercise updates this one too.
window.addEventListener('storage', update);
