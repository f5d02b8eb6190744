/**
 * Content folders emptied: the content is sound, but the build stops rather than publish
 * less. (A folder renamed or missing is a problem of the content itself: files.test.ts.)
 */
import { mkdirSync, rmSync } from 'node:fs';
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
    'kpis/ and indicators/ removed',
    (c) => {
      rmSync(join(c.dir, 'kpis'), { recursive: true });
      rmSync(join(c.dir, 'indicators'), { recursive: true });
    },
    { stops: '0 rows of performance figures, where' },
  ],
]);
