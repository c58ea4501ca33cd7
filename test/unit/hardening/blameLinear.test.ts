import assert from 'node:assert/strict';
import { findBlamingLanguage, maskMarkup, splitSentences } from '../../../src/core/blame';
import { compileEntry, expandPattern } from '../../../src/core/blame/compile';
import { compactWhitespace, WINDOW } from '../../../src/core/blame/bounded';
import { BLAME_VOCABULARY, SOFTWARE_AND_TERMS, ARGUING_AGAINST_BLAME, META_GUARDS, SYSTEM_CAUSE_AFTER } from '../../../src/core/blame/vocabulary';
import { fastest, growth } from './timing';

const detect = (text: string) => findBlamingLanguage(text, { people: [] });

/** Every regular expression the detector runs, by name. */
function allPatterns(): [string, RegExp][] {
  const all: [string, RegExp][] = [];
  for (const entry of BLAME_VOCABULARY) {
    const compiled = compileEntry(entry);
    compiled.matchers.forEach((matcher, i) => {
      const m = matcher.expressions();
      all.push([`${entry.id}#${i}`, m.regex]);
      if (m.probe) all.push([`${entry.id}#${i} probe`, m.probe]);
      if (m.cue) all.push([`${entry.id}#${i} cue`, m.cue]);
    });
    if (compiled.notFollowedBy) all.push([`${entry.id} notFollowedBy`, compiled.notFollowedBy]);
    if (compiled.notPrecededBy) all.push([`${entry.id} notPrecededBy`, compiled.notPrecededBy]);
  }
  [...META_GUARDS, ...ARGUING_AGAINST_BLAME].forEach((s, i) => all.push([`guard ${i}`, new RegExp(expandPattern(s), 'i')]));
  SOFTWARE_AND_TERMS.forEach((s, i) => all.push([`exemption ${i}`, new RegExp(expandPattern(s), 'gi')]));
  all.push(['system cause', new RegExp(expandPattern(SYSTEM_CAUSE_AFTER), 'i')]);
  return all;
}

/** Long runs of one character or token: what makes a backtracking pattern try quadratically many splits. */
const RUNS = [' ', '\t', 'a', 'A', '1', '.', ':', '-', '—', ',', '"', "'", '@', '(', ')', '/', '_', 'a ', 'a.', 'a-', 'the ', 'John ', ', ', ' (', 'a, ', '!', '…', "'s ", 'with no ', 'who ', ', which is why ', 'again, ', 'went down after '];

describe('blaming-language detection stays linear (hardening)', () => {
  it('reads "a", 3,000 spaces, "b" in well under a second (it took 12 s)', () => {
    const ms = fastest(() => detect(`a${' '.repeat(3000)}b`), 1);
    assert.ok(ms < 1000, `${ms} ms`);
  });

  for (const [name, text] of [
    ['spaces between two words', `John${' '.repeat(5000)}forgot to test it`],
    ['tabs', `a${'\t'.repeat(5000)}b`],
    ['~~ runs masked into spaces', `John ${'~~'.repeat(3000)} forgot`],
    ['** runs', `John ${'**'.repeat(3000)} forgot`],
    ['__ runs', `John ${'__'.repeat(3000)} forgot`],
    ['runs of "."', `a${'.'.repeat(20000)} B`],
    ['runs of "!"', `a${'!'.repeat(20000)} B`],
    ['runs of "…"', `a${'…'.repeat(20000)} B`],
    ['"](" repeated', `a${']('.repeat(10000)}`],
    ['runs of ":"', `a${':'.repeat(20000)}b`],
    ['runs of "—"', `a${'—'.repeat(20000)}b`],
    ['unclosed comments', '<!--'.repeat(10000)],
    ['unclosed tags', '<a'.repeat(10000)],
    ['unclosed brackets', '['.repeat(20000)],
  ] as const) {
    it(`finishes ${name} in under 2 s`, () => {
      const ms = fastest(() => detect(text), 1);
      assert.ok(ms < 2000, `${ms} ms`);
    });
  }

  it('grows linearly with the length of a run of any character', function () {
    this.timeout(120_000);
    const slow: string[] = [];
    for (const run of RUNS) {
      const ratio = growth((size) => detect(`John ${run.repeat(Math.ceil(size / run.length))} forgot to test`), 2000);
      if (ratio > 10) slow.push(`${JSON.stringify(run)}: ×${ratio.toFixed(1)} for ×4 the text`);
    }
    assert.deepEqual(slow, []);
  });

  it('splits sentences and masks markup in linear time', function () {
    this.timeout(60_000);
    const slow: string[] = [];
    for (const run of [...RUNS, '](', '<!--', '<a', '[', '`', '```\n', '  \n', '|', '*', '~~']) {
      const ratio = growth((size) => splitSentences(maskMarkup(`a ${run.repeat(Math.ceil(size / run.length))} B`)), 20000);
      if (ratio > 10) slow.push(`${JSON.stringify(run)}: ×${ratio.toFixed(1)} for ×4 the text`);
    }
    assert.deepEqual(slow, []);
  });

  it('runs every vocabulary pattern over a window of any run in well under a second (none is cubic)', function () {
    this.timeout(120_000);
    const slow: string[] = [];
    for (const run of RUNS) {
      // What the detector hands a pattern: at most a window, with runs of whitespace compacted.
      const text = compactWhitespace(`x ${run.repeat(Math.ceil(WINDOW / run.length))} y`).text.slice(0, WINDOW);
      for (const [id, regex] of allPatterns()) {
        const run = () => {
          regex.lastIndex = 0;
          if (regex.global) for (const _ of text.matchAll(regex));
          else regex.test(text);
        };
        // Timed once; a slow one is timed again so a stall of the machine is not taken for backtracking.
        let ms = fastest(run, 1);
        if (ms > 200) ms = fastest(run, 3);
        if (ms > 200) slow.push(`${id} on ${JSON.stringify(run)}: ${ms.toFixed(0)} ms`);
      }
    }
    assert.deepEqual(slow, []);
  });

  it('still finds blaming language across long runs of spaces, with the original text as the finding', () => {
    const text = `John   forgot${' '.repeat(40)}to test the upgrade.`;
    const [finding] = detect(text);
    assert.ok(finding, 'no finding');
    assert.equal(finding.actual, text.slice(finding.start, finding.end));
    assert.match(finding.actual, /^John {3}forgot {40}to/);
  });

  it('still finds a blaming sentence deep inside a very long paragraph', () => {
    const filler = 'The deploy pipeline ran the usual checks and the canary stayed green for an hour, ';
    const text = `${filler.repeat(30)}and then John forgot to test the upgrade.`;
    assert.ok(detect(text).some((f) => f.actual.startsWith('John forgot')));
  });

  it('drops findings that contain an allowed word, with 20,000 allowed words as fast as with one', () => {
    const allowedWords = Array.from({ length: 20000 }, (_, i) => `word${i}`).concat(['careless']);
    const ms = fastest(() => findBlamingLanguage('The engineer was careless. Bob was sloppy.', { people: ['Bob'], allowedWords }), 1);
    assert.ok(ms < 1000, `${ms} ms`);
    const found = findBlamingLanguage('The engineer was careless. Bob was sloppy.', { people: ['Bob'], allowedWords });
    assert.ok(!found.some((f) => /careless/.test(f.actual)));
    assert.ok(found.some((f) => /sloppy/.test(f.actual)));
  });
});
