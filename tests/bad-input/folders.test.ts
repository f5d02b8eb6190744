/**
 * Content folders emptied: the content is sound, but the build stops rather than publish
 * less. (A folder renamed or missing is a problem of the content itself: files.test.ts.)
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeBroken } from '../support/broken-content.ts';

describeBroken('a folder emptied', [
  [
    'meetings/ emptied',
    (c) => {
      rmSync(join(c.dir, 'meetings'), { recursive: true });
      mkdirSync(join(c.dir, 'meetings'));
    },
    { stops: 'This build would publish far less than the site it replaces: 0 meetings, where' },
  ],
  [
    'kpis/ emptied of all its files but one',
    (c) => {
      for (const file of readdirSync(join(c.dir, 'kpis')).slice(1)) rmSync(join(c.dir, 'kpis', file));
    },
    { stops: '0 rows of performance figures, where' },
  ],
]);
