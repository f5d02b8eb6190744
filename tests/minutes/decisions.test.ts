import { describe, expect, it } from 'vitest';
import { decisionHeadline, findDecisions, type Block } from '../../src/lib/minutes/decisions.ts';
import { applyDecisionInputs } from '../../src/lib/minutes/decision-inputs.ts';
import { outcomeOf } from '../../src/lib/minutes/resolution-wording.ts';
import { renderMinutes } from '../../src/lib/minutes/render.ts';
import { readSeeds } from '../support/seeds.ts';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));

describe('findDecisions on the seeds', () => {
  // Each seed's minutes as the sample content writes them, one resolution each.
  const expected: Record<string, { outcome: string; startsWith: string }> = {
    '000_1bec90ed1c74bb64.txt': { outcome: 'noted', startsWith: 'RESOLVED that the update be noted.' },
    '001_54c6ff0925e6c932.txt': { outcome: 'noted', startsWith: 'The Sub-Committee NOTED the report.' },
    '002_030ff32f95fb53bc.txt': { outcome: 'noted', startsWith: 'RESOLVED\nThat the Board note the information' },
    '003_a0a7aef98eacf8e8.txt': {
      outcome: 'endorsed',
      startsWith: 'RESOLVED that the statement be endorsed, and the plans approved.',
    },
    '004_014a5c5f59a2ccab.txt': { outcome: 'agreed', startsWith: 'AGREED:\nthat the Committee note the report;' },
  };
  for (const seed of readSeeds()) {
    it(`finds the one resolution of ${seed.file}, and nothing in the discussion`, () => {
      const markdown = seed.minutes.map((line) => line.replace(/^·\s*/, '- ')).join('\n\n');
      const { decisions } = renderMinutes(markdown);
      expect(decisions).toHaveLength(1);
      expect(decisions[0].outcome).toBe(expected[seed.file].outcome);
      expect(decisions[0].text.startsWith(expected[seed.file].startsWith)).toBe(true);
    });
  }

  it('keeps all five parts of the AGREED list of the Leicester seed in one decision', () => {
    const seed = readSeeds().find((s) => s.file.startsWith('004'))!;
    const { decisions } = renderMinutes(seed.minutes.join('\n\n'));
    expect(decisions[0].text.split('\n')).toHaveLength(6);
    expect(decisions[0].text).toContain('a report on this be brought back to a future meeting');
  });
});

describe('findDecisions on other resolution styles', () => {
  it.each([
    ['RESOLVED: That the report be approved.', 'approved'],
    ['RESOLVED – that consideration of the item be deferred to the next meeting.', 'deferred'],
    ['Resolved to RECOMMEND to Cabinet that the strategy be adopted.', 'recommended'],
    ['7.10 AGREED: that the Board endorse the Better Care Fund plan.', 'agreed'],
    ['Agreed that – the terms of reference be approved.', 'agreed'],
    ['It was RESOLVED that the proposals be rejected.', 'rejected'],
    ['The Board NOTED the update and thanked officers.', 'noted'],
    ['The Health Overview and Scrutiny Sub-Committee noted the report.', 'noted'],
    ['Council is RECOMMENDED to approve the pharmaceutical needs assessment.', 'recommended'],
    ['The motion was put to the vote and carried unanimously.', 'agreed'],
    ['The recommendation was carried nem con.', 'agreed'],
    ['The recommendation was then carried unanimously.', 'agreed'],
    ['The motion was not carried unanimously.', 'rejected'],
    ['RESOLVED that the item be deferred (carried unanimously).', 'deferred'],
    ["The Board received and noted the Chief Executive's report.", 'noted'],
    ['The minutes of the meeting held on 14 June 2017 were approved as a correct record.', 'approved'],
    ['That the recommendations in the report be approved.', 'approved'],
    ['The amendment was put to the vote and was lost by 47 votes to 17.', 'rejected'],
  ])('%s → %s', (text, outcome) => {
    const spans = findDecisions(paragraphs(text));
    expect(spans).toEqual([{ start: 0, end: 0, outcome, text }]);
  });

  it('takes the list that follows "RESOLVED:" on its own line', () => {
    const spans = findDecisions([
      { kind: 'paragraph', text: 'RESOLVED:' },
      { kind: 'list', text: 'That the report be noted.\nThat a further report come to the March meeting.' },
      { kind: 'paragraph', text: 'The meeting closed at 4.15pm.' },
    ]);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ start: 0, end: 1, outcome: 'noted' });
  });

  it('takes "That the Board:" and its list after a bare RESOLVED', () => {
    const spans = findDecisions([
      { kind: 'paragraph', text: 'RESOLVED' },
      { kind: 'paragraph', text: 'That the Board:' },
      { kind: 'list', text: 'approves the Joint Local Health and Wellbeing Strategy;\nnotes the delivery plan.' },
    ]);
    expect(spans[0]).toMatchObject({ start: 0, end: 2, outcome: 'approved' });
  });

  const list = (lead: string, items: string[]): Block[] => [
    { kind: 'paragraph', text: lead },
    { kind: 'list', text: items.join('\n') },
  ];

  it.each([
    ['The Committee:', ['noted the report;', 'requested a further report.'], 'noted'],
    ['The Committee agreed:', ['to note the report;', 'to request a further report.'], 'agreed'],
    ['That the Board:', ['notes the report;', 'approves the plan.'], 'noted'],
    ['The Health and Wellbeing Board resolved:', ['to approve the plan;', 'to note the risks.'], 'approved'],
  ])('takes "%s" and the list after it as one decision', (lead, items, outcome) => {
    const spans = findDecisions([...list(lead, items), { kind: 'paragraph', text: 'The meeting closed at 4.15pm.' }]);
    expect(spans).toEqual([{ start: 0, end: 1, outcome, text: [lead, ...items].join('\n') }]);
  });

  it.each([
    [
      'a body named before something other than a list',
      paragraphs(
        'The Committee: Councillors Smith and Jones',
        'The Committee:',
        'Councillors Smith and Jones attended.',
      ),
    ],
    ['a list of names', list('The Committee:', ['Councillor Smith (Chair)', 'Councillor Jones'])],
    ["members' points", list('Members:', ['noted that waiting times had risen;', 'asked about staffing.'])],
    ['a heading that is not the body', list('Questions from the Committee:', ['noted the waiting times?'])],
  ])('does not take a lead-in before %s for a decision', (_, blocks) => {
    expect(findDecisions(blocks)).toEqual([]);
  });

  it.each([
    'It was noted that the Board had agreed the plan last year.',
    // In these minutes, "It was agreed that …" records what would happen next, or a view shared.
    'It was agreed that an update on progress made would be reported back at the June Board meeting.',
    'The Board was advised that Stamford was a very good example of neighbourhood working.',
    'The Chairman requested that Sarah-Jane Mills came back to the Board in six months.',
    'The Board noted that recruitment remained difficult.',
    'Members agreed with the concerns raised about capacity.',
    // The agenda's wording, which minutes often repeat before recording the decision.
    'The Committee is asked to note the progress to date.',
    'Decided at meeting: 14/03/2017 - Havering Health Overview and Scrutiny Sub-Committee',
    'Agreed at the meeting of the Board on 5 March, the plan was now being delivered.',
    'Agreed: 14 March 2017',
  ])('does not mistake discussion for a resolution: %s', (text) => {
    expect(findDecisions(paragraphs(text))).toEqual([]);
  });
});

