import { describe, expect, it } from 'vitest';
import { meetingSchema } from '../../src/lib/content/schema.ts';
import { parseYaml, validate } from '../../src/lib/content/yaml-source.ts';

const check = (yaml: string) => validate(meetingSchema, parseYaml(yaml, 'content/meetings/m/meeting.yaml').source!, 'm');

describe('control characters in YAML text', () => {
  it('are refused, naming the field, its line and the character', () => {
    const { value, problems } = check(
      'body: bromley-hwb\ndate: 2019-03-01\nstatus: draft\nattendees:\n  - Cllr Smith\n  - "Cllr\\b Jones"\n',
    );
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'm',
        line: 6,
        field: 'attendees[1]',
        message: 'The field "attendees[1]" contains an invisible control character (U+0008) after "Cllr".',
        advice: expect.stringContaining('retype the words around it'),
      },
    ]);
  });

  it('are reported beside the fields the schema refuses, a carriage return among them', () => {
    const { problems } = check('body: bromley-hwb\ndate: 2019-03-01\nstatus: final\nvenue: "Room 1\\rBEGIN:VALARM"\n');
    expect(problems.map((p) => p.field)).toEqual(['venue', 'status']);
    expect(problems[0].message).toBe(
      'The field "venue" contains an invisible control character (U+000D) after "Room 1".',
    );
  });

  it('leave tabs, line breaks and every other character alone', () => {
    const { value } = check('body: bromley-hwb\ndate: 2019-03-01\nstatus: draft\nvenue: "Room\\t1,\\nCafé 😀"\n');
    expect(value?.venue).toBe('Room\t1,\nCafé 😀');
  });
});
