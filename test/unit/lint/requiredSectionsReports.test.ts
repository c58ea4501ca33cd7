// required-sections on shapes found in a fourth set of published postmortems (test/fixtures/real-world-2), examples written here.
import assert from 'node:assert/strict';
import { missingSections as missing } from './missingSections';
import { parsePostmortem } from '../../../src/core/model/parse';
const ACTIONS = '\n## Action Items\n\n- Alert on queue age\n';

describe('required-sections where reports answer the question in another form', () => {
  it('takes a section that tells the story with three or more clock times as the timeline, not one with a single time', () => {
    const head = '# Token leak\n\n## Summary\n\nA leaked token let an attacker publish two bad packages, affecting users who installed them.\n\n## How did it happen?\n\n';
    assert.deepEqual(missing(`${head}At 5:40 PM a pull request ran the workflow. At 3:28 PM the next day the token was tested, and at 3:45 PM the secrets were taken.\n${ACTIONS}`), []);
    assert.deepEqual(missing(`${head}At 5:40 PM a pull request ran the workflow and took the token.\n${ACTIONS}`), ['Timeline']);
    // Log timestamps in a code block are not a story.
    assert.deepEqual(missing(`${head}The runner logged this:\n\n\`\`\`\n10:01 start\n10:02 read secret\n10:03 exit\n\`\`\`\n${ACTIONS}`), ['Timeline']);
  });

  it('takes a cause stated in the resolution section, and "The Vulnerability" as a root-cause section', () => {
    const head = '# Account compromise\n\n## Summary\n\nOne employee account was locked for a day, affecting that employee.\n\n## Timeline\n\n- 11:12 alert\n- 11:31 account locked\n';
    assert.deepEqual(missing(`${head}\n## Resolution and recovery\n\nThe root cause was determined to be a phishing link sent from a trusted contact.\n${ACTIONS}`), []);
    assert.deepEqual(missing(`${head}\n## Resolution and recovery\n\nThe laptop was reset and the passwords changed.\n${ACTIONS}`), ['Root Cause']);
    assert.deepEqual(missing(`${head}\n## The Vulnerability\n\nBalances were not zeroed on self-destruct.\n${ACTIONS}`), []);
  });

  it('takes "the chain stalled" and "compromised" in a summary as its impact', () => {
    const tail = '\n## Timeline\n\n- 19:32 stall\n- 19:42 blocks again\n\n## Root Cause\n\nA bug in the timelord.\n';
    assert.deepEqual(missing(`# Stall\n\n## Issue Summary\n\nThe chain stalled at height 4779033 for ten minutes.\n${tail}${ACTIONS}`), []);
    assert.deepEqual(missing(`# Runners\n\n## Issue Summary\n\nTwo self-hosted build runners were compromised through a forked workflow.\n${tail}${ACTIONS}`), []);
    assert.deepEqual(missing(`# Runners\n\n## Issue Summary\n\nWe moved the build runners to a new rack.\n${tail}${ACTIONS}`), ['Impact']);
  });

  it('takes a list of three or more timed events under another heading as the timeline, not a list with one time', () => {
    const head = '# Connection surge\n\n## Summary\n\nThe site was down for users for forty minutes.\n\n## Root Cause\n\nA connection leak.\n\n## Leadup\n\n';
    assert.deepEqual(missing(`${head}- **00:27 UTC:** the web app opens hundreds of connections\n- **00:32 UTC:** the database refuses new clients\n- **00:55 UTC:** the node is recycled\n${ACTIONS}`), []);
    assert.deepEqual(missing(`${head}- **00:27 UTC:** the web app opens hundreds of connections\n- the database refuses new clients\n- the node is recycled\n${ACTIONS}`), ['Timeline']);
  });
  it('takes a "What\'s next?" section told in prose as where the follow-up is, but not a section named otherwise', () => {
    const head = '# CDN block\n\n## Summary\n\nThe registry was unreachable for users for sixteen hours.\n\n## Timeline\n\n- 10:02 blocked\n- 10:40 paged\n- 02:10 unblocked\n\n## Root Cause\n\nThe vendor\'s abuse detection misfired.\n';
    const prose = 'The vendor has assured us this will not happen again. We moved our worker elsewhere in twenty minutes.\n';
    assert.deepEqual(missing(`${head}\n## What's next?\n\n${prose}`), []);
    assert.deepEqual(missing(`${head}\n## What’s Next\n\n${prose}`), []);
    assert.deepEqual(missing(`${head}\n## Closing words\n\n${prose}`), ['Action Items']);
  });

  it('reads "Recommendations" and "Improvements" as action sections, and not an italic note under one as an item', () => {
    const head = '# Liquidation bug\n\n## Summary\n\nFive vault owners were affected: their collateral was not returned.\n\n## Timeline\n\n- 00:50 auction\n- 03:10 reported\n- 09:00 patched\n\n## Root Cause\n\nA rounding bug.\n';
    assert.deepEqual(missing(`${head}\n## Recommendations:\n\nThe team will add test cases for partial liquidations.\n`), []);
    assert.deepEqual(missing(`${head}\n## Improvements\n\nThe team will add test cases for partial liquidations.\n`), []);
    const note = parsePostmortem(`${head}\n## Recommendations\n\n_Recommendations for other teams which fix, prevent or improve this issue._\n`);
    assert.deepEqual(note.actionItems.map((item) => item.text), []);
    const told = parsePostmortem(`${head}\n## Recommendations\n\nThe team will add test cases for partial liquidations.\n`);
    assert.deepEqual(told.actionItems.map((item) => item.text), ['add test cases for partial liquidations.']);
  });

  it('takes a security report\'s summary that says how the secrets got out as its root cause', () => {
    const tail = '\n## Timeline\n\n- 15:18 pushed\n- 15:19 notified\n- 15:27 revoked\n' + ACTIONS;
    const head = (summary: string) => `# Key leak\n\n## Summary\n\n${summary}\n\n## Impact\n\nDeployments were paused for an hour.\n`;
    assert.deepEqual(missing(head('Service account keys were inadvertently leaked on GitHub in a pull request.') + tail), []);
    assert.deepEqual(missing(head('Our CI vendor had a security breach where a third party gained access to every stored secret.') + tail), []);
    assert.deepEqual(missing(head('A terraform plan pushed to a branch was a binary file exposing a personal access token.') + tail), []);
    assert.deepEqual(missing(head('Service account keys were revoked within minutes of the alert.') + tail), ['Root Cause']);
  });

  it('takes a security report\'s summary that says what an attacker could do, or what was exposed, as its impact', () => {
    const tail = '\n## Timeline\n\n- 10:00 reported\n- 11:00 confirmed\n- 12:00 fixed\n\n## Root Cause\n\nEscaped slashes were not decoded.\n' + ACTIONS;
    assert.deepEqual(missing(`# CVE\n\n## Summary\n\nA researcher reported a flaw that allowed an adversary to bypass access controls on URL paths.\n${tail}`), []);
    assert.deepEqual(missing(`# CI secrets\n\n## Summary\n\nEncrypted secrets were exposed to pull-request builds from forks for six days.\n${tail}`), []);
    assert.deepEqual(missing(`# Signatures\n\n## Issue Summary\n\nAn attacker could replace the spend creating the output with their own and take the coins.\n${tail}`), []);
    assert.deepEqual(missing(`# CVE\n\n## Summary\n\nA researcher reported a flaw in how URL paths are decoded.\n${tail}`), ['Impact']);
  });

  it('takes a summary that names malicious uploads, phishing or stolen credentials as its root cause', () => {
    const tail = '\n## Impact\n\nNine crates were downloaded by a few users.\n\n## Timeline\n\n- 10:00 reported\n- 10:30 removed\n- 11:00 announced\n' + ACTIONS;
    assert.deepEqual(missing(`# Malware\n\n## Summary\n\nA new user uploaded nine crates that typosquatted popular crates with ill intent.\n${tail}`), []);
    assert.deepEqual(missing(`# Account takeover\n\n## Summary\n\nA maintainer's stolen credentials were used to publish two versions.\n${tail}`), []);
    assert.deepEqual(missing(`# Uploads\n\n## Summary\n\nA new user uploaded nine crates in an hour.\n${tail}`), ['Root Cause']);
  });
  it('takes "Quick Facts" as the summary, "Technical explanation" as the root cause, and a bug named with its adjective as a cause', () => {
    const tail = '\n## Timeline\n\n- 10:00 reported\n- 11:00 confirmed\n- 12:00 released\n' + ACTIONS;
    const facts = '# Wallet leak\n\n## Quick Facts\n\n- Affected versions: 0.12 to 0.18\n- Fix: upgrade to 0.18.4.2\n\n## Technical explanation\n\nThe method was called on every load and sent the IDs to the daemon.\n';
    assert.deepEqual(missing(facts + tail), []);
    const prose = '# Counting bug\n\nIn sum, a critical bug in the wallet software allowed an attacker to be credited several times for one payment to an exchange.\n\n## Impact\n\nExchanges lost funds.\n';
    assert.deepEqual(missing(prose + tail), []);
    assert.deepEqual(missing(prose.replace('a critical bug in the wallet software allowed', 'an attacker managed') + tail), ['Root Cause']);
  });
  it('takes "How the exploit worked", "Technical Explanations" and sections named for each bug as the root cause, not a tracker reference', () => {
    const tail = '\n## Timeline\n\n- 10:00 reported\n- 11:00 confirmed\n- 12:00 released\n' + ACTIONS;
    const head = '# Remote code execution\n\n## Summary\n\nEvery user had to log in again after we patched the server.\n\n';
    assert.deepEqual(missing(head + '### How the exploit worked\n\nThe email field was passed to a shell.\n' + tail), []);
    assert.deepEqual(missing(head + '## Technical Explanations\n\nThe email field was passed to a shell.\n' + tail), []);
    assert.deepEqual(missing(head + '## Bug 1 — hair spaces in the title\n\nTwo code paths disagreed on the title.\n\n### Divide by 0 (Bug 2)\n\nThe count could be zero.\n' + tail), []);
    assert.deepEqual(missing(head + '#### Bugzilla bug 1536927\n\nSee the bug for the logs.\n' + tail), ['Root Cause']);
  });
  it('judges only the timeline of a post written in HTML, by the clock times its text holds', () => {
    const post = (body: string) => `---\ntitle: Mail outage\n---\n\n<p>On Monday our mail server lost a disk and mail was delayed.</p>\n<p>The RAID controller failed to rebuild the array.</p>\n<ul>\n  <li>Improve the monitoring of the mail service.</li>\n</ul>\n${body}\n`;
    assert.deepEqual(missing(post('<p>We are sorry.</p>')), ['Timeline']);
    assert.deepEqual(missing(post('<p>At 09:10 the disk failed, at 09:40 mail stopped, at 11:05 it was back.</p>')), []);
    // Comments are not HTML content: a template's instructions leave its sections to be judged.
    assert.deepEqual(missing('# Outage\n\n<!-- Describe the impact, the timeline and the root cause here. Keep each section short. -->\n\n## Summary\n\nMail was delayed for two hours on Monday.\n'), ['Timeline', 'Root Cause', 'Action Items']);
  });
  it('takes "Risks and Hazards" for the impact, and a setting "changed by mistake" for a cause', () => {
    const tail = '\n## Timeline\n\n- 15:30 upgrade\n- 16:00 noticed\n- 11:30 fixed\n' + ACTIONS;
    const report = (details: string) => `# Stability fees\n\n## Details:\n\n${details}\n\n## Risks and Hazards:\n\nThe high fees accrued little interest before the fix.\n${tail}`;
    assert.deepEqual(missing(report('The stability fee was changed by mistake to 100% through the upgrade code.')), []);
    assert.deepEqual(missing(report('The stability fee was set to 100% during the upgrade.')), ['Root Cause']);
  });
  it('takes "Error Manifestation" for the impact, and a site "affected by an outage of our hosting provider" for a cause', () => {
    const timeline = '\n## Timeline\n\n- 06:00 detected\n- 07:03 restarted\n- 12:02 restored\n';
    assert.deepEqual(missing(`# Regression\n\n## Summary\n\nA change to the parser moved attributes.\n\n## Error Manifestation\n\nFormatted files lost their attributes.\n\n## Root Cause\n\nA lowering moved into the parser.\n${timeline}${ACTIONS}`), []);
    const outage = (cause: string) => `# Website outage\n\nOn Monday the website ${cause} and was down for six hours for all visitors.\n${timeline}${ACTIONS}`;
    assert.deepEqual(missing(outage('was affected by an outage of our hosting provider')), []);
    assert.deepEqual(missing(outage('was affected')), ['Root Cause']);
  });
  it('stays silent on a postmortem written in another language, whose headings it cannot read', () => {
    const prose = 'Søknadsdialogen for dagpenger var utilgjengelig i omtrent to timer fordi journalføringen tok for lang tid. Brukerne fikk en feilmelding og kunne ikke sende inn søknaden sin. Vi økte tidsavbruddet og la på logikk for nye forsøk, slik at tjenesten ble stabil igjen. ';
    const norwegian = `# Postmortem 020\n\n## Sammendrag\n\n${prose.repeat(4)}\n\n## Tiltak\n\n| Tiltak | Status |\n| --- | --- |\n| Øke timeout-konfig | Ferdig |\n`;
    assert.deepEqual(missing(norwegian), []);
    const english = `# Postmortem 020\n\n## Summary\n\n${'The application form was unavailable for about two hours because the archive took too long to answer. Users got an error and could not send in their form. '.repeat(4)}\n`;
    assert.deepEqual(missing(english), ['Timeline', 'Action Items']);
  });
  it('takes "Fallout" for the impact', () => {
    assert.deepEqual(missing(`# DNS outage\n\n## Background\n\nA DNS change was caused by a typo in the zone file.\n\n## Fallout\n\nBuilds queued for an hour.\n\n## Timeline\n\n- 10:00 change\n- 10:05 errors\n- 11:00 fixed\n${ACTIONS}`), []);
  });
  it('takes a heading that names several parts for each part it names', () => {
    const story = '# Staging outages\n\n## Summary\n\nStaging was down three times over the holidays, so deploys failed.\n\n## Timeline\n\n- 10:00 deploy failed\n- 10:20 disk cleaned\n- 10:40 deploy passed\n\n';
    assert.deepEqual(missing(`${story}## Response, Cause, Prevention\n\nThe disk filled with logs. We moved the logs to a log service and now alert on disk use.\n`), []);
    assert.deepEqual(missing(`${story}## Response, Cause\n\nThe disk filled with logs. We moved the logs to a log service.\n`), ['Action Items']);
  });
  it('takes "the issue was that …", a change that destroyed something and a wrongly aimed command for a cause, and pods crash-looping or a hub back online for impact', () => {
    const rest = '\n## Timeline\n\n- 10:00 deploy\n- 10:20 errors\n- 10:40 fixed\n' + ACTIONS;
    assert.deepEqual(missing(`# Provisioner stuck\n\n## Summary\n\nTest tasks waited for hours.\n\n## Notes\n\nThe issue was that the provisioner looped on one worker type.\n${rest}`).filter((k) => k === 'Root Cause'), []);
    assert.deepEqual(missing(`# Routes lost\n\n- **Impact**: services were unavailable.\n- **Context**: a queued PR executed automatically and destroyed the route table associations.\n${rest}`).filter((k) => k === 'Root Cause'), []);
    assert.deepEqual(missing(`# Components lost\n\n- **Impact**: services were unavailable.\n- **Context**: the deletion script's kube context incorrectly targeted the live cluster.\n${rest}`).filter((k) => k === 'Root Cause'), []);
    assert.deepEqual(missing(`# Components lost\n\n- **Impact**: services were unavailable.\n- **Context**: the deletion script ran on the live cluster.\n${rest}`).filter((k) => k === 'Root Cause'), ['Root Cause']);
    const summary = (text: string) => missing(`# DNS upgrade\n\n## Summary\n\n${text}\n\n## Root Cause\n\nThe vendor's notes differed.\n${rest}`);
    assert.deepEqual(summary('The upgrade made many other pods crash-loop.'), []);
    assert.deepEqual(summary('The hub came back online after the nodes were cordoned.'), []);
    assert.deepEqual(summary('Logs from the cluster were not being shipped for a day.'), []);
    assert.deepEqual(summary('A bug kept the version from being updated, preventing traffic from being sent to other members.'), []);
    assert.deepEqual(summary('The volume would not detach, so the new hub pod would not start.'), []);
    assert.deepEqual(summary('Test tasks waited up to two hours for a worker.'), []);
    assert.deepEqual(summary('The upgrade was planned for a Monday.'), ['Impact']);
  });

  it('reads a chat-style summary of labelled lines ("Cause: …", "Impact: …") as the sections they name', () => {
    const summary = '# Incident summary: image uploads failing\n\nIncident: image uploads failed with 500s from 14:12 to 14:49 UTC.\nImpact: about 3,100 uploads failed; users could retry.\nCause: the image service\'s disk filled with temporary files.\nFix: temporary files deleted by hand at 14:45.\nFollow-up: @yara will add a disk usage alert by 2026-09-06.\n';
    assert.deepEqual(missing(summary).filter((k) => k === 'Root Cause' || k === 'Impact'), []);
    // A chat transcript's speakers name no section.
    assert.deepEqual(missing('# Outage\n\nAlice: the disk is full again.\nBob: restarting the writer now.\n').filter((k) => k === 'Root Cause'), ['Root Cause']);
  });
});

