/** Content folders renamed, moved or emptied: the build stops rather than publish less. */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeBroken } from '../support/broken-content.ts';

describeBroken('a folder renamed or emptied', [
  [
    'meetings/ renamed Meetings/',
    (c) => renameSync(join(c.dir, 'meetings'), join(c.dir, 'Meetings')),
    { stops: 'This build would publish far less than the site it replaces: 0 meetings, where' },
  ],
  [
    'kpis/ emptied',
    (c) => rmSync(join(c.dir, 'kpis'), { recursive: true }),
    { stops: '0 rows of performance figures, where' },
  ],
]);
