import assert from 'node:assert/strict';
import { findBlamingLanguage } from '../../../src/core/blame';

const ids = (text: string, people: string[] = []): string[] => findBlamingLanguage(text, { people }).map((f) => f.id);

describe('findBlamingLanguage', () => {
  it('reports the phrase, its sentence, the entry, and a rewrite when the vocabulary has one', () => {
    const text = 'The pods restarted. John forgot to test the upgrade before the window.';
    const [finding, ...rest] = findBlamingLanguage(text, { people: [] });
    assert.equal(rest.length, 0);
    assert.equal(finding.id, 'forgot-to');
    assert.equal(finding.category, 'blame-attribution');
    assert.equal(finding.actual, 'John forgot to');
    assert.equal(text.slice(finding.start, finding.end), 'John forgot to');
    assert.equal(text.slice(finding.sentence.start, finding.sentence.end), 'John forgot to test the upgrade before the window.');
    assert.equal(finding.expected, 'The process had no step to');
    assert.match(finding.message, /^Blaming language "John forgot to": .+ Try "The process had no step to"\.$/u);
  });

  it('gives offsets per span when given the prose of a document', () => {
    const findings = findBlamingLanguage([{ text: 'All good here.' }, { text: 'It was the root cause: human error.' }], { people: [] });
    assert.deepEqual(findings.map((f) => [f.span, f.start, f.end, f.actual]), [[1, 23, 34, 'human error']]);
  });

  it('tells people from systems', () => {
    assert.deepEqual(ids('The alert failed to notify on-call.'), []);
    assert.deepEqual(ids('The security team failed to review the change.'), ['did-not-check']);
    assert.deepEqual(ids('Jenkins never checked the signature.'), []);
    assert.deepEqual(ids('Nadia never checked the signature.'), ['did-not-check']);
  });

  it('does not take an identifier or a vulnerability for a person', () => {
    assert.deepEqual(ids('CVE-2019-9901 was privately disclosed to the security team and accidentally publicly disclosed on 2019-03-13.'), []);
    assert.deepEqual(ids('The supply safeguard was violated due to the aforementioned security vulnerability being triggered by a test transaction.'), []);
    assert.deepEqual(ids('The outage was due to the security team.'), ['caused-by-person']);
  });

  it('does not take people at large, counted as a crowd, for someone to blame', () => {
    assert.deepEqual(ids('There were still a lot of people that had not updated, so the netspace was lower.'), []);
    assert.deepEqual(ids('Many users had not updated their nodes.'), []);
    assert.deepEqual(ids('Two engineers had not updated the runbook.'), ['did-not-check']);
    assert.deepEqual(ids('Dana had not updated the runbook.', ['Dana']), ['did-not-check']);
  });

  it('does not judge software described with a judgment word, but still judges what people did', () => {
    assert.deepEqual(ids('The PCRF was careless with cache invalidation, serving stale policies.'), []);
    assert.deepEqual(ids('The payment gateway was irresponsible with its retries.'), []);
    assert.deepEqual(ids('The PGW dropped the ball on session cleanup.'), []);
    assert.deepEqual(ids('The search indexer got lazy under load.'), []);
    assert.deepEqual(ids('The deploy was sloppy.'), ['sloppy']);
    assert.deepEqual(ids('Deploying on a Friday night was reckless.'), ['reckless']);
    assert.deepEqual(ids('It was irresponsible to skip the dry run.'), ['reckless']);
    assert.deepEqual(ids('Our DBA was careless with the backup.'), ['careless']);
  });

  it('does not take a capitalised service or common noun at the start of a sentence for a name', () => {
    assert.deepEqual(ids('Checkout missed the SLA.'), []);
    assert.deepEqual(ids('Caching missed the invalidation.'), []);
    assert.deepEqual(ids('Zorblax forgot the flag.'), ['forgot']);
  });

  it('reads names from the document as people, even unusual ones', () => {
    assert.deepEqual(ids('Zorblax broke the build.'), []);
    assert.deepEqual(ids('Zorblax broke the build.', ['Zorblax Quux']), ['broke-prod']);
    assert.deepEqual(ids('Quux broke the build.', ['@zorblax', 'Zorblax Quux']), ['broke-prod']);
  });

  it('keeps forward-looking "should have", the team owning its part, and hindsight about others apart', () => {
    assert.deepEqual(ids('We should have alerting on config load failures.'), []);
    assert.deepEqual(ids('We should have automated tests for the restore.'), []);
    // The team owning its part is not blame: "we should have", "had we …", "none of us noticed", "we forgot to".
    assert.deepEqual(ids('We should have automated the restore test.'), []);
    assert.deepEqual(ids('Had we load-tested the new cluster, we would have seen the limit.'), []);
    assert.deepEqual(ids('None of us noticed the expiry date in the certificate.'), []);
    assert.deepEqual(ids('We forgot to renew the certificate.'), []);
    assert.deepEqual(ids('Had the on-call engineer load-tested the new cluster, we would have seen the limit.'), ['had-they']);
    assert.deepEqual(ids('The release manager forgot to renew the certificate.'), ['forgot-to']);
    // Judging ourselves is still judging: "we messed up", "we should have known better".
    assert.deepEqual(ids('We messed up the rollout order.'), ['messed-up']);
    // A team that wants the stricter reading says so in its configuration.
    assert.deepEqual(
      findBlamingLanguage('In hindsight we should have load-tested the cluster.', { people: [], extraPhrases: ['we should have'] }).map((f) => f.actual),
      ['we should have'],
    );
    assert.deepEqual(ids('The security team should have tested the upgrade.'), ['should-have']);
  });

  it('ignores negated, meta and technical uses', () => {
    for (const text of [
      'No one is to blame.',
      'It was not careless; the prompt looked identical on both hosts.',
      'Run git blame on the file.',
      'A hardware fault in the controller.',
      'We design for fault tolerance.',
      'This is a blameless review.',
      'Human error is not a root cause.',
      'The config is lazily loaded.',
    ]) {
      assert.deepEqual(ids(text), [], text);
    }
  });

  it('does not look inside code, HTML comments or link targets of a Markdown string', () => {
    assert.deepEqual(ids('Run `careless --force` and see <!-- human error --> [docs](https://x.test/sloppy).'), []);
  });

  it('flags configured extra phrases and drops findings with allowed words', () => {
    assert.deepEqual(
      findBlamingLanguage('A hero deploy broke checkout.', { people: [], extraPhrases: ['hero deploy'] }).map((f) => [f.id, f.category, f.actual]),
      [['extra-phrase', 'custom', 'hero deploy']],
    );
    assert.deepEqual(findBlamingLanguage('The change was careless.', { people: [], allowedWords: ['careless'] }), []);
  });

  it('reports one finding per phrase, the widest of overlapping matches', () => {
    const findings = findBlamingLanguage('An engineer errantly wiped the database.', { people: [] });
    assert.deepEqual(findings.map((f) => f.actual), ['An engineer errantly wiped']);
  });
});

describe('blameless rewrites', () => {
  // A quick fix replaces `actual` with `expected`; the sentence must still read, and no longer blame.
  for (const [text, rewritten] of [
    ['John forgot to test the upgrade.', 'The process had no step to test the upgrade.'],
    ['The security team should have known about the upgrade.', 'Nothing told the security team about the upgrade.'],
    ['Leaving the replica in debug mode was a human error.', 'Leaving the replica in debug mode was a gap in our safeguards.'],
    ['That the header changed was overlooked.', 'That the header changed was not caught.'],
    ['Forgetting the flag was a rookie mistake.', 'Forgetting the flag was an easy mistake to make.'],
  ]) {
    it(`rewrites "${text}"`, () => {
      const [finding] = findBlamingLanguage(text, { people: [] });
      assert.ok(finding.expected !== undefined, 'has a rewrite');
      const result = text.slice(0, finding.start) + finding.expected + text.slice(finding.end);
      assert.equal(result, rewritten);
      assert.deepEqual(findBlamingLanguage(result, { people: [] }), []);
    });
  }
});
