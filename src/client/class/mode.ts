/** The page's class mode, as the inline head script set it (src/components/ClassModeInit.astro). */
import type { ClassMode } from '../../lib/class/mode';

/** The current class mode: 'student' on the class link, 'teacher' on the teacher's link, else 'open'. */
export function classMode(): ClassMode {
  const mode = document.documentElement.dataset.classMode;
  return mode === 'student' || mode === 'teacher' ? mode : 'open';
}
