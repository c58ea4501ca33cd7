// Tags that hint at a culprit ("let that sink in", "and it shows"), verdicts in other word orders ("the weak link was
// Tariq"), sanctions on one person's privileged access; and, beside each, what only looks like it: the team owning a
// decision, human error said to be inevitable, a label the review refuses, a program called an operator.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: tags, verdicts and sanctions, and what only looks like them', () => {
  it('reports tags that leave the reader to blame someone, not the same words about a chart', () => {
    assert.deepEqual(vocabularyFindings('QA signed off on it. Let that sink in.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Gwen approved the schema change from her phone at a wedding, and it shows.', ['Gwen']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('We added a lag panel, and it shows the replica catching up.'), []);
    assert.deepEqual(vocabularyFindings('The same names appear in the change log as last time; readers may draw their own conclusions.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Frontend shipped a retry loop that hammered our own endpoint, which is a very frontend thing to do.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('As usual, team Growth shipped first and asked questions later.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Restarting the consumer first and draining later is the safe thing to do.'), []);
  });

  it('reports a person named as the weak link in either order, not a weak link in a chain of systems', () => {
    assert.deepEqual(vocabularyFindings("At the retro everyone agreed the weak link was Tariq, so we'll pair him with someone.", ['Tariq']), ['poor-job']);
    assert.deepEqual(vocabularyFindings('The weak link was the single NAT gateway in front of every subnet.'), []);
  });

  it("reports taking one person's privileged access, not revoking a leaked token or a departed account", () => {
    assert.deepEqual(vocabularyFindings("- [ ] Revoke Kat's Heroku admin role (owner: Leo, due: today)", ['Kat', 'Leo']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("- Remove Tarik's write access to the invoicing S3 bucket (owner: Dilek)", ['Tarik', 'Dilek']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("Revoke the deploy bot's leaked API token."), []);
    assert.deepEqual(vocabularyFindings("Remove Sam's admin access while he is on parental leave.", ['Sam']), []);
  });

  it('reports an incident escalated as one person\'s performance issue, not a performance issue of a service', () => {
    assert.deepEqual(vocabularyFindings('The matter has been escalated to the Director of IT as a performance issue for the DCS team lead.'), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('The slow queries were escalated to the vendor as a performance issue in their driver.'), []);
  });

  it('does not report the team owning a decision, or refusing to call a delay someone\'s mistake', () => {
    assert.deepEqual(vocabularyFindings('As a team we decided to skip the load test because Black Friday was "probably fine"; it was not, and that\'s a call we own together.'), []);
    assert.deepEqual(vocabularyFindings("Wren asked that we not frame the rollback delay as her mistake, and she's right: the button was buried two menus deep.", ['Wren']), []);
  });

  it('does not report human error said to be inevitable, and still reports it named as the cause', () => {
    assert.deepEqual(vocabularyFindings('Human error is an inevitable property of any manual process; the action is to remove the manual step.'), []);
    assert.deepEqual(vocabularyFindings("Human error on manual refunds will be nonzero no matter who does them, so we're automating the refund step."), []);
    assert.deepEqual(vocabularyFindings('Root cause: human error during the manual refund run.'), ['human-error']);
  });

  it('does not report a judgment the review corrected, or "nobody did anything unusual"', () => {
    assert.deepEqual(vocabularyFindings('What looked like a negligent gap in the logs turned out to be log rotation during the deploy.'), []);
    assert.deepEqual(vocabularyFindings('Nobody did anything unusual here: the deploy was routine, and the system still fell over.'), []);
    assert.deepEqual(vocabularyFindings('A negligent gap in the handover left the queue unwatched.'), ['negligent']);
  });

  it('does not report being told something reassuring that was wrong, and still reports having been warned', () => {
    assert.deepEqual(vocabularyFindings('Leo was new to the billing code and had been told the runbook was current; it had not been updated.', ['Leo']), []);
    assert.deepEqual(vocabularyFindings('Leo had already been told about the expiring certificate.', ['Leo']), ['warned-before']);
  });

  it('does not report the question the review chose not to ask', () => {
    assert.deepEqual(vocabularyFindings('We asked Priya what she knew at 06:10 and why a rollback looked risky, rather than why she did not roll back.', ['Priya']), []);
  });

  it('does not report a Kubernetes operator named with a hyphen, and still reports a person who is an operator', () => {
    assert.deepEqual(vocabularyFindings('A cert-manager operator error in our staging cluster meant the TLS secret was never renewed.'), []);
    assert.deepEqual(vocabularyFindings('An on-call operator error took the primary down.'), ['operator-error']);
  });

  it("reads a vendor's CLI or API as software, not its name as a person", () => {
    assert.deepEqual(vocabularyFindings('The Stripe CLI kept listening to the wrong account because the cached token was stale.'), []);
    assert.deepEqual(vocabularyFindings('The Stripe admin Ravi ran the import against the wrong account.', ['Ravi']), ['wrong-target']);
  });
});
