import assert from 'node:assert/strict';
import { resolveLintConfig } from '../../../src/core/config/resolve';
import { postmortemrcSchema } from '../../../src/core/config/schema';

describe('metrics configuration', () => {
  it('counts every metric from Started when nothing is configured', () => {
    assert.deepEqual(resolveLintConfig([]).metrics.countFrom, { timeToDetect: 'started', timeToAcknowledge: 'started', timeToMitigate: 'started', timeToResolve: 'started' });
  });

  it('merges countFrom across sources, later ones winning per metric', () => {
    const config = resolveLintConfig([
      { name: 'settings', value: { metrics: { countFrom: { timeToAcknowledge: 'detected', timeToResolve: 'detected' } } } },
      { name: '.postmortemrc.json', value: { metrics: { countFrom: { timeToResolve: 'started' } } } },
    ]);
    assert.deepEqual(config.problems, []);
    assert.equal(config.metrics.countFrom.timeToAcknowledge, 'detected');
    assert.equal(config.metrics.countFrom.timeToResolve, 'started');
  });

  it('reports a bad moment as a problem and keeps the defaults', () => {
    const config = resolveLintConfig([{ name: '.postmortemrc.json', value: { metrics: { countFrom: { timeToDetect: 'paged' } } } }]);
    assert.equal(config.problems.length, 1);
    assert.equal(config.problems[0].path, 'metrics.countFrom.timeToDetect');
    assert.equal(config.metrics.countFrom.timeToDetect, 'started');
  });

  it('is part of the .postmortemrc.json schema', () => {
    assert.ok(postmortemrcSchema.safeParse({ metrics: { countFrom: { timeToAcknowledge: 'detected' } } }).success);
    assert.ok(!postmortemrcSchema.safeParse({ metrics: { countFrom: { timeToAcknowledge: 'paged' } } }).success);
  });
});
