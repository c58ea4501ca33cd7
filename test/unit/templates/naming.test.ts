import assert from 'node:assert/strict';
import { nextIncidentId, slugify, uniqueFileName } from '../../../src/core/templates/naming';

describe('postmortem file names and incident ids', () => {
  describe('slugify', () => {
    it('makes a lower-case, hyphenated slug of the title', () => {
      assert.equal(slugify('Kubernetes 1.25 upgrade broke security scanning!'), 'kubernetes-1-25-upgrade-broke-security-scanning');
    });

    it('folds accents instead of dropping the letters', () => {
      assert.equal(slugify('Réplica de base de données en panne'), 'replica-de-base-de-donnees-en-panne');
    });

    it('falls back to "incident" when nothing usable is left', () => {
      assert.equal(slugify('🔥🔥'), 'incident');
    });

    it('cuts long titles at a word boundary', () => {
      const slug = slugify('Elevated error rates across the checkout, payments and inventory services during the regional failover');
      assert.ok(slug.length <= 60, slug);
      assert.equal(slug, 'elevated-error-rates-across-the-checkout-payments-and');
    });
  });

  describe('uniqueFileName', () => {
    it('uses <date>-<slug>.md when it is free', () => {
      assert.equal(uniqueFileName('2024-10-18', 'db-outage', ['2024-10-17-db-outage.md']), '2024-10-18-db-outage.md');
    });

    it('adds -2, -3… rather than overwrite, ignoring case', () => {
      const existing = ['2024-10-18-DB-Outage.md', '2024-10-18-db-outage-2.md'];
      assert.equal(uniqueFileName('2024-10-18', 'db-outage', existing), '2024-10-18-db-outage-3.md');
    });
  });

  describe('nextIncidentId', () => {
    it('starts at 001 for the first incident of the day', () => {
      assert.equal(nextIncidentId('2024-10-18', []), 'INC-2024-10-18-001');
    });

    it('takes the next number after the highest of the same day, in names or texts', () => {
      const existing = [
        'INC-2024-10-18-001.md',
        '**Incident ID**: INC-2024-10-18-004\n**Date**: 2024-10-18',
        '| Incident ID | INC-2024-10-19-009 |',
      ];
      assert.equal(nextIncidentId('2024-10-18', existing), 'INC-2024-10-18-005');
    });

    it('ignores the unfilled template placeholder', () => {
      assert.equal(nextIncidentId('2024-10-18', ['**Incident ID**: INC-YYYY-MM-DD-NNN']), 'INC-2024-10-18-001');
    });
  });
});
