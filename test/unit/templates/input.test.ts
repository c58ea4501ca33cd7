import assert from 'node:assert/strict';
import { newPostmortemArgsSchema, validateDate, validateTitle } from '../../../src/core/templates/input';
import { resolveSeverity, SEVERITY_SCALES } from '../../../src/core/templates/severity';

describe('New Postmortem inputs', () => {
  it('rejects an empty title and accepts a real one', () => {
    assert.notEqual(validateTitle('   '), null);
    assert.equal(validateTitle('Checkout latency spike'), null);
  });

  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    assert.equal(validateDate('2024-02-29'), null);
    for (const bad of ['2023-02-29', '2024-13-01', '18/10/2024', '2024-1-5', '']) assert.notEqual(validateDate(bad), null, bad);
  });

  it('validates command arguments and rejects unknown fields', () => {
    assert.ok(newPostmortemArgsSchema.safeParse({ title: 'Outage', date: '2024-10-18', severity: 'P1', template: 'short' }).success);
    assert.ok(!newPostmortemArgsSchema.safeParse({ title: 'Outage', date: 'yesterday' }).success);
    assert.ok(!newPostmortemArgsSchema.safeParse({ titel: 'Outage' }).success);
  });

  describe('severity', () => {
    it('offers P0–P3 and SEV1–SEV4 with labels', () => {
      assert.deepEqual(SEVERITY_SCALES['P0-P3'].map((l) => l.written), ['P0-Critical', 'P1-High', 'P2-Medium', 'P3-Low']);
      assert.deepEqual(SEVERITY_SCALES['SEV1-SEV4'].map((l) => l.written), ['SEV1 (Critical)', 'SEV2 (High)', 'SEV3 (Medium)', 'SEV4 (Low)']);
    });

    it('reads what people type', () => {
      assert.equal(resolveSeverity('p1')?.written, 'P1-High');
      assert.equal(resolveSeverity('P2-Medium')?.written, 'P2-Medium');
      assert.equal(resolveSeverity('sev 1')?.written, 'SEV1 (Critical)');
      assert.equal(resolveSeverity('SEV4 (Low)', 'SEV1-SEV4')?.written, 'SEV4 (Low)');
    });

    it('rejects levels outside both scales', () => {
      assert.equal(resolveSeverity('P4'), null);
      assert.equal(resolveSeverity('SEV0'), null);
      assert.equal(resolveSeverity('critical'), null);
    });
  });
});
