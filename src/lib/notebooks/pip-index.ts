// Which package index `npm run check:notebooks` gives pip, read from pip's own configuration (`pip config list`)
// rather than written into the script: the machine's configured index becomes --index-url, so pip never waits on
// a default index it cannot reach, and a machine with no index configured keeps pip's default.

/** pip's index options as `pip install` takes them. */
export interface PipIndexArgs {
  readonly args: string[];
  readonly indexes: string[];
}

/** One `scope.key='value'` line of `pip config list` (scopes: global, user, site, install, :env:). */
function entries(listing: string): { key: string; value: string }[] {
  return listing.split('\n').flatMap((line) => {
    const match = /^\s*(?:[^.=\s]*\.)?([a-z-]+)\s*=\s*(['"]?)(.*)\2\s*$/.exec(line);
    return match ? [{ key: match[1]!, value: match[3]! }] : [];
  });
}

/**
 * pip install arguments for the configured indexes: the first index-url (else the first extra-index-url) as
 * --index-url, every other one as --extra-index-url, each find-links as --find-links; none when nothing is configured.
 */
export function pipIndexArgs(listing: string): PipIndexArgs {
  const all = entries(listing);
  const values = (key: string) => [...new Set(all.filter((entry) => entry.key === key).flatMap((entry) => entry.value.split(/\s+/)).filter(Boolean))];
  const indexes = [...new Set([...values('index-url'), ...values('extra-index-url')])];
  const args = indexes.flatMap((url, index) => [index === 0 ? '--index-url' : '--extra-index-url', url]);
  for (const path of values('find-links')) args.push('--find-links', path);
  return { args, indexes };
}
