import assert from 'node:assert/strict';
import { findBlamingLanguage } from '../../../src/core/blame';
import { lintPostmortem } from '../../../src/core/lint/engine';
import { parsePostmortem } from '../../../src/core/model/parse';
import { readCorpus, score, type Score } from './corpus';

const PRECISION_BAR = 0.95;
const RECALL_BAR = 0.9;

function report(name: string, s: Score): string {
  const misses = [...s.falsePositives.map((c) => `  false positive (line ${c.line}): ${c.text}`), ...s.falseNegatives.map((c) => `  missed (line ${c.line}): ${c.text}`)];
  return [`${name}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} on ${s.total} sentences (${s.blaming} blaming)`, ...misses].join('\n');
}

describe('blaming-language corpus', () => {
  // corpus-dev.txt was used while tuning the vocabulary (including batches first written as fresh checks). The check
  // sets were each written after a tuning round and never tuned on afterwards: their numbers are first-run numbers.
  for (const name of ['corpus-dev.txt', 'corpus-check.txt', 'corpus-check-2.txt', 'corpus-check-3.txt', 'corpus-check-4.txt', 'corpus-check-5.txt']) {
    it(`${name}: precision >= ${PRECISION_BAR} and recall >= ${RECALL_BAR}`, () => {
      const cases = readCorpus(name);
      const s = score(cases);
      console.log(`      ${report(name, s).replace(/\n/gu, '\n      ')}`);
      assert.ok(s.precision >= PRECISION_BAR && s.recall >= RECALL_BAR, report(name, s));
    });
  }

  // Two fresh sets from independent writers who never saw the code. Their first runs, before any fix made from them, are
  // in their file headers (A: P 0.944 R 0.576; B: P 0.969 R 0.534); they were then tuned on, so these bars are what the
  // rule reached afterwards, rounded down, and guard against regressions only. A third set is held out elsewhere.
  // The family sets were written for the tuning round that drove them, before its fixes (first runs in the commit log).
  const TUNED_BARS: Record<string, { precision: number; recall: number }> = {
    'corpus-fresh-a.txt': { precision: 1, recall: 0.97 },
    'corpus-fresh-b.txt': { precision: 1, recall: 0.99 },
    'corpus-person-as-cause.txt': { precision: 1, recall: 1 },
    'corpus-unsafe-action.txt': { precision: 1, recall: 0.93 },
    'corpus-sanctions.txt': { precision: 1, recall: 1 },
    'corpus-insinuation.txt': { precision: 1, recall: 1 },
    'corpus-rhetorical-questions.txt': { precision: 1, recall: 1 },
    'corpus-structural-look-alikes.txt': { precision: 1, recall: 1 },
    'corpus-timing-and-warnings.txt': { precision: 1, recall: 0.8 },
    'corpus-acting-alone.txt': { precision: 1, recall: 1 },
    'corpus-away-mid-incident.txt': { precision: 1, recall: 1 },
    'corpus-track-record-and-concealment.txt': { precision: 1, recall: 1 },
    'corpus-cause-labels-and-cells.txt': { precision: 1, recall: 1 },
    'corpus-sarcasm-and-why-on-earth.txt': { precision: 1, recall: 1 },
    'corpus-left-waiting-and-warned.txt': { precision: 1, recall: 1 },
    'corpus-duty-on-users.txt': { precision: 1, recall: 1 },
    'corpus-adversaries-and-titles.txt': { precision: 1, recall: 1 },
    // Sets D to I: first runs in the file headers. The frame model is trained on them, so these are regression floors:
    // retraining moves each by a sentence or two.
    // Sets D and E: first runs P 0.969 / R 0.517 and P 0.986 / R 0.600.
    'corpus-fresh-d.txt': { precision: 0.95, recall: 0.95 },
    // E at recall 0.942 after the retraining with BG to BJ (one sentence under 0.95).
    'corpus-fresh-e.txt': { precision: 0.95, recall: 0.93 },
    // Sets F and G were held out until the frame model's first run (file headers); it is trained on them since.
    'corpus-fresh-f.txt': { precision: 0.95, recall: 0.95 },
    'corpus-fresh-g.txt': { precision: 0.95, recall: 0.95 },
    // Sets H and I likewise (first run with the model trained up to G: P 0.966 / R 0.850 and P 0.914 / R 0.850).
    'corpus-fresh-h.txt': { precision: 0.95, recall: 0.95 },
    // I at recall 0.940 after the retraining with BM and BN (one sentence under 0.95).
    'corpus-fresh-i.txt': { precision: 0.95, recall: 0.93 },
    // Sets J and K likewise (first run with the model trained up to I: P 0.959 / R 0.783 and P 0.952 / R 0.833).
    'corpus-fresh-j.txt': { precision: 0.95, recall: 0.93 },
    'corpus-fresh-k.txt': { precision: 0.95, recall: 0.93 },
    // Sets L and M likewise (first run with the model trained up to K: P 0.912 / R 0.858 and P 0.959 / R 0.775).
    'corpus-fresh-l.txt': { precision: 0.95, recall: 0.95 },
    'corpus-fresh-m.txt': { precision: 0.95, recall: 0.95 },
    // Sets N and O likewise (first run with the model trained up to M: P 0.896 / R 0.717 and P 0.889 / R 0.733).
    // Recall 0.925 after the retraining with AI, AJ and the fourteenth published set (one sentence under 0.93); 0.917
    // once features seen in fewer than three examples were dropped (one more sentence).
    'corpus-fresh-n.txt': { precision: 0.94, recall: 0.91 },
    'corpus-fresh-o.txt': { precision: 0.95, recall: 0.95 },
    // Sets R, S, T and U likewise (first run with the model trained up to O: P 0.943 / R 0.833, 0.870 / 0.725,
    // 0.935 / 0.833, 0.928 / 0.858).
    'corpus-fresh-r.txt': { precision: 0.95, recall: 0.95 },
    'corpus-fresh-s.txt': { precision: 0.93, recall: 0.9 },
    'corpus-fresh-t.txt': { precision: 0.95, recall: 0.95 },
    'corpus-fresh-u.txt': { precision: 0.95, recall: 0.95 },
    // Sets X and Y likewise (first run with the model trained up to W but the blind sets: P 0.979 / R 0.767 and
    // P 0.929 / R 0.658); trained on as they are, with no vocabulary change: 0.982 / 0.900 and 0.964 / 0.892.
    'corpus-fresh-x.txt': { precision: 0.95, recall: 0.88 },
    'corpus-fresh-y.txt': { precision: 0.94, recall: 0.87 },
    // Sets Z and AB likewise (first run with the model trained up to Y but the blind sets: P 0.922 / R 0.792 and
    // P 0.901 / R 0.758).
    'corpus-fresh-z.txt': { precision: 0.95, recall: 0.9 },
    'corpus-fresh-ab.txt': { precision: 0.93, recall: 0.88 },
    // First run at 6e99338: AE P 0.917 / R 0.833, AF P 0.955 / R 0.883 (pooled 0.936 / 0.858); trained on since.
    'corpus-fresh-ae.txt': { precision: 0.93, recall: 0.9 },
    'corpus-fresh-af.txt': { precision: 0.95, recall: 0.95 },
    // First run at cc95022: AI P 0.890 / R 0.542, AJ P 0.952 / R 0.833; trained on since (with vocabulary from AI's misses).
    'corpus-fresh-ai.txt': { precision: 0.92, recall: 0.9 },
    'corpus-fresh-aj.txt': { precision: 0.95, recall: 0.92 },
    // First run at ac4b817: AO P 0.947 / R 0.592 (names with honorifics, "Tanaka-san", were not read as people), AQ
    // P 0.951 / R 0.808; trained on since (with vocabulary from their misses).
    'corpus-fresh-ao.txt': { precision: 0.95, recall: 0.95 },
    // AQ at recall 0.942 once the model's threshold moved to 0.75 (one sentence under 0.95).
    'corpus-fresh-aq.txt': { precision: 0.95, recall: 0.93 },
    // First run at a041c06: AS P 0.968 / R 0.767, AT P 0.987 / R 0.617 (criticism all in understatement); trained on since.
    'corpus-fresh-as.txt': { precision: 0.95, recall: 0.9 },
    'corpus-fresh-at.txt': { precision: 0.95, recall: 0.9 },
    // First run at f1fa3dc: AW P 0.932 / R 0.917, AX P 0.963 / R 0.858 (each meeting both targets); trained on since.
    'corpus-fresh-aw.txt': { precision: 0.93, recall: 0.92 },
    'corpus-fresh-ax.txt': { precision: 0.95, recall: 0.9 },
    // First run at a25b306: BG P 0.943 / R 0.825, BH (formal CAPA prose) P 0.975 / R 0.658; at bba90f0: BI P 0.953 /
    // R 0.850, BJ (legal-reviewed) P 1.000 / R 0.742. Kept blind for a round, trained on since (no vocabulary change).
    'corpus-fresh-bg.txt': { precision: 0.95, recall: 0.93 },
    'corpus-fresh-bh.txt': { precision: 0.96, recall: 0.9 },
    'corpus-fresh-bi.txt': { precision: 0.95, recall: 0.93 },
    'corpus-fresh-bj.txt': { precision: 0.97, recall: 0.9 },
    // First run at b72a860: BM (formal British) P 0.919 / R 0.850, BN (casual startup) P 0.920 / R 0.867; read and trained
    // on since, with vocabulary from their misses (test/unit/blame/tagsAndOwnership).
    'corpus-fresh-bm.txt': { precision: 0.96, recall: 0.92 },
    'corpus-fresh-bn.txt': { precision: 0.97, recall: 0.94 },
    // First run at da7aa3d: BR (ironic) P 0.958 / R 0.758, BS (academic, hedged) P 0.948 / R 0.758; read and trained on
    // since, with vocabulary from their misses (test/unit/blame/ironyAndHedging).
    'corpus-fresh-br.txt': { precision: 0.98, recall: 0.94 },
    'corpus-fresh-bs.txt': { precision: 0.98, recall: 0.91 },
    // First run at 9e3e447: BV (polite, second language) P 0.962 / R 0.842, BW (euphemistic executive) P 0.958 / R 0.758;
    // read and trained on since, with vocabulary from their misses (test/unit/blame/executiveAndPolite).
    'corpus-fresh-bv.txt': { precision: 0.98, recall: 0.95 },
    'corpus-fresh-bw.txt': { precision: 0.98, recall: 0.92 },
    // First run at 6fd27b4: CD (clinical governance) P 0.885 / R 0.767, CE (second-language, chatty) P 0.880 / R 0.858;
    // read and trained on since, with vocabulary from their misses (test/unit/blame/governanceAndChat).
    'corpus-fresh-cd.txt': { precision: 0.96, recall: 0.9 },
    'corpus-fresh-ce.txt': { precision: 0.96, recall: 0.94 },
    // First run at 4177dac: CH (regulator-facing) P 0.967 / R 0.733, CI (plain second-language English) P 0.970 /
    // R 0.800; read and trained on since, with vocabulary from their misses (test/unit/blame/regulatorAndPlainEnglish).
    'corpus-fresh-ch.txt': { precision: 0.97, recall: 0.93 },
    'corpus-fresh-ci.txt': { precision: 0.97, recall: 0.92 },
    // First run at b374b34: CL (second-language, direct) P 0.917 / R 0.825, CN (exasperated consultant) P 0.960 / R 0.792;
    // read since and fixed in the vocabulary (test/unit/blame/directAndExasperated), but not trained on: retrained with
    // them, the blind sets lost 1.3 points of recall (0.950 / 0.866 -> 0.949 / 0.853), so they stay in HELD_OUT for now.
    // Vocabulary alone: CL 0.938 / 0.883, CN 0.964 / 0.900.
    'corpus-fresh-cl.txt': { precision: 0.93, recall: 0.87 },
    'corpus-fresh-cn.txt': { precision: 0.95, recall: 0.89 },
    // First run at 594efcf: CS (ironic newsroom prose) P 0.933 / R 0.817, CV (a polite board report) P 0.950 / R 0.800;
    // read since and fixed in the vocabulary (test/unit/blame/sneersAndIndirectCauses), not trained on.
    'corpus-fresh-cs.txt': { precision: 0.93, recall: 0.94 },
    'corpus-fresh-cv.txt': { precision: 0.95, recall: 0.93 },
    // First run at 5e6a865: CY (deadpan, understated) P 0.951 / R 0.817, CZ (mining shift logs) P 0.926 / R 0.733; read
    // since and fixed in the vocabulary (test/unit/blame/plantLogsAndDeadpan), not trained on.
    'corpus-fresh-cy.txt': { precision: 0.95, recall: 0.87 },
    'corpus-fresh-cz.txt': { precision: 0.93, recall: 0.88 },
    // First run at 74ee38e: DB (8D reports) P 0.961 / R 0.817, DD (reasons-for-outage) P 0.934 / R 0.825; read since
    // and fixed in the vocabulary (test/unit/blame/reportsAndRfos), not trained on.
    'corpus-fresh-db.txt': { precision: 0.96, recall: 0.9 },
    'corpus-fresh-dd.txt': { precision: 0.93, recall: 0.89 },
    // Read after their first run at a2b6a53 (DJ 0.930 / 0.775, DL 0.952 / 0.833) and fixed in the vocabulary only: roles
    // outside software teams, harm told as a feat, exasperated questions, knowing asides, sanctions on a shift or a queue.
    'corpus-fresh-dj.txt': { precision: 0.93, recall: 0.89 },
    'corpus-fresh-dl.txt': { precision: 0.95, recall: 0.92 },
    // Read after their first run at 917b5d4 (DN 0.961 / 0.825, DO 0.922 / 0.783) and fixed in the vocabulary only: the
    // failure told as starting once a person acted, discipline in more words, duties handed back, the served as the reason.
    'corpus-fresh-dn.txt': { precision: 0.95, recall: 0.86 },
    'corpus-fresh-do.txt': { precision: 0.92, recall: 0.87 },
    // Read after its first run at a8340ae (DR 0.970 / 0.817) and fixed in the vocabulary only: pointed remarks ("without
    // so much as glancing", "who else.", "nothing went wrong until X logged on"), discipline and mistakes placed on a person.
    'corpus-fresh-dr.txt': { precision: 0.96, recall: 0.91 },
    // Read after their first run at 73d5bf9 (DY 0.960 / 0.808, EA 0.979 / 0.767) and fixed in the vocabulary only: asides
    // left for a committee, runs that overran or stood still after a person acted, the served as the real source, cues
    // that hid their own patterns' verbs (test/unit/blame/auditCommitteesAndShiftWork).
    'corpus-fresh-dy.txt': { precision: 0.95, recall: 0.94 },
    'corpus-fresh-ea.txt': { precision: 0.96, recall: 0.91 },
    // Read after their first run at 03113d0 (ED 0.927 / 0.842, EE 0.952 / 0.825) and fixed in the vocabulary only: duties
    // handed back to the served, accounts that "do not bear scrutiny", chat asides, judgments of data and software
    // (test/unit/blame/boardPapersAndChatAsides).
    'corpus-fresh-ed.txt': { precision: 0.94, recall: 0.93 },
    'corpus-fresh-ee.txt': { precision: 0.95, recall: 0.94 },
    // Read after their first run at 169ef49 (EH 0.960 / 0.800, EI 0.950 / 0.800) and fixed in the vocabulary only:
    // sanctions and duties in a plant's and a school district's words, asides at a person, the help desk as people
    // (test/unit/blame/plantFloorsAndSchoolOffices).
    'corpus-fresh-eh.txt': { precision: 0.95, recall: 0.92 },
    'corpus-fresh-ei.txt': { precision: 0.94, recall: 0.96 },
    // Read after their first run at 74d197d (EK 0.944 / 0.842, EN 0.924 / 0.808) and fixed in the vocabulary only: a
    // ministry briefing's and a bank committee's wording (test/unit/blame/briefingsAndCommitteePacks).
    'corpus-fresh-ek.txt': { precision: 0.94, recall: 0.97 },
    'corpus-fresh-en.txt': { precision: 0.92, recall: 0.94 },
    // Read after their first run at 7d8942f (EO 0.953 / 0.850, EQ 0.952 / 0.833) and fixed in the vocabulary only: a
    // game studio's Discord and a telecom NOC's field crews (test/unit/blame/studiosAndFieldCrews).
    'corpus-fresh-eo.txt': { precision: 0.94, recall: 0.94 },
    'corpus-fresh-eq.txt': { precision: 0.96, recall: 0.9 },
    // Read after its first run at b54530a (ET 0.951 / 0.817) and fixed in the vocabulary only: a clinical RCA and its
    // timeline (test/unit/blame/clinicalRcasAndTimelines).
    'corpus-fresh-et.txt': { precision: 0.96, recall: 0.94 },
    // Read after their first run at f7606de (FB 0.953 / 0.842, FC 0.944 / 0.842) and fixed in the vocabulary only: a UK
    // university's committee report and a US ad-tech startup's chat (test/unit/blame/committeeReportsAndStartupChat).
    'corpus-fresh-fb.txt': { precision: 0.96, recall: 0.97 },
    'corpus-fresh-fc.txt': { precision: 0.96, recall: 0.98 },
    // Read after their first run at 25af97a (FE 0.962 / 0.842, FH 0.895 / 0.783) and fixed in the vocabulary only: a
    // German broadcaster's formal report and an Irish charity's informal one (test/unit/blame/charitiesAndBroadcastLogs).
    'corpus-fresh-fe.txt': { precision: 0.98, recall: 0.99 },
    'corpus-fresh-fh.txt': { precision: 0.95, recall: 0.98 },
    // Read after their first run at e7fbefe (FK 0.937 / 0.867, FL 0.971 / 0.833) and fixed in the vocabulary only: a US
    // pharmacy chain's store texts and a French energy retailer's management review; FL's chat lines in French are left
    // (test/unit/blame/managementReviewsAndStoreTexts).
    'corpus-fresh-fk.txt': { precision: 0.95, recall: 0.97 },
    'corpus-fresh-fl.txt': { precision: 0.98, recall: 0.94 },
    // Read after its first run at 605551d (FQ 0.924 / 0.917, the lowest precision of its round) and fixed in the vocabulary
    // only: a health agency's governance report and ward chat (test/unit/blame/healthGovernanceAndWardChat).
    'corpus-fresh-fq.txt': { precision: 0.98, recall: 0.99 },
    // FW and FX: read after their first run (FW 0.959 / 0.783, FX 0.889 / 0.867) and fixed in the vocabulary and the
    // detector's gates only.
    'corpus-fresh-fw.txt': { precision: 0.98, recall: 0.93 },
    'corpus-fresh-fx.txt': { precision: 0.96, recall: 0.96 },
    // FY and FZ: read after their first run at 04805a7 (FY 0.912 / 0.867, FZ 0.897 / 0.800) and fixed in the vocabulary
    // and the detector's gates only (test/unit/blame/timedCausesAndOwnedParts).
    'corpus-fresh-fy.txt': { precision: 0.96, recall: 0.96 },
    'corpus-fresh-fz.txt': { precision: 0.96, recall: 0.94 },
    // GD and GE: read after their first run at eb713f8 (GD 0.935 / 0.833, GE 0.913 / 0.875) and fixed in the vocabulary
    // and the detector's gates only (test/unit/blame/hedgesRequestsAndCausesAddressed).
    'corpus-fresh-gd.txt': { precision: 0.98, recall: 0.88 },
    'corpus-fresh-ge.txt': { precision: 0.97, recall: 0.96 },
    // GG: read after its first run at b2c0bab (0.909 / 0.833, the lowest of its round) and fixed in the vocabulary and the
    // detector's gates only (test/unit/blame/namesPassedOnAndWorkOwned).
    'corpus-fresh-gg.txt': { precision: 0.98, recall: 0.94 },
    // GM: read after its first run at b38d56e (0.921 / 0.875, the lowest of its round) and fixed in the vocabulary and the
    // detector's gates only (test/unit/blame/namesPassedOnAndWorkOwned).
    'corpus-fresh-gm.txt': { precision: 0.94, recall: 0.94 },
    // GQ: read after its first run at 240b38a (0.962 / 0.850, the lowest recall of its round) and fixed in the vocabulary
    // only (test/unit/blame/namesPassedOnAndWorkOwned).
    'corpus-fresh-gq.txt': { precision: 0.97, recall: 0.97 },
    // GS and GV: read after their first run at 1f09833 (GS 0.971 / 0.842, the lowest recall of its round; GV 0.912 / 0.858,
    // the lowest precision) and fixed in the vocabulary and the detector's gates only
    // (test/unit/blame/ownershipQuestionsAndWorkAsAgreed).
    'corpus-fresh-gs.txt': { precision: 0.99, recall: 0.99 },
    'corpus-fresh-gv.txt': { precision: 0.96, recall: 0.99 },
    // First run at 56b7825: BA P 0.944 / R 0.842, BB P 0.953 / R 0.842; trained on since.
    'corpus-fresh-ba.txt': { precision: 0.95, recall: 0.95 },
    'corpus-fresh-bb.txt': { precision: 0.95, recall: 0.93 },
  };
  // Set C was held out from that round: nobody tuning read it. Measured once after it (P 1.000, R 0.617; first run before
  // it in the file header). From now on a regression floor, no longer blind.
  it('corpus-fresh-c.txt: precision >= 1 and recall >= 0.61 (held out from the tuning round, measured after it)', () => {
    const s = score(readCorpus('corpus-fresh-c.txt'));
    assert.ok(s.precision >= 1 && s.recall >= 0.61, report('corpus-fresh-c.txt', s));
  });

  for (const [name, bar] of Object.entries(TUNED_BARS)) {
    it(`${name}: precision >= ${bar.precision} and recall >= ${bar.recall} (tuned on; not a first run)`, () => {
      const s = score(readCorpus(name));
      assert.ok(s.precision >= bar.precision && s.recall >= bar.recall, report(name, s));
    });
  }

  // Written after the last fix of that round and never tuned on: a first-run figure for new wording of the same
  // families (P 1.00, R 0.30 on 20), kept as a floor. Tuning on it would make it one more development set, so the frame
  // model is not trained on it either (scripts/train-blame-frame.ts, HELD_OUT). With the model it has moved with each
  // retraining, one sentence at a time (10 blaming, 10 not): P 0.70-0.78 / R 0.70 up to set K, P 0.75 / R 0.60 once
  // L and M joined the training data (its look-alikes are the hardest of all the sets: credit and thanks that read
  // like sarcasm), P 0.67 / R 0.80 once N and O did (one more sentence of praise reported, two more blaming ones found),
  // P 0.64 / R 0.90 once BM and BN did (five sentences of praise or neutral narration reported, nine of ten found).
  it('corpus-structural-probe.txt: precision >= 0.6 and recall >= 0.6 (never tuned or trained on)', () => {
    const s = score(readCorpus('corpus-structural-probe.txt'));
    assert.ok(s.precision >= 0.6 && s.recall >= 0.6, report('corpus-structural-probe.txt', s));
  });

  // Pairs of independent writers' sets kept blind after their first run: nobody working on the detector reads them and
  // the model is not trained on them, so they keep measuring wording nobody has tuned to. Each is held to a floor a
  // little under its first run, pooled over both.
  const BLIND_PAIRS: Array<{ sets: string[]; precision: number; recall: number }> = [
    // The first pair (P 0.934 / R 0.825 and P 0.920 / R 0.767 at 66bb2ad, pooled 0.927 / 0.796). After the fixes and
    // training from R, S, T and U: 0.939 / 0.775 (docs/blame-evaluation.md); after training on X, Y and the tenth
    // published set: 0.933 / 0.813; after Z, AB and the eleventh published set: 0.936 / 0.788.
    { sets: ['corpus-fresh-p.txt', 'corpus-fresh-q.txt'], precision: 0.9, recall: 0.77 },
    // Two more kept blind the same way (first run at 2d09064, model trained up to U: V P 0.932 / R 0.800, W P 0.898 /
    // R 0.733; pooled 0.915 / 0.767). After training on X, Y and the tenth published set: 0.907 / 0.813; after Z, AB
    // and the eleventh published set: 0.935 / 0.775.
    { sets: ['corpus-fresh-v.txt', 'corpus-fresh-w.txt'], precision: 0.89, recall: 0.76 },
    // Two more kept blind (first run at 6d6b83d, model trained up to AB but the blind sets: AC P 0.951 / R 0.808, AD
    // P 0.961 / R 0.817; pooled 0.956 / 0.813).
    { sets: ['corpus-fresh-ac.txt', 'corpus-fresh-ad.txt'], precision: 0.93, recall: 0.79 },
    // Two more kept blind, measured on the same model as AE and AF (first run at 6e99338: AG P 0.950 / R 0.800, AH
    // P 0.961 / R 0.817; pooled 0.956 / 0.808). Over the four writers at 6e99338: 0.946 / 0.833. After training on AE, AF
    // and the thirteenth published set: 0.969 / 0.788.
    { sets: ['corpus-fresh-ag.txt', 'corpus-fresh-ah.txt'], precision: 0.93, recall: 0.77 },
    // Two more kept blind (first run at bc8a287, model trained up to AJ but the blind sets: AK P 0.880 / R 0.608, AL
    // P 0.963 / R 0.858; pooled 0.926 / 0.733). AK, like AI, writes hedged, passive, understated prose.
    { sets: ['corpus-fresh-ak.txt', 'corpus-fresh-al.txt'], precision: 0.9, recall: 0.71 },
    // Two more kept blind, measured on the session's last model (first run at adad507: AM P 0.936 / R 0.733, AN P 0.937 /
    // R 0.742; pooled 0.937 / 0.738).
    { sets: ['corpus-fresh-am.txt', 'corpus-fresh-an.txt'], precision: 0.91, recall: 0.71 },
    // Two of four more on the same model (first run at ac4b817: AP P 0.951 / R 0.817, AR P 0.918 / R 0.742; pooled
    // 0.935 / 0.779). After the fixes from AO and AQ and the retraining with them: 0.933 / 0.817.
    { sets: ['corpus-fresh-ap.txt', 'corpus-fresh-ar.txt'], precision: 0.91, recall: 0.75 },
    // Two of four more (first run at a041c06, model retrained with AO and AQ: AU P 0.964 / R 0.892, AV P 0.980 / R 0.833;
    // pooled 0.972 / 0.863). After the fixes from AS and AT and the retraining with them: 0.963 / 0.871.
    { sets: ['corpus-fresh-au.txt', 'corpus-fresh-av.txt'], precision: 0.94, recall: 0.83 },
    // Two of four more (first run at f1fa3dc, model retrained with AS and AT: AY P 0.912 / R 0.775, AZ P 0.953 / R 0.842;
    // pooled 0.933 / 0.808). After the retraining with AW and AX: 0.935 / 0.783.
    { sets: ['corpus-fresh-ay.txt', 'corpus-fresh-az.txt'], precision: 0.91, recall: 0.76 },
    // Two of four more (first run at 56b7825: BC P 0.951 / R 0.817, BD P 0.918 / R 0.750; pooled 0.935 / 0.783). After
    // the fixes from BA and BB and the retraining with them: 0.936 / 0.796.
    { sets: ['corpus-fresh-bc.txt', 'corpus-fresh-bd.txt'], precision: 0.91, recall: 0.75 },
    // Four more, measured on the model as the fifth session left it (first run at a25b306: BE P 0.939 / R 0.900, BF
    // P 0.953 / R 0.850, BG P 0.943 / R 0.825, BH P 0.975 / R 0.658), all kept blind.
    { sets: ['corpus-fresh-be.txt', 'corpus-fresh-bf.txt'], precision: 0.92, recall: 0.85 },
    // BG and BH, BI and BJ: read and trained on since (TUNED_BARS). Four more on the same model as BI and BJ (first
    // run at bba90f0: BK P 0.938 / R 0.750, BL P 0.946 / R 0.875), kept blind.
    { sets: ['corpus-fresh-bk.txt', 'corpus-fresh-bl.txt'], precision: 0.92, recall: 0.79 },
    // Four more, on the model retrained with BG to BJ (first run at b72a860: BM P 0.919 / R 0.850, BN P 0.920 / R 0.867,
    // BO P 0.980 / R 0.800, BP P 0.931 / R 0.783; pooled 0.936 / 0.825), all blind when measured.
    // BM and BN: read and trained on since (TUNED_BARS).
    { sets: ['corpus-fresh-bo.txt', 'corpus-fresh-bp.txt'], precision: 0.94, recall: 0.77 },
    // Four more, on the model with the fixes from BM and BN (first run at da7aa3d: BQ P 0.944 / R 0.850, BR P 0.958 /
    // R 0.758, BS P 0.948 / R 0.758, BT P 0.940 / R 0.917; pooled 0.947 / 0.821), all blind when measured.
    { sets: ['corpus-fresh-bq.txt', 'corpus-fresh-bt.txt'], precision: 0.92, recall: 0.86 },
    // Four more, on the model with the fixes from BR and BS (first run at 9e3e447: BU P 0.955 / R 0.875, BV P 0.962 /
    // R 0.842, BW P 0.958 / R 0.758, BX P 0.923 / R 0.900; pooled 0.948 / 0.844), all blind when measured.
    { sets: ['corpus-fresh-bu.txt', 'corpus-fresh-bx.txt'], precision: 0.92, recall: 0.87 },
    // Four more, on the model with the fixes from BV and BW (first run at cefc3a2: BY P 0.929 / R 0.867, BZ P 0.981 /
    // R 0.867, CA P 0.945 / R 0.867, CB P 0.954 / R 0.867; pooled 0.952 / 0.867, every one meeting both targets).
    { sets: ['corpus-fresh-by.txt', 'corpus-fresh-bz.txt'], precision: 0.94, recall: 0.85 },
    { sets: ['corpus-fresh-ca.txt', 'corpus-fresh-cb.txt'], precision: 0.93, recall: 0.85 },
    // Four more on the same model (first run at 6fd27b4: CC P 0.965 / R 0.917, CD P 0.885 / R 0.767, CE P 0.880 / R 0.858,
    // CF P 0.964 / R 0.892; pooled 0.924 / 0.858). Over the eight writers on this model: 0.938 / 0.863.
    { sets: ['corpus-fresh-cc.txt', 'corpus-fresh-cf.txt'], precision: 0.94, recall: 0.88 },
    // Four more, on the model with the fixes from CD and CE (first run at 4177dac: CG P 0.937 / R 0.867, CH P 0.967 /
    // R 0.733, CI P 0.970 / R 0.800, CJ P 0.918 / R 0.842; pooled 0.946 / 0.810), all blind when measured.
    { sets: ['corpus-fresh-cg.txt', 'corpus-fresh-cj.txt'], precision: 0.9, recall: 0.83 },
    // Four more, on the model with the fixes from CH and CI (first run at b374b34: CK P 0.953 / R 0.850, CL P 0.917 /
    // R 0.825, CM P 0.971 / R 0.833, CN P 0.960 / R 0.792; pooled 0.950 / 0.825), all blind when measured.
    { sets: ['corpus-fresh-ck.txt', 'corpus-fresh-cm.txt'], precision: 0.94, recall: 0.82 },
    // Four more, on the detector as the sixth session left it (first run at 939d877: CO P 0.964 / R 0.900, CP P 0.955 /
    // R 0.883, CQ P 0.949 / R 0.933, CR P 0.962 / R 0.842; pooled 0.957 / 0.890), all blind when measured.
    { sets: ['corpus-fresh-co.txt', 'corpus-fresh-cp.txt'], precision: 0.94, recall: 0.87 },
    { sets: ['corpus-fresh-cq.txt', 'corpus-fresh-cr.txt'], precision: 0.93, recall: 0.86 },
    // Four more on the same detector (first run at 594efcf: CS P 0.933 / R 0.817, CT P 0.962 / R 0.842, CU P 0.915 /
    // R 0.900, CV P 0.950 / R 0.800; pooled 0.939 / 0.840). The eight writers on this detector: 0.949 / 0.865. CS and
    // CV were read since (TUNED_BARS); CT and CU stay blind.
    { sets: ['corpus-fresh-ct.txt', 'corpus-fresh-cu.txt'], precision: 0.92, recall: 0.85 },
    // Four more, on the detector with the vocabulary fixes from CS and CV (first run at 5e6a865: CW P 0.945 / R 0.867,
    // CX P 0.962 / R 0.842, CY P 0.951 / R 0.817, CZ P 0.926 / R 0.733; pooled 0.947 / 0.815), all blind when measured;
    // CW and CX stay blind.
    { sets: ['corpus-fresh-cw.txt', 'corpus-fresh-cx.txt'], precision: 0.93, recall: 0.83 },
    // CY and CZ: read since (TUNED_BARS).
    // Four more, on the detector with the vocabulary fixes from CS, CV, CY and CZ (first run at 74ee38e: DA P 0.943 /
    // R 0.833, DB P 0.961 / R 0.817, DC P 0.981 / R 0.883, DD P 0.934 / R 0.825; pooled 0.955 / 0.840), all blind.
    // DB and DD were read since (TUNED_BARS); DA and DC stay blind.
    { sets: ['corpus-fresh-da.txt', 'corpus-fresh-dc.txt'], precision: 0.94, recall: 0.84 },
    // Four more, on the detector with the vocabulary fixes from DB and DD (first run at c31c8b1: DE P 0.990 / R 0.858,
    // DF P 0.961 / R 0.825, DG P 0.929 / R 0.867, DH P 0.947 / R 0.900; pooled 0.956 / 0.863), all blind when measured.
    { sets: ['corpus-fresh-de.txt', 'corpus-fresh-df.txt'], precision: 0.95, recall: 0.82 },
    { sets: ['corpus-fresh-dg.txt', 'corpus-fresh-dh.txt'], precision: 0.92, recall: 0.86 },
    // Four more, on the detector as the seventh session left it (first run at a2b6a53: DI P 0.972 / R 0.883, DJ P 0.930 /
    // R 0.775, DK P 0.930 / R 0.883, DL P 0.952 / R 0.833; pooled 0.946 / 0.844), all blind when measured.
    { sets: ['corpus-fresh-di.txt', 'corpus-fresh-dk.txt'], precision: 0.93, recall: 0.86 },
    // DJ and DL: read since, and fixed in the vocabulary only (TUNED_BARS).
    // Four more, on the detector with the vocabulary fixes from DJ and DL (first run at 917b5d4: DM P 0.991 / R 0.908,
    // DN P 0.961 / R 0.825, DO P 0.922 / R 0.783, DP P 0.972 / R 0.858; pooled 0.962 / 0.844), all blind when measured.
    // DN and DO were read since (TUNED_BARS); DM and DP stay blind, pooled 0.981 / 0.883 at their first run.
    { sets: ['corpus-fresh-dm.txt', 'corpus-fresh-dp.txt'], precision: 0.96, recall: 0.86 },
    // Four more, on the detector with the vocabulary fixes from DN and DO (first run at a8340ae: DQ P 0.945 / R 0.867,
    // DR P 0.970 / R 0.817, DS P 0.946 / R 0.875, DT P 0.941 / R 0.800; pooled 0.950 / 0.840), all blind when measured.
    // DR was read since (TUNED_BARS); DQ, DS and DT stay blind, pooled 0.944 / 0.847 at their first run.
    { sets: ['corpus-fresh-dq.txt', 'corpus-fresh-ds.txt', 'corpus-fresh-dt.txt'], precision: 0.92, recall: 0.82 },
    // Four more, on the detector with the vocabulary fixes from DR (first run at 2f8a89f: DU P 0.929 / R 0.875, DV P 0.973 /
    // R 0.908, DW P 0.961 / R 0.825, DX P 0.946 / R 0.875; pooled 0.952 / 0.871), all blind when measured.
    { sets: ['corpus-fresh-du.txt', 'corpus-fresh-dw.txt'], precision: 0.92, recall: 0.83 },
    { sets: ['corpus-fresh-dv.txt', 'corpus-fresh-dx.txt'], precision: 0.94, recall: 0.87 },
    // Four more, on the detector as the eighth session left it (first run at 73d5bf9: DY P 0.960 / R 0.808, DZ P 0.973 /
    // R 0.892, EA P 0.979 / R 0.767, EB P 0.952 / R 0.825; pooled 0.966 / 0.823), all blind when measured. DY and EA were
    // read since (TUNED_BARS); DZ and EB stay blind.
    { sets: ['corpus-fresh-dz.txt', 'corpus-fresh-eb.txt'], precision: 0.94, recall: 0.84 },
    // Four more, on the detector with the vocabulary fixes from DY and EA (first run at 03113d0: EC P 0.981 / R 0.867, ED
    // P 0.927 / R 0.842, EE P 0.952 / R 0.825, EF P 0.982 / R 0.908; pooled 0.960 / 0.860), all blind when measured.
    // ED and EE were read since (TUNED_BARS); EC and EF stay blind, pooled 0.982 / 0.887 at their first run.
    { sets: ['corpus-fresh-ec.txt', 'corpus-fresh-ef.txt'], precision: 0.96, recall: 0.87 },
    // Four more, on the detector with the vocabulary fixes from ED and EE (first run at 169ef49: EG P 0.981 / R 0.867, EH
    // P 0.960 / R 0.800, EI P 0.950 / R 0.800, EJ P 0.973 / R 0.908; pooled 0.967 / 0.844), all blind when measured.
    // EH and EI were read since (TUNED_BARS); EG and EJ stay blind, pooled 0.977 / 0.888 at their first run.
    { sets: ['corpus-fresh-eg.txt', 'corpus-fresh-ej.txt'], precision: 0.95, recall: 0.87 },
    // Four more, on the detector with the vocabulary fixes from EH and EI (first run at 74d197d: EK P 0.944 / R 0.842, EL
    // P 0.955 / R 0.892, EM P 0.991 / R 0.900, EN P 0.924 / R 0.808; pooled 0.954 / 0.860), all blind when measured.
    // EK and EN were read since (TUNED_BARS); EL and EM stay blind.
    { sets: ['corpus-fresh-el.txt', 'corpus-fresh-em.txt'], precision: 0.95, recall: 0.88 },
    // Four more, on the detector with the vocabulary fixes from EK and EN (first run at 7d8942f: EO P 0.953 / R 0.850, EP
    // P 0.963 / R 0.875, EQ P 0.952 / R 0.833, ER P 0.981 / R 0.867; pooled 0.963 / 0.856), all blind when measured.
    // EO and EQ were read since (TUNED_BARS); EP and ER stay blind.
    { sets: ['corpus-fresh-ep.txt', 'corpus-fresh-er.txt'], precision: 0.95, recall: 0.85 },
    // Four more, on the detector as the ninth session ships it, with the vocabulary fixes from EO and EQ (first run at
    // b54530a: ES P 0.963 / R 0.875, ET P 0.951 / R 0.817, EU P 0.981 / R 0.875, EV P 0.981 / R 0.858; pooled 0.969 /
    // 0.856), all blind when measured.
    // ET was read since (TUNED_BARS); ES, EU and EV stay blind, pooled 0.975 / 0.869 at their first run.
    { sets: ['corpus-fresh-es.txt', 'corpus-fresh-eu.txt', 'corpus-fresh-ev.txt'], precision: 0.95, recall: 0.85 },
    // Four more, on the detector as the ninth session ships it, with the vocabulary fixes from ET (first run at fddb8c0:
    // EW P 0.963 / R 0.867, EX P 0.902 / R 0.842, EY P 0.965 / R 0.917, EZ P 0.943 / R 0.833; pooled 0.943 / 0.865), all
    // blind when measured.
    { sets: ['corpus-fresh-ew.txt', 'corpus-fresh-ex.txt'], precision: 0.91, recall: 0.83 },
    { sets: ['corpus-fresh-ey.txt', 'corpus-fresh-ez.txt'], precision: 0.93, recall: 0.85 },
    // Four more, on the detector as the ninth session shipped it (first run at f7606de: FA P 0.946 / R 0.883, FB P 0.953 /
    // R 0.842, FC P 0.944 / R 0.842, FD P 0.963 / R 0.858; pooled 0.951 / 0.856), all blind when measured.
    // FB and FC were read since (TUNED_BARS); FA and FD stay blind.
    { sets: ['corpus-fresh-fa.txt', 'corpus-fresh-fd.txt'], precision: 0.95, recall: 0.86 },
    // Four more, on the detector with the vocabulary fixes from FB and FC (first run at 25af97a: FE P 0.962 / R 0.842, FF
    // P 0.946 / R 0.883, FG P 0.962 / R 0.850, FH P 0.895 / R 0.783; pooled 0.942 / 0.840), all blind when measured.
    // FE and FH were read since (TUNED_BARS); FF and FG stay blind.
    { sets: ['corpus-fresh-ff.txt', 'corpus-fresh-fg.txt'], precision: 0.95, recall: 0.86 },
    // Four more, on the detector with the fixes from FE and FH (first run at e7fbefe: FI P 0.956 / R 0.900, FJ P 0.973 /
    // R 0.892, FK P 0.937 / R 0.867, FL P 0.971 / R 0.833; pooled 0.959 / 0.873), all blind when measured.
    // FK and FL were read since (TUNED_BARS); FI and FJ stay blind.
    { sets: ['corpus-fresh-fi.txt', 'corpus-fresh-fj.txt'], precision: 0.96, recall: 0.89 },
    // Four more, on the detector as the tenth session ships it (first run at bbd1428: FM P 0.971 / R 0.850, FN P 0.929 /
    // R 0.875, FO P 0.973 / R 0.892, FP P 0.980 / R 0.808; pooled 0.963 / 0.856), all blind when measured. Their sentences
    // were shown since in a listing of what a later change did (no change was made from them), so they are no longer
    // counted among the blind sets; their floors stay.
    { sets: ['corpus-fresh-fm.txt', 'corpus-fresh-fn.txt'], precision: 0.94, recall: 0.86 },
    { sets: ['corpus-fresh-fo.txt', 'corpus-fresh-fp.txt'], precision: 0.97, recall: 0.84 },
    // Four more, on the detector as the tenth session ships it (first run at 605551d: FQ P 0.924 / R 0.917, FR P 0.955 /
    // R 0.892, FS P 0.955 / R 0.875, FT P 0.991 / R 0.892; pooled 0.955 / 0.894), all blind when measured.
    // FQ was read since (TUNED_BARS); FR, FS and FT stay blind.
    { sets: ['corpus-fresh-fr.txt', 'corpus-fresh-fs.txt', 'corpus-fresh-ft.txt'], precision: 0.96, recall: 0.88 },
    // Four more, on the detector as the tenth session ships it (first run at 64c2e97: FU P 0.932 / R 0.800, FV P 0.937 /
    // R 0.867, FW P 0.959 / R 0.783, FX P 0.889 / R 0.867; pooled 0.928 / 0.829), all blind when measured.
    // FW and FX were read since (TUNED_BARS); FU and FV stay blind.
    { sets: ['corpus-fresh-fu.txt', 'corpus-fresh-fv.txt'], precision: 0.93, recall: 0.83 },
    // Four more, on the detector as the eleventh session ships it (first run at 04805a7: FY P 0.912 / R 0.867, FZ P 0.897 /
    // R 0.800, GA P 0.948 / R 0.917, GB P 0.955 / R 0.875; pooled 0.928 / 0.865), all blind when measured.
    // FY and FZ were read since (TUNED_BARS); GA and GB stay blind.
    { sets: ['corpus-fresh-ga.txt', 'corpus-fresh-gb.txt'], precision: 0.95, recall: 0.89 },
    // Four more, on the detector as the eleventh session ships it (first run at eb713f8: GC P 0.932 / R 0.908, GD P 0.935 /
    // R 0.833, GE P 0.913 / R 0.875, GF P 0.955 / R 0.883; pooled 0.933 / 0.875), all blind when measured.
    // GD and GE were read since (TUNED_BARS); GC and GF stay blind.
    { sets: ['corpus-fresh-gc.txt', 'corpus-fresh-gf.txt'], precision: 0.93, recall: 0.88 },
    // Four more, on the detector as the eleventh session ships it (first run at b2c0bab: GG P 0.909 / R 0.833, GH P 0.973 /
    // R 0.908, GI P 0.923 / R 0.900, GJ P 0.963 / R 0.875; pooled 0.942 / 0.879), all blind when measured.
    // GG was read since (TUNED_BARS); GH, GI and GJ stay blind.
    { sets: ['corpus-fresh-gh.txt', 'corpus-fresh-gi.txt', 'corpus-fresh-gj.txt'], precision: 0.95, recall: 0.89 },
    // Four more, on the detector as the eleventh session ships it (first run at b38d56e: GK P 0.965 / R 0.925, GL P 0.945 /
    // R 0.858, GM P 0.921 / R 0.875, GN P 0.948 / R 0.908; pooled 0.945 / 0.892), all blind when measured.
    // GM was read since (TUNED_BARS); GK, GL and GN stay blind.
    { sets: ['corpus-fresh-gk.txt', 'corpus-fresh-gl.txt', 'corpus-fresh-gn.txt'], precision: 0.95, recall: 0.89 },
    // Four more, on the detector as the eleventh session ships it (first run at 240b38a: GO P 0.950 / R 0.958, GP P 0.946 /
    // R 0.883, GQ P 0.962 / R 0.850, GR P 0.955 / R 0.883; pooled 0.953 / 0.894), all blind when measured.
    { sets: ['corpus-fresh-go.txt', 'corpus-fresh-gp.txt'], precision: 0.94, recall: 0.92 },
    // GQ was read since (TUNED_BARS); GO, GP and GR stay blind.
    { sets: ['corpus-fresh-gr.txt'], precision: 0.95, recall: 0.88 },
    // Four more, on the detector as the eleventh session left it (first run at 1f09833: GS P 0.971 / R 0.842, GT P 0.940 /
    // R 0.917, GU P 0.955 / R 0.892, GV P 0.912 / R 0.858; pooled 0.944 / 0.877), all blind when measured.
    // GS and GV were read since (TUNED_BARS); GT and GU stay blind.
    { sets: ['corpus-fresh-gt.txt', 'corpus-fresh-gu.txt'], precision: 0.94, recall: 0.9 },
    // Four more, with the fixes from GS and GV (first run at c7c06d4: GW P 0.956 / R 0.908, GX P 0.956 / R 0.908, GY P 0.938 /
    // R 0.875, GZ P 0.947 / R 0.892; pooled 0.949 / 0.896), all blind when measured.
    { sets: ['corpus-fresh-gw.txt', 'corpus-fresh-gx.txt'], precision: 0.95, recall: 0.9 },
    { sets: ['corpus-fresh-gy.txt', 'corpus-fresh-gz.txt'], precision: 0.94, recall: 0.88 },
    // CL and CN: read since, and fixed in the vocabulary only (TUNED_BARS).
    // CH and CI: read and trained on since (TUNED_BARS).
    // CD and CE: read and trained on since (TUNED_BARS).
    // BV and BW: read and trained on since (TUNED_BARS).
    // BR and BS: read and trained on since (TUNED_BARS).
  ];
  for (const { sets, precision, recall } of BLIND_PAIRS) {
    it(`${sets.join(' and ')} together: precision >= ${precision} and recall >= ${recall} (held out, never read)`, () => {
      const s = score(sets.flatMap((name) => readCorpus(name)));
      assert.ok(s.precision >= precision && s.recall >= recall, `pooled precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} on ${s.total} sentences`);
    });
  }

  it('agrees with the human reviewer on paraphrases of thirteen published postmortems', () => {
    const s = score(readCorpus('real-shapes.txt'));
    assert.deepEqual([...s.falsePositives, ...s.falseNegatives].map((c) => c.text), []);
  });

  it('the development corpus is big enough to mean something', () => {
    const cases = readCorpus('corpus-dev.txt');
    assert.ok(cases.length >= 200, `${cases.length} sentences`);
    assert.ok(cases.filter((c) => c.blaming).length >= 80, 'blaming sentences');
  });
});

