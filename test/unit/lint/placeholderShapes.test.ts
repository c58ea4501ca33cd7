import assert from 'node:assert/strict';
import { findBarePlaceholders, findPlaceholders, isAnglePlaceholder } from '../../../src/core/text/placeholders';
import { findTemplateInstructions, isTemplateInstruction } from '../../../src/core/text/templateInstructions';
import { parsePostmortem } from '../../../src/core/model/parse';
import { lintPostmortem } from '../../../src/core/lint/engine';

describe('placeholder shapes left in real documents', () => {
  it('finds a letter standing in for a number', () => {
    assert.deepEqual(findPlaceholders("For approximately 'x' minutes N users saw errors; XX customers called.").map((m) => m.text), ["approximately 'x' minutes", 'N users', 'XX customers']);
    assert.deepEqual(findPlaceholders("About X% of requests failed for ~Y minutes, around 'y' hours after the deploy.").map((m) => m.text), ['X%', '~Y minutes', "around 'y' hours"]);
    assert.deepEqual(findPlaceholders('Duration: __ minutes; ___ users affected; file_name__ minutes is not one.').map((m) => m.text), ['__ minutes', '___ users']);
  });

  it("finds a format string's slot, a ticket number of X's and a stand-in handle, not code, sets or attributes", () => {
    assert.deepEqual(findPlaceholders('Incident INC-XXXX: on {date}, the {service} API failed; commander @name.').map((m) => m.text), ['INC-XXXX', '{date}', '{service}', '@name']);
    for (const prose of ['The set {a, b} was empty.', 'It returned { id: 1 }.', 'See ${HOME} and {{ site.url }}.', '<Layout article={post} />', 'Ask @owner-team or @names.', 'INC-2041 covers it.']) {
      assert.deepEqual(findPlaceholders(prose), [], prose);
    }
  });

  it('leaves letters that are real prose alone', () => {
    for (const prose of ['The N+1 query was already known.', 'Client 2.x signs users out.', 'The X-Forwarded-Proto header changed.', 'Plan B was dropped.', 'We saw XXX-style redacted headers.', 'Version Y shipped 5% fewer errors.', 'The Y axis shows users per minute.']) {
      assert.deepEqual(findPlaceholders(prose), [], prose);
    }
  });

  it('finds a block that is only TODO, TBD, FIXME or ???, and notes to self at the start of a line', () => {
    for (const block of ['TODO', 'TBD.', '???', 'FIXME', 'tbd']) assert.equal(findBarePlaceholders(block).length, 1, block);
    assert.deepEqual(findBarePlaceholders('[Discussion in #ops]\nTODO: k-dev email').map((m) => m.text), ['TODO']);
    for (const prose of ['We track it as a separate TODO in the backlog.', 'Status is TBD until the vendor replies, which we expect on Monday.']) {
      assert.deepEqual(findBarePlaceholders(prose), [], prose);
    }
  });

  it('finds times with the minutes unfilled or in a format string, a value still to be confirmed, and a field answered "?"', () => {
    assert.deepEqual(findPlaceholders('Dec 17th **22:XX** More reports of cache failures').map((m) => m.text), ['22:XX']);
    assert.deepEqual(findPlaceholders('2022-05-25 HH:mm').map((m) => m.text), ['HH:mm']);
    assert.deepEqual(findPlaceholders('First detected 2023-01-04 (Time TBC)').map((m) => m.text), ['Time TBC']);
    assert.deepEqual(findPlaceholders('Time to detection: ?').map((m) => m.text), ['?']);
    assert.deepEqual(findPlaceholders('### 2X:XX (not sure of the exact time)').map((m) => m.text), ['2X:XX']);
    assert.deepEqual(findPlaceholders('**Start time:** XX:XX UTC').map((m) => m.text), ['XX:XX']);
    assert.deepEqual(findPlaceholders('| hh:mm | Incident resolved |').map((m) => m.text), ['hh:mm']);
    assert.deepEqual(findPlaceholders('## Timeline (all times UTC) DATE RANGE. Times are approximate').map((m) => m.text), ['DATE RANGE']);
    for (const label of ['SERVICE NAME: billing-api', '| SERVICE NAME | OWNER |', 'WE LOST THE SERVICE NAME RECORDS']) assert.deepEqual(findPlaceholders(label), [], label);
    assert.deepEqual(findPlaceholders('The hub hit its user limit and is ?????. After a restart, ????').map((m) => m.text), ['?????', '????']);
    for (const prose of ['The XX:YY ratio held.', 'Rolled back at 22:10, then at 22:40.', 'Open question: why did the cache fail?', 'Why did nobody page us???', 'The TBC column lists items to be confirmed by the vendor.', 'Was the runbook clear?']) {
      assert.deepEqual(findPlaceholders(prose), [], prose);
    }
  });

  it('tells angle-bracket placeholders from inline HTML', () => {
    for (const html of ['<link>', '<date>', '<your name>', '<insert dashboard link>', '<owner>']) assert.ok(isAnglePlaceholder(html), html);
    for (const html of ['<br>', '<br/>', '<sup>', '<kbd>', '<details>', '<summary>', '<img src="x.png">', '<a href="#x">', '<this file>', '<that value>']) assert.ok(!isAnglePlaceholder(html), html);
  });

  it('leaves a bracketed "[Action item]" label before its sentence alone, and still finds one standing alone', () => {
    assert.deepEqual(findPlaceholders('[Action item] count rejected launches apart from failed ones.'), []);
    assert.deepEqual(findPlaceholders('Follow-ups:\n[Follow-up]: page the owner of the metric'), []);
    assert.deepEqual(findPlaceholders('[Action item]').map((m) => m.text), ['[Action item]']);
    assert.deepEqual(findPlaceholders('| [Action item] | [Owner] |').map((m) => m.text), ['[Action item]', '[Owner]']);
  });

  it('recognises a template\'s lessons prompts left above the real entries, and not lessons that start the same way', () => {
    const prompt = 'Things that went wrong. Ideally each of these should have a ticket filed for it and linked under Action items. For example,';
    assert.deepEqual(findTemplateInstructions(prompt).map((m) => m.text), [prompt]);
    assert.equal(findTemplateInstructions('List of things that went well.').length, 1);
    assert.deepEqual(findTemplateInstructions('Describe the root cause. Use the 5 Whys technique if useful.').length, 1);
    assert.deepEqual(findTemplateInstructions('Describe the rollback in the runbook.'), [], 'a task, not a prompt');
    for (const prose of ['Things that went well included the fast rollback and a calm bridge call.', 'These should have been caught by the canary, which ran on the old image.']) {
      assert.deepEqual(findTemplateInstructions(prose), [], prose);
    }
  });

  it('recognises a template\'s own instructions, and not prose that merely starts like one', () => {
    for (const text of ['These are only sample subheadings. Delete the ones that do not apply.', 'Replace this line with your action items', 'Use this section to describe the customer impact.', 'Describe what happened here.', 'Add more rows as needed', 'Describe who was affected and for how long.', 'Briefly explain what caused the outage.', '(Fill in)', 'Add one item per follow-up, with an owner and a due date.']) {
      assert.ok(isTemplateInstruction(text), text);
    }
    for (const text of ['Replace this cron job with a systemd timer', 'Remove the public-only fallback resolver', 'Add the events to the audit log', 'We replaced this certificate by hand.', 'Update the sections of the runbook that mention the old host', 'Describe the rollback steps in the runbook', 'Explain to customers how to retry failed payments', 'Add an item to the release checklist for canaries']) {
      assert.ok(!isTemplateInstruction(text), text);
    }
    assert.deepEqual(findTemplateInstructions('We deleted the ones that did not apply and replaced this line in the config.'), []);
  });

  it('takes "[the …]" for a placeholder only when it asks for something, not for the author\'s own bracketed words', () => {
    for (const text of ['Root cause: [The technical cause]', 'Reported by [the name of the reporter]', 'Started at [the date and time]']) {
      assert.equal(findPlaceholders(text).length, 1, text);
    }
    for (const text of ['You have 90 days before [the cloud vendor] will delete the subscription.', '[The morning] Edward and Kirsty fix the issue']) {
      assert.deepEqual(findPlaceholders(text), [], text);
    }
  });
  it('takes a field answered "TBD" for a placeholder, and not a site generator\'s own variables', () => {
    assert.deepEqual(findPlaceholders('- Workaround: TBD\n- Fix: upgrade').map((m) => m.text), ['TBD']);
    assert.deepEqual(findPlaceholders('Update the [CLI]({{ site.baseurl_root }}/2025/08/26/release.html) to 0.18, see {{ page.title }}.'), []);
    assert.deepEqual(findPlaceholders('Owner: {{ owner }}').map((m) => m.text), ['{{ owner }}']);
    assert.deepEqual(findPlaceholders('We wrote TBD on the board: nobody knew.'), []);
  });
  it('takes a note of information still needed and a template\'s bracketed question, in any language, for placeholders', () => {
    assert.deepEqual(findPlaceholders('The spot requests stayed open (need more information here).').map((m) => m.text), ['(need more information here)']);
    assert.deepEqual(findPlaceholders('[What was the fix?]').map((m) => m.text), ['[What was the fix?]']);
    assert.deepEqual(findPlaceholders('[Hvordan ble feilen oppdaget?]').map((m) => m.text), ['[Hvordan ble feilen oppdaget?]']);
    assert.deepEqual(findPlaceholders('She said [really?] and (more context in the thread below).'), []);
  });
  it('takes a template\'s definition of what a section collects for its instruction', () => {
    assert.deepEqual(findTemplateInstructions('These are good things that happened to us but not because we had planned for them.').length, 1);
    assert.deepEqual(findTemplateInstructions('These are good things that happened to us: the backup was fresh.').length, 0);
  });
  it('leaves a GitHub alert\'s marker alone, and still takes a link label nobody filled in', async () => {
    const { lintPostmortem } = await import('../../../src/core/lint/engine');
    const { parsePostmortem } = await import('../../../src/core/model/parse');
    const found = (text: string) => lintPostmortem(parsePostmortem(text)).filter((f) => f.ruleId === 'placeholder').map((f) => f.actual);
    assert.deepEqual(found('# Outage\n\n## Notes\n\n> [!NOTE]\n\n> The cluster was down.\n'), []);
    assert.deepEqual(found('# Outage\n\n## Notes\n\n[Slack thread]\n'), ['[Slack thread]']);
  });

  it('reports a slot left in a Severity or Status value once, as a placeholder, not also as a value off the scale', () => {
    const doc = parsePostmortem('# {{ incident.name }}\n\n**Severity:** SEV-{{ severity }}\n**Status:** {{ status }}, pending review\n');
    const findings = lintPostmortem(doc).filter((f) => ['placeholder', 'severity-value', 'status-value'].includes(f.ruleId));
    assert.deepEqual(findings.map((f) => [f.ruleId, f.actual]).filter(([rule]) => rule !== 'placeholder'), []);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'placeholder').map((f) => doc.text.slice(f.range.start, f.range.end)), ['{{ incident.name }}', '{{ severity }}', '{{ status }}']);
  });

  it('reports an issue form\'s "No response" left as a section\'s whole content, not the words in a sentence', () => {
    const doc = parsePostmortem('# Search timeouts\n\n### Impact\n\n_No response_\n\n### Vendor\n\nNo response from the vendor yet.\n');
    const found = lintPostmortem(doc).filter((f) => f.ruleId === 'placeholder').map((f) => [doc.text.slice(f.range.start, f.range.end), f.message]);
    assert.deepEqual(found, [['No response', 'Template placeholder "No response" is still here: replace it with the answer (the form this came from left the field unanswered), or remove it.']]);
  });
  it('reports "Coming soon" as a section\'s whole content, a field holding a $VARIABLE, and "🚧 WIP" as an owner still to name', () => {
    const doc = parsePostmortem([
      '# Search timeouts', '', '## Impact', '', '- Revenue impact: $AMOUNT', '- The $HOME variable was unset on two hosts', '',
      '## Action Items', '', '| Action | Owner | Due |', '| --- | --- | --- |', '| Document shard allocation | 🚧 WIP | 2026-12-20 |', '',
      '## Lessons Learned', '', 'Coming soon.', '', '## Notes', '', 'More checks are coming soon to the pipeline.', '',
    ].join('\n'));
    const found = lintPostmortem(doc, { now: new Date('2026-12-01T00:00:00Z') }).filter((f) => ['placeholder', 'action-item-owner'].includes(f.ruleId)).map((f) => [f.ruleId, doc.text.slice(f.range.start, f.range.end)]);
    assert.deepEqual(found, [['placeholder', '$AMOUNT'], ['action-item-owner', '🚧 WIP'], ['placeholder', 'Coming soon']]);
  });
  it('reports a prompt in italics after a field\'s label, French and Spanish stand-ins, and "~??? orders"', () => {
    const doc = parsePostmortem('# X\n\n## Impact\n\nCustomer impact: _Add a description of customer impact here_\n\nImpact financier : à compléter.\n\nVoir [lien à ajouter].\n\n- affected ~??? orders (@lena can you pull the number?)\n- Customer impact: _none, the queue absorbed it_\n');
    const found = lintPostmortem(doc).filter((f) => f.ruleId === 'placeholder').map((f) => doc.text.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['Add a description of customer impact here', 'à compléter', '[lien à ajouter]', '~??? orders']);
  });
});
