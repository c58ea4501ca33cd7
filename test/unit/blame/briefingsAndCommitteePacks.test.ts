// Blame in the words of a ministry briefing and a bank's committee pack: a person "is not to deploy without a second
// approver", disciplinary follow-up, the names of the individuals responsible put in a pack, payments "attributable to"
// a person, a change that "is why" something stopped, a script after which the logs "were gone", a root cause "section
// can be brief:", "went ahead … while", a ticket closed as "won't fix", a team that "sat on" an approval, "did not act",
// instructions disregarded, "known for ignoring", "a pattern of closing tickets", "having been briefed …, nevertheless",
// "overruled by X", "the same name on the deploy log", "helpful as always", "X, was that you?", "it will surprise no
// one that", "the conclusion follows naturally", "were they awake?"; the people served told they should have saved,
// could have avoided it by reading, chose not to read, did not update despite prompts, were clicking "as the page
// clearly instructed". Beside each, what only looks like it.
import assert from 'node:assert/strict';
import { vocabularyFindings } from './vocabularyFindings';

describe('blaming language: ministry briefings and committee packs, and their look-alikes', () => {
  it('finds discipline and a person named in the pack, not the same words about a process', () => {
    assert.deepEqual(vocabularyFindings('| AI-4 | Nasser is not to deploy to the core ledger without a second reviewer present | CIO | 31 Jan |', ['Nasser']), ['sanction-on-person']);
    assert.deepEqual(vocabularyFindings("Disciplinary follow-up with the agency's engineer has been passed to Procurement."), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('The board asked that the names of the staff responsible be included in the next risk pack.'), ['disciplinary-process']);
    assert.deepEqual(vocabularyFindings('| AI-4 | Deploys to the core ledger are not to run without a second reviewer | CIO | 31 Jan |'), []);
    assert.deepEqual(vocabularyFindings('The board asked that the names of the systems affected be included in the next risk pack.'), []);
  });

  it('finds outcomes attributed to a person or their change, not to a vendor or a disk', () => {
    assert.deepEqual(vocabularyFindings('The double refunds are attributable to Farah, who replayed the settlement file.', ['Farah']), ['caused-by-person']);
    assert.deepEqual(vocabularyFindings("Omar's manual edit to the mail relay config is why outbound confirmations stopped.", ['Omar']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("After Lina's cleanup script ran, the September audit records were gone.", ['Lina']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings('The root cause section can be brief: Saeed ran the migration twice.', ['Saeed']), ['person-action-as-cause']);
    assert.deepEqual(vocabularyFindings("The delay is attributable to the card scheme's outage."), []);
    assert.deepEqual(vocabularyFindings('The root cause section can be brief: the disk filled up.'), []);
    assert.deepEqual(vocabularyFindings("After Lina's cleanup script ran, the September audit records were compacted to half their size.", ['Lina']), []);
  });

  it('finds a person who went ahead, closed a finding, sat on an approval or did not act, not a job doing the same', () => {
    assert.deepEqual(vocabularyFindings('Noura went ahead with the key rotation while the rest of us were in the steering committee.', ['Noura']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('The scanner flagged it in May; Faisal closed the finding as "not a bug".', ['Faisal']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('Refunds were late because Sami sat on the approval for three days.', ['Sami']), ['did-nothing']);
    assert.deepEqual(vocabularyFindings('@ops_reem was watching the graphs and simply did not act when errors crossed 5%.'), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('It should be noted that Badr disregarded the explicit instruction of the change board.', ['Badr']), ['action-then-consequence']);
    assert.deepEqual(vocabularyFindings('The retry job went ahead with the batch while the database was failing over.'), []);
    assert.deepEqual(vocabularyFindings('Faisal closed the finding as fixed after the patch shipped.', ['Faisal']), []);
  });

  it('finds asides about a person in committee language, not the same turns of phrase about systems', () => {
    assert.deepEqual(vocabularyFindings('Waleed is well known in the department for skipping change freezes.', ['Waleed']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Dalia has a pattern of closing incidents before the fix is verified.', ['Dalia']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Ziad, having been briefed on the risk, nevertheless ran the upgrade at month-end.', ['Ziad']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('I raised this risk at the March review and was overruled by Hessa.', ['Hessa']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('The last four Sev-1s all carry the same name in the deploy log.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings("Helpful as always, the vendor's account manager answered our Sev-1 on Tuesday."), ['insinuation']);
    assert.deepEqual(vocabularyFindings('> "who restarted the gateway? Rakan, was that you?"', ['Rakan']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('It will surprise no one that the data team\'s "bulletproof" pipeline fell over on day one.'), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Sara owns the gateway, and the gateway is where it broke; the conclusion follows naturally.', ['Sara']), ['insinuation']);
    assert.deepEqual(vocabularyFindings('Who approved this change, and were they awake at the time?'), ['exasperated-question']);
    assert.deepEqual(vocabularyFindings('The gateway is well known for dropping idle connections after 60 seconds.'), []);
    assert.deepEqual(vocabularyFindings('It will surprise no one that the batch peaks at month-end.'), []);
    assert.deepEqual(vocabularyFindings('I raised this risk at the March review and it was added to the roadmap.'), []);
  });

  it('finds the duty put on the people served, not the people served reporting a problem', () => {
    assert.deepEqual(vocabularyFindings('The applicant should have saved the form before leaving it open overnight.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Pensioners phoning about the portal could have avoided the lockouts by reading the password guidance.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('The merchants were notified of the window and, regrettably, chose not to read the circular.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Complaints rose because customers did not update the app despite repeated prompts.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('Duplicate transfers happened because recipients pressed Submit twice, as the screen clearly instructed them not to.'), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings("It is not the bank's role to protect customers from their own choice of app store."), ['duty-on-people']);
    assert.deepEqual(vocabularyFindings('The applicant should have received a confirmation email within a minute.'), []);
    assert.deepEqual(vocabularyFindings('Complaints rose because customers could not update the app while the store listing was down.'), []);
  });
});
