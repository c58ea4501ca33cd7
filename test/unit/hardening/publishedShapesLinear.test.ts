// The patterns added for published postmortems' shapes stay linear: the editor runs them on every keystroke.
import assert from 'node:assert/strict';
import { readActionFields } from '../../../src/core/model/actionFields';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { parseForActionScan } from '../../../src/core/actions/scan';
import { findItalicPrompts, findTemplateInstructions } from '../../../src/core/text/templateInstructions';
import { growth } from './timing';

// readActionFields keeps what it read by text: each timed call reads a text of its own (a number in front), so the
// timings are of reading, not of finding the last result again.
let call = 0;
const fresh = (text: string) => readActionFields(`${call++} ${text}`, null);

const RUNS = [' ', '\u00a0', '\u3000', ' \n', '(', ')', '(added ', '(added x ', '. done in ', '#1', '[#1]', ':', '9:99 ', 'a bug ', 'things that ', 'these should '];

describe('published-postmortem shapes stay linear (hardening)', () => {
  for (const run of RUNS) {
    it(`reads an action item made of a long run of ${JSON.stringify(run)}`, () => {
      const ratio = growth((size) => fresh(`Fix it ${run.repeat(size)} x`), 500);
      assert.ok(ratio < 8, `grew x${ratio.toFixed(1)} for 4x the input`);
    });
  }

  it('reads an action item with a long run of commas or dashes in linear time (an owner, a handle and a date, and the trailing punctuation were looked for from every one)', () => {
    for (const run of [',', ', ', ' , ', ';', ' -', '— ', ' |']) {
      const ratio = growth((size) => fresh(`Fix it ${run.repeat(size)} x`), 2000);
      assert.ok(ratio < 8, `${JSON.stringify(run)} grew x${ratio.toFixed(1)} for 4x the input`);
    }
  });

  it('reads a closing period and closing words followed by a long run of blanks in linear time', () => {
    const period = growth((size) => fresh(`start a runbook in H1${' '.repeat(size)}x`), 5000);
    assert.ok(period < 8, `a closing period grew x${period.toFixed(1)} for 4x the input`);
    const closing = growth((size) => parsePostmortem(`# T\n\n## Next steps\n\nAnyway${' '.repeat(size)}x\n`), 5000);
    assert.ok(closing < 8, `closing words grew x${closing.toFixed(1)} for 4x the input`);
  });

  it('checks required sections of a summary made of long runs', () => {
    for (const run of ['9:99 ', 'a bug ', 'caused ', '(', ' ']) {
      const doc = (size: number) => parsePostmortem(`# T\n\n${run.repeat(size)}\n\n## Second\n\n${run.repeat(size)}\n`);
      const ratio = growth((size) => lintPostmortem(doc(size)), 500, 1);
      assert.ok(ratio < 8, `${JSON.stringify(run)} grew x${ratio.toFixed(1)} for 4x the input`);
    }
  });

  it('looks for template prompts in long runs', () => {
    for (const run of ['things that ', 'these should ', ' ', '.']) {
      const ratio = growth((size) => findTemplateInstructions(run.repeat(size)), 2000);
      assert.ok(ratio < 8, `${JSON.stringify(run)} grew x${ratio.toFixed(1)} for 4x the input`);
    }
    // A long line with no punctuation before the next line: once quadratic (a 50,000-space line took two seconds).
    for (const run of [' ', 'a ', '|', ' -']) {
      const ratio = growth((size) => findTemplateInstructions(`${run.repeat(size)}x\ny`), 5000);
      assert.ok(ratio < 8, `${JSON.stringify(run)} before a line break grew x${ratio.toFixed(1)} for 4x the input`);
    }
  });

  it('scans a postmortem of many prose paragraphs for the Action Items view in linear time', () => {
    const doc = (size: number) => `# Outage on 2025-04-01\n\n**Date**: 2025-04-01\n\n## Summary\n\n${'The replica fell behind because a migration held a lock on the orders table.\n\n'.repeat(size)}## Action Items\n\n- [ ] Add an alert\n`;
    // The fastest of three at each size: one timing alone, on a machine busy with other work, once read as x8.7.
    const ratio = growth((size) => parseForActionScan(doc(size)), 1000);
    assert.ok(ratio < 8, `grew x${ratio.toFixed(1)} for 4x the input`);
  });

  it('looks for italic prompts in long runs', () => {
    for (const run of [' ', '_', '*', '_a', 'a/b ', 'What ', '?']) {
      const ratio = growth((size) => findItalicPrompts(`_${run.repeat(size)}x_\n*${run.repeat(size)}`), 5000);
      assert.ok(ratio < 8, `${JSON.stringify(run)} grew x${ratio.toFixed(1)} for 4x the input`);
    }
  });

  // Runs of emphasis markers are the parser's to refuse (the editor's budget check stops them before parsing).
  it('lints long runs where link labels, sample entries, filler and empty tables are looked for', () => {
    for (const run of [' ', '[', '|', '| ', ' -', 'ipsum ', 'Item ', 'What ']) {
      const doc = (size: number) => parsePostmortem(`# T\n\n## Background\n\n_${run.repeat(size)}x\n|${run.repeat(size)}\n\n## Action Items\n\n| A | B |\n| --- | --- |\n|${run.repeat(size)}|\n`);
      const ratio = growth((size) => lintPostmortem(doc(size)), 2000, 3);
      assert.ok(ratio < 8, `${JSON.stringify(run)} grew x${ratio.toFixed(1)} for 4x the input`);
    }
  });
});

describe('fourth-set report shapes stay linear (hardening)', () => {
  it('reads long runs of one-line tasks, lead-ins and heading periods', () => {
    const shapes: Array<(size: number) => string> = [
      (size) => `# T\n\n## Corrective Measures\n${'Add a check.\n'.repeat(size)}`,
      (size) => `# T\n\n## Lessons learned\n\n**Actions taken:**\n\n${'- Added a check\n'.repeat(size)}`,
      (size) => `# T\n\n## Remediation\n\n### Later (${'Q1 2026 - '.repeat(size)}Q2 2026)\n\n- Add a check\n`,
      (size) => `# T\n\n## Recovery\n\nGoing forward we will do ${'the following '.repeat(size)}:\n\n- Add a check\n`,
      (size) => `# T\n\n${'## S\n\nAt 9:14, 9:15 and 9:16 it failed.\n\n'.repeat(size)}`,
    ];
    for (const shape of shapes) {
      const ratio = growth((size) => lintPostmortem(parsePostmortem(shape(size))), 200, 1);
      assert.ok(ratio < 8, `grew x${ratio.toFixed(1)} for 4x the input`);
    }
  });
});

describe('fourth-set placeholder shapes stay linear (hardening)', () => {
  it('checks long runs of dates, X and capitals', () => {
    for (const run of ['2022-02-02 X ', '2022-02-02 ', 'X ', 'NAME ', 'A ']) {
      const ratio = growth((size) => lintPostmortem(parsePostmortem(`# ${run.repeat(size)}\n\n- ${run.repeat(size)}: x\n`)), 300, 1);
      assert.ok(ratio < 8, `${JSON.stringify(run)} grew x${ratio.toFixed(1)} for 4x the input`);
    }
  });
});
