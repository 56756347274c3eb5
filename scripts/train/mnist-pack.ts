// The digit pack built in Node straight from the `mnist` package, exactly as the site's build route does.
import { createRequire } from 'node:module';
import { packFromGreyLevels, type DigitPack } from '../../src/lib/digits';

/** All 10,000 digits of the `mnist` package, split as the site ships them. */
export function mnistPack(): DigitPack {
  const require = createRequire(import.meta.url);
  return packFromGreyLevels(Array.from({ length: 10 }, (_, label) => (require(`mnist/src/digits/${label}.json`) as { data: number[] }).data));
}
