// The blame pre-filter's literals: what they are for a few shapes of pattern, and that no matcher is ever skipped on
// a sentence it matches (every example of the vocabulary, against every matcher).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileEntry } from '../../../src/core/blame/compile';
import { requiredLiterals } from '../../../src/core/blame/literals';
import { LiteralFilter } from '../../../src/core/blame/prefilter';
import { BLAME_VOCABULARY } from '../../../src/core/blame/vocabulary';

describe('blame pre-filter literals', () => {
  it('reads sequences, alternations, groups and quantifiers', () => {
    assert.deepEqual(requiredLiterals(String.raw`\bhuman\s+error\b`), [['human'], ['error']]);
    assert.deepEqual(requiredLiterals(String.raw`(?:rules?|polic(?:y|ies))\b`), [['rule', 'polic']]);
    assert.deepEqual(requiredLiterals(String.raw`{S}\s+forgot\s+to`), [['forgot']]);
    assert.deepEqual(requiredLiterals(String.raw`care(?:less)?ly`), [['care']]);
    assert.deepEqual(requiredLiterals(String.raw`(?:blame)?\s+x`), []);
    assert.deepEqual(requiredLiterals(String.raw`(?=blame)\w+`), []);
    assert.deepEqual(requiredLiterals(String.raw`(?:a|blame)\s+x`), [], 'a branch without a usable literal requires nothing');
    assert.deepEqual(requiredLiterals(String.raw`[A-Z]\p{L}{2}ed`), []);
  });

  it('never skips a matcher on a sentence it matches (every example against every matcher)', () => {
    const filter = new LiteralFilter();
    const matchers = BLAME_VOCABULARY.flatMap((entry) => compileEntry(entry).matchers).map((m) => ({ m, handle: filter.add(m.requirement) }));
    const examples = BLAME_VOCABULARY.flatMap((entry) => entry.examples);
    let checked = 0;
    for (const example of examples) {
      filter.scan(example.toLowerCase());
      for (const { m, handle } of matchers) {
        const { regex } = m.expressions();
        regex.lastIndex = 0;
        if (!regex.test(example)) continue;
        checked++;
        assert.ok(filter.holds(handle), `${regex.source.slice(0, 80)} matches "${example}" but its literals ${JSON.stringify(m.requirement)} were not found`);
      }
    }
    assert.ok(checked > 300, `only ${checked} matches checked`);
  });

  it('finds a literal anywhere in any text, in any case', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('forgot', 'careless', 'human', 'rule'), fc.string(), fc.boolean(), (before, literal, after, upper) => {
        const filter = new LiteralFilter();
        const handle = filter.add([[literal]]);
        const text = `${before}${upper ? literal.toUpperCase() : literal}${after}`;
        filter.scan(text.toLowerCase());
        assert.ok(filter.holds(handle));
      }),
    );
  });

  it('says a requirement (and its group) holds exactly when every clause has a literal in the text, scan after scan', () => {
    const literal = fc.constantFrom('forgot', 'careless', 'human', 'error', 'rule', 'blame', 'oncall', 'should');
    const requirement = fc.array(fc.array(literal, { minLength: 1, maxLength: 3 }), { maxLength: 3 });
    const text = fc.array(fc.oneof(literal, fc.constantFrom(' ', 'the ', 'x', 'forg', 'rul')), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(requirement, { minLength: 1, maxLength: 8 }), fc.array(text, { minLength: 1, maxLength: 4 }), (requirements, texts) => {
        const filter = new LiteralFilter();
        const group = filter.group();
        const handles = requirements.map((r) => filter.add(r, group));
        for (const t of texts) {
          filter.scan(t);
          const expected = requirements.map((r) => r.every((clause) => clause.some((l) => t.includes(l))));
          assert.deepEqual(handles.map((h) => filter.holds(h)), expected, t);
          assert.equal(filter.groupHolds(group), expected.includes(true));
        }
      }),
    );
  });
});
