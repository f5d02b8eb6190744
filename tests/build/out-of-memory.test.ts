/** The advice a build gets when it ran out of memory, and only then. (The build test runs a real one out of memory.) */
import { describe, expect, it } from 'vitest';
import { outOfMemoryAdvice } from '../../src/lib/build/out-of-memory.ts';

describe('outOfMemoryAdvice', () => {
  it('says how much memory Node allowed and how to give it more', () => {
    const tail =
      '<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----';
    expect(outOfMemoryAdvice(tail, 'SIGABRT', 4.1875 * 2 ** 30)).toMatch(
      /^✗ The build ran out of memory: Node let it use about 4\.2 GB, .*NODE_OPTIONS=--max-old-space-size=8192 npm run build/,
    );
  });

  it('tells a build the system killed that memory is the likely cause', () => {
    expect(outOfMemoryAdvice('', 'SIGKILL', 2 ** 32)).toMatch(
      /^✗ The build was stopped by the system \(SIGKILL\), most often because the machine ran out of memory\. How to fix:/,
    );
  });

  it('says nothing of memory after a build that failed for another reason', () => {
    const tail =
      '✗ content/meetings/2019-01-21-llr-jhsc/meeting.yaml, line 3, field "time" "2pm" is not accepted.\n\nThe previous site in /srv/dist was left as it was.';
    expect(outOfMemoryAdvice(tail, null, 2 ** 32)).toBeUndefined();
  });
});
