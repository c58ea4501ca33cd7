// status-value accepts a closed incident as other languages write it, while the rule keeps its default states.
import assert from 'node:assert/strict';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { parsePostmortem } from '../../../src/core/model/parse';

const statusFindings = (status: string): number =>
  lintPostmortem(parsePostmortem(`# Post-mortem\n\n- **Status:** ${status}\n\n## Resumo\n\nA API ficou lenta.\n`), { now: new Date('2026-07-01T00:00:00Z') }).filter((f) => f.ruleId === 'status-value').length;

describe('status-value in other languages', () => {
  it('accepts a closed incident in Portuguese, Spanish, French and Italian', () => {
    for (const status of ['Encerrado', 'Concluído', 'Finalizada', 'Cerrada', 'Fermée', 'Chiusa', 'Resolvido']) assert.equal(statusFindings(status), 0, status);
  });

  it('still reports a value that is no state', () => {
    assert.equal(statusFindings('Banana'), 1);
  });
});