describe('outcomeOf', () => {
  it('reads the first outcome word, with deferral and rejection overriding', () => {
    expect(outcomeOf('that the statement be endorsed, and the plans approved')).toBe('endorsed');
    expect(outcomeOf('that the Board agreed to defer the decision')).toBe('deferred');
    expect(outcomeOf('that the amendment was not agreed')).toBe('rejected');
    expect(outcomeOf('that the terms of reference stand')).toBe('agreed');
  });
});

describe('applyDecisionInputs', () => {
  const spans = findDecisions(
    paragraphs('RESOLVED that the update be noted.', 'Other text.', 'RESOLVED that the plan be approved.'),
  );

  it('corrects the outcome of a resolution matched by its first words, ignoring case and spacing', () => {
    const { decisions, problems } = applyDecisionInputs(spans, [
      { text: 'resolved  that the UPDATE', outcome: 'endorsed', remove: false },
    ]);
    expect(problems).toEqual([]);
    expect(decisions.map((d) => d.outcome)).toEqual(['endorsed', 'approved']);
  });

  it('removes a resolution that is not one', () => {
    const { decisions } = applyDecisionInputs(spans, [{ text: 'RESOLVED that the plan', remove: true }]);
    expect(decisions.map((d) => d.text)).toEqual(['RESOLVED that the update be noted.']);
  });

  it('adds a decision the text does not show, after those found', () => {
    const { decisions } = applyDecisionInputs(spans, [
      { text: 'The Board agreed its forward plan.', outcome: 'agreed', remove: false },
    ]);
    expect(decisions).toHaveLength(3);
    expect(decisions[2]).toEqual({ outcome: 'agreed', text: 'The Board agreed its forward plan.' });
  });

  it('explains an addition with no outcome and a removal that matches nothing', () => {
    const { problems } = applyDecisionInputs(spans, [
      { text: 'The Board agreed its forward plan.', remove: false },
      { text: 'RESOLVED that nothing', remove: true },
    ]);
    expect(problems.map((p) => p.index)).toEqual([0, 1]);
    expect(problems[0].message).toContain('give its outcome too');
    expect(problems[1].message).toContain('nothing to remove');
  });
});

describe('decisionHeadline', () => {
  it('skips a bare keyword or "Decision" label and cuts long text at a word', () => {
    expect(decisionHeadline('RESOLVED\nThat the Board note the report.')).toBe('That the Board note the report.');
    expect(decisionHeadline('Decision\nAPPROVED')).toBe('APPROVED');
    expect(decisionHeadline('AGREED:\nthat the Committee note the report; and that officers return', 40)).toBe(
      'that the Committee note the report; and…',
    );
  });
});
