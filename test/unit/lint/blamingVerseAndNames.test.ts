// Published postmortems hold a poem now and then, timeline rows that open with a verb, systems with made-up names and
// teams named after their organisation: none of these is a person blamed.
import assert from 'node:assert/strict';
import { blamed } from './blamed';

describe('blaming-language on verse, verbs, system names and organisations', () => {
  it('does not judge a poem in rhyming couplets, and still judges the prose after it', () => {
    const poem = [
      'Every queue in Queueville liked the fediverse a lot,',
      'But Max, who lived north of Queueville, did not!',
      '',
      '"I know just what to do!" Max laughed in his throat.',
      '"I will max out the CPU and cause the network to bloat."',
      '',
      'And he chuckled, and clucked, "What a great Max trick!',
      'With this CPU and network lag, the latency will stick!"',
      '',
      'Then he slunk to the queues and he took the whole feast,',
      'And he stuffed it up the chimney, the old greedy beast.',
    ].join('\n');
    const found = blamed(`# Queues down\n\n## Summary\n\n${poem}\n\n## Root Cause\n\nThe outage happened because Max forgot to raise the thread limit.\n`);
    assert.deepEqual(found.map((f) => f.includes('Max forgot to')), [true]);
  });

  it('judges one sentence per line as prose: it does not rhyme', () => {
    const text = '# Outage\n\n## Root Cause\n\nThe deploy went out at 17:55.\nNobody reviewed the change.\nJohn forgot to run the migration.\nThe site was down for an hour.\n';
    assert.ok(blamed(text).some((f) => f.includes('John forgot to')));
  });

  it('reads a timeline row that opens with a past tense as a verb, and a system named with its technology as a system', () => {
    const text = '# Hellman Kubernetes IaC accidentally reverted\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 2020-03-05 18:35 | Added access flags to the new service account to avoid the expiration policy |\n\n## Root Cause\n\nSaeed accidentally reverted the cluster config.\n';
    assert.deepEqual(blamed(text).map((f) => f.includes('Saeed accidentally reverted')), [true]);
  });

  it("reads the organisation in a team's name as the organisation, not a person", () => {
    const text = '# Redis exposed\n\n**Participants**: Esk ([@esk](https://hachyderm.io/@esk)), the Hachyderm Infra team\n\n## Summary\n\nBetween July 9 and July 16, one of Hachyderm’s Redis cache servers was exposed to the public internet.\n';
    assert.deepEqual(blamed(text), []);
  });

  it('reads a name the document shows to be software (its repository linked, "any Hydra release") as a system, and a person of the same shape as a person', () => {
    const tool = '# Attributes lost\n\n## Summary\n\nHydra silently deleted every attribute it formatted. It was caught before any Hydra release carried it ([hydra-tools/hydra#3400](https://github.com/hydra-tools/hydra/pull/3400)).\n';
    assert.deepEqual(blamed(tool), []);
    const linked = '# Attributes lost\n\n## Summary\n\nOrvex silently deleted every attribute it formatted; see [the pull request](https://github.com/acme/orvex/pull/12).\n';
    assert.deepEqual(blamed(linked), []);
    const person = '# Attributes lost\n\n## Summary\n\nOrvex silently deleted every attribute in the file; see [the pull request](https://github.com/acme/formatter/pull/12).\n';
    assert.deepEqual(blamed(person).length, 1);
  });

  it('reads a word capitalised only because it opens the sentence as a word when the document writes it in lower case, and an unknown name as a name', () => {
    const body = '\n\n## Summary\n\nThe compiler wrote the legacy flag bits into the metadata of every library it built.\n';
    assert.deepEqual(blamed(`# Regression: Legacy inline metadata decoded as non-inline, breaking cross-assembly builds${body}`), []);
    assert.equal(blamed(`# Regression: Zorblat decoded the metadata as non-inline, breaking cross-assembly builds${body}`).length, 1);
  });
});

