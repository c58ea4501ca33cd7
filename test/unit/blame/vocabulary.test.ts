import assert from 'node:assert/strict';
import { BLAME_VOCABULARY, META_GUARDS, findBlamingLanguage } from '../../../src/core/blame';
import { compileEntry, expandPattern } from '../../../src/core/blame/compile';
import { DEPARTMENTS, FIRST_NAMES, PRODUCT_NAMES, ROLE_NOUNS, SYSTEM_NOUNS, TEAM_NOUNS } from '../../../src/core/blame/lexicon';

const CATEGORIES = new Set(['blame-attribution', 'hindsight', 'blame-label', 'judgment-of-people']);

describe('blaming-language vocabulary', () => {
  it('has unique, kebab-case ids', () => {
    const ids = BLAME_VOCABULARY.map((e) => e.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  it('gives one cue per pattern where it gives a list, and every cue holds where its pattern matches an example', () => {
    // A cue out of step with its pattern would silently skip that pattern on the sentences it was written for.
    for (const entry of BLAME_VOCABULARY) {
      if (!Array.isArray(entry.cue)) continue;
      const patterns = typeof entry.pattern === 'string' ? [entry.pattern] : entry.pattern;
      assert.equal(entry.cue.length, patterns.length, `${entry.id}: ${entry.cue.length} cues for ${patterns.length} patterns`);
      for (const matcher of compileEntry(entry).matchers) {
        const { regex, cue } = matcher.expressions();
        for (const example of entry.examples) {
          const text = example.replace(/@(\w)/gu, (_, c: string) => c.toUpperCase());
          regex.lastIndex = 0;
          if (cue !== null && regex.test(text)) assert.ok(cue.test(text), `${entry.id}: cue ${cue} misses "${text}"`);
        }
      }
    }
  });

  it('has no duplicate patterns and no example claimed by two entries', () => {
    const sources = BLAME_VOCABULARY.flatMap((e) => (typeof e.pattern === 'string' ? [e.pattern] : e.pattern));
    assert.deepEqual(sources.filter((s, i) => sources.indexOf(s) !== i), []);
    const examples = BLAME_VOCABULARY.flatMap((e) => e.examples);
    assert.deepEqual(examples.filter((s, i) => examples.indexOf(s) !== i), []);
  });

  it('gives every entry a known category, a one-sentence note and at least one example', () => {
    for (const entry of BLAME_VOCABULARY) {
      assert.ok(CATEGORIES.has(entry.category), `${entry.id}: category ${entry.category}`);
      assert.match(entry.note, /^\S.{20,}[.?!]$/u, `${entry.id}: note`);
      assert.ok(entry.examples.length > 0, `${entry.id}: examples`);
      if (entry.expected !== undefined) assert.notEqual(entry.expected.trim(), '', `${entry.id}: expected`);
    }
  });

  it('declares which actors count exactly when a pattern captures a subject, object or possessor', () => {
    for (const entry of BLAME_VOCABULARY) {
      const sources = typeof entry.pattern === 'string' ? [entry.pattern] : entry.pattern;
      const capturesActor = sources.some((s) => /\{[SOP]\}/u.test(s));
      assert.equal(entry.actors !== undefined, capturesActor, `${entry.id}: actors`);
    }
  });

  it('compiles every pattern and guard', () => {
    // A matcher builds its expressions when first asked for them: ask every one.
    for (const entry of BLAME_VOCABULARY) assert.doesNotThrow(() => compileEntry(entry).matchers.map((m) => m.expressions()), entry.id);
    for (const guard of META_GUARDS) assert.doesNotThrow(() => new RegExp(guard, 'iu'));
    assert.doesNotMatch(expandPattern(String.raw`{S}{ADV}{VBN}{VP}{O}{P}{W}`), /\{(?:S|O|P|ADV|VBN|VP|W)\}/u);
  });

  it('flags each example, and the finding comes from that entry', () => {
    for (const entry of BLAME_VOCABULARY) {
      for (const example of entry.examples) {
        const ids = findBlamingLanguage(example, { people: [] }).map((f) => f.id);
        assert.ok(ids.includes(entry.id), `${entry.id} should flag "${example}" (got ${ids.join(', ') || 'nothing'})`);
      }
    }
  });
});

describe('people and system word lists', () => {
  const lists = { ROLE_NOUNS, TEAM_NOUNS, DEPARTMENTS, SYSTEM_NOUNS, PRODUCT_NAMES, FIRST_NAMES };

  it('repeat no word within a list', () => {
    for (const [name, words] of Object.entries(lists)) assert.deepEqual(words.filter((w, i) => words.indexOf(w) !== i), [], name);
  });

  it('never put one word among both people and things', () => {
    const people = new Set([...ROLE_NOUNS, ...TEAM_NOUNS, ...DEPARTMENTS, ...FIRST_NAMES]);
    assert.deepEqual([...SYSTEM_NOUNS, ...PRODUCT_NAMES].filter((w) => people.has(w)), []);
  });
});