describe('blaming-language corpus through the lint engine', () => {
  // The same verdicts when each sentence sits in a real document: the engine extracts prose from the Markdown tree
  // (list items, table cells, quotes, emphasis, links) and reads people from the Participants field.
  it('flags exactly the sentences the detector flags on its own', function () {
    // Thousands of whole-document lints or random merges: seconds on a quiet machine, more on a busy CI runner.
    this.timeout(120_000);
    const disagreements: string[] = [];
    const tuned = ['corpus-fresh-a.txt', 'corpus-fresh-b.txt', 'corpus-person-as-cause.txt', 'corpus-unsafe-action.txt', 'corpus-sanctions.txt', 'corpus-insinuation.txt', 'corpus-rhetorical-questions.txt', 'corpus-structural-look-alikes.txt'];
    for (const name of ['corpus-dev.txt', 'corpus-check.txt', 'corpus-check-2.txt', 'corpus-check-3.txt', 'corpus-check-4.txt', 'corpus-check-5.txt', 'real-shapes.txt', ...tuned]) {
      for (const c of readCorpus(name)) {
        const markdown = `# Postmortem\n\n**Participants**: ${c.people.join(', ')}\n\n## Root Cause\n\n${c.text}\n`;
        const viaEngine = lintPostmortem(parsePostmortem(markdown)).some((f) => f.ruleId === 'blaming-language');
        const alone = findBlamingLanguage(c.text, { people: c.people }).length > 0;
        if (viaEngine !== alone) disagreements.push(`${name}:${c.line} ${c.text}`);
      }
    }
    assert.deepEqual(disagreements, []);
  });
});
