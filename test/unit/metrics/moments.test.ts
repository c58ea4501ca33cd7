import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../src/core/model/parse';
import { computeMetrics, findMoments, metricsConfigSchema, metricsRecord } from '../../../src/core/metrics';
import { describeMoment } from '../../../src/core/metrics/describe';
import { MOMENT_NAMES } from '../../../src/core/metrics/types';

const TABLE = `# Checkout outage

**Date**: 2026-03-02
**Severity**: P1

## Timeline

| Time (UTC) | Event | Action Taken |
|------------|-------|--------------|
| 10:00 | Deploy of checkout v2.3 started | - |
| 10:05 | Error-rate alert fired for checkout | - |
| 10:12 | On-call acknowledged the page | Investigation began |
| 10:40 | Decision to roll back | - |
| 10:50 | Rolled back to v2.2 | - |
| 11:30 | All clear: checkout error rate back to baseline | Incident closed |
`;

describe('metrics: key moments', () => {
  it('reads a row labelled with its moment ("Detection:", "Mitigation:", "Resolution:") as that moment', () => {
    const moments = findMoments(parsePostmortem('**Date**: 2026-03-02\n\n## Timeline\n\n- 10:00 — Deploy of v2.3\n- 10:04 — **Detection:** Prometheus fails to start\n- 10:12 — On-call acknowledged\n- 10:30 — Mitigation: consumers restarted with the old flags\n- 11:00 — Resolution: the new flags fixed\n'));
    assert.deepEqual((['detected', 'mitigated', 'resolved'] as const).map((name) => moments[name]?.time.toISOString().slice(11, 16)), ['10:04', '10:30', '11:00']);
  });

  it('reads a timeline that names no zone on the clock of the fields above it ("Reported: 3 Sep 2026, 07:45 BST")', () => {
    const text = (reported: string) => `# Stale search\n\n**Status:** Closed · **Reported:** ${reported}\n\n## Timeline\n\n- **07:05** — Indexer lag starts climbing\n- **07:45** — A customer success manager reports stale listings\n- **07:51** — Theo picks up the incident\n- **08:20** — Consumer group restarted; lag starts falling\n- **08:44** — Lag back to normal, incident resolved\n`;
    const local = findMoments(parsePostmortem(text('3 Sep 2026, 07:45 BST')));
    assert.deepEqual(MOMENT_NAMES.map((name) => local[name]?.time.toISOString().slice(11, 16)), ['06:05', '06:45', '06:51', '07:20', '07:44']);
    assert.equal(computeMetrics(local, metricsConfigSchema.parse({})).timeToDetect, 40);
    // Written in UTC, the fields say nothing new about the timeline's clock.
    const utc = findMoments(parsePostmortem(text('3 Sep 2026, 07:45 UTC')));
    assert.equal(utc.started?.time.toISOString(), '2026-09-03T07:05:00.000Z');
    // A field written without a zone is on that clock too.
    const field = findMoments(parsePostmortem(text('3 Sep 2026, 07:45 BST').replace('**Status:** Closed', '**Resolved:** 08:44')));
    assert.equal(field.resolved?.time.toISOString().slice(11, 16), '07:44');
  });

  it('resolves at a later row that says so, not at the mitigation row that also says the errors are back to baseline', () => {
    const rows = (last: string) => findMoments(parsePostmortem(`**Date**: 2026-09-17\n\n## Timeline\n\n- 13:12 - Registry 500 rate begins to climb\n- 13:21 - Registry SLO alert fires\n- 13:58 - Migration cancelled\n- 14:04 - Error rate back to baseline, incident mitigated\n${last}`));
    const later = rows('- 14:30 - Incident resolved\n');
    assert.deepEqual([later.mitigated?.line, later.resolved?.line], [8, 9]);
    // With no later row saying so, the mitigation's own row resolves it.
    const same = rows('');
    assert.deepEqual([same.mitigated?.line, same.resolved?.line], [8, 8]);
  });

  it('detects at a report of the fault, not at a step reported complete', () => {
    const moments = findMoments(parsePostmortem('**Date**: 2026-10-03\n\n## Timeline\n\n- 08:55 — Cache migration starts\n- 09:20 — Migration reported complete\n- 11:47 — Support reports customers seeing an experiment they opted out of\n'));
    assert.equal(moments.detected?.time.toISOString().slice(11, 16), '11:47');
  });

  it('reads a measure of the fault falling as the mitigation, a job run by hand, the previous version restored, an attack blocked or contained', () => {
    const moments = (row: string) => findMoments(parsePostmortem(`**Date**: 2026-08-22\n\n## Timeline\n\n- 09:00 — Queue lag starts climbing\n- 09:10 — Alert fires for consumer lag\n- 09:30 — ${row}\n- 10:00 — Incident resolved\n`)).mitigated?.line;
    assert.equal(moments('Consumers restarted; lag starts falling'), 7);
    assert.equal(moments('Queue depth drops under 100'), 7);
    assert.equal(moments('Export run by hand'), 7);
    assert.equal(moments('Manually triggered the nightly export'), 7);
    assert.equal(moments('Previous bundle restored, sender pool restarted'), 7);
    assert.equal(moments('Per-account rate limit tightened; attempts blocked'), 7);
    assert.equal(moments('Sessions revoked; incident contained'), 7);
    assert.equal(moments('Incident not yet contained, still looking'), undefined);
    assert.equal(moments('Old cache cluster switched off; stale reads stop'), 7);
    assert.equal(moments('Looked at the lag dashboard'), undefined);
  });

  it('reads the parts holding again, a step done by hand, users getting through, and a short word closing a row', () => {
    const row = (text: string) => findMoments(parsePostmortem(`**Date**: 2026-11-04\n\n## Timeline\n\n- 13:02 — Bulk import started\n- 13:09 — FlagServiceMemoryHigh triggered\n- 13:11 — ${text}\n- 13:26 — ${text}\n- 13:35 — ${text}\n`));
    // One row each: acknowledged, mitigated, resolved.
    const moments = (ack: string, mitigation: string, resolution: string) => {
      const found = findMoments(parsePostmortem(`**Date**: 2026-11-04\n\n## Timeline\n\n- 13:02 — Bulk import started\n- 13:09 — FlagServiceMemoryHigh triggered\n- 13:11 — ${ack}\n- 13:26 — ${mitigation}\n- 13:35 — ${resolution}\n`));
      return [found.acknowledged?.line, found.mitigated?.line, found.resolved?.line];
    };
    assert.deepEqual(moments('@sam.ortiz: ack, looking', '@mei.lin: memory limit raised to 4Gi, pods stable', '@sam.ortiz: flags served normally again, resolving'), [7, 8, 9]);
    assert.deepEqual(moments('On-call acknowledges', 'Metadata cache refreshed by hand, logins succeed', 'Confirmed with affected customers, closed'), [7, 8, 9]);
    assert.deepEqual(moments('Priya acks', 'message moved to dead-letter queue by hand; consumers recover', 'queue drained, incident resolved'), [7, 8, 9]);
    assert.deepEqual(moments('@ines confirms and starts looking', 'Workers restarted with the new primary; queue starts draining', 'all links checked, closing this out'), [7, 8, 9]);
    assert.deepEqual(moments('Support escalates to the mobile on-call, who acknowledges', 'Timeout of 3 s deployed to the payment client; checkout recovers', 'Incident resolved'), [7, 8, 9]);
    assert.deepEqual(moments('Omar acks', 'indexer scaled from 4 to 12 workers; lag falling', 'lag back under 1 minute, resolved'), [7, 8, 9]);
    assert.deepEqual(moments('On-call acknowledges', 'freed space by removing the stalled replication slot', 'Incident resolved'), [7, 8, 9]);
    // Not a SYN-ACK, not "some builds succeed" (a partial recovery), not pods still unstable, not a port closed mid-row.
    assert.deepEqual(moments('Capture shows no SYN-ACK', 'Some builds succeed, others still stuck', 'Pods not stable yet; circuit closed at the proxy'), [undefined, undefined, undefined]);
    assert.equal(row('Still looking').resolved, null);
  });

  it('reads an alert, its acknowledgement and the service working again as Spanish and German rows say them', () => {
    const spanish = findMoments(parsePostmortem('# Caída\n\n**Fecha:** 2026-02-18\n\n## Cronología\n\n| Hora (UTC) | Evento |\n|---|---|\n| 09:58 | Caduca el certificado |\n| 10:02 | Salta la alerta de errores 5xx |\n| 10:05 | La guardia reconoce la alerta |\n| 10:29 | Certificado renovado; los pagos vuelven a funcionar |\n| 10:32 | Incidente resuelto |\n'));
    assert.deepEqual(MOMENT_NAMES.map((name) => spanish[name]?.line), [9, 10, 11, 12, 13]);
    const german = findMoments(parsePostmortem('# Ausfall\n\n**Datum:** 12.10.2026\n\n## Zeitablauf\n\n| Zeit | Ereignis |\n|---|---|\n| 07:58 | Zertifikat läuft ab |\n| 08:03 | Alarm: Fehlerrate über 50 % |\n| 08:06 | Bereitschaft bestätigt den Alarm |\n| 08:31 | Neues Zertifikat ausgerollt, Fehlerrate sinkt |\n| 08:39 | Störung behoben |\n'));
    assert.deepEqual(MOMENT_NAMES.map((name) => german[name]?.line), [9, 10, 11, 12, 13]);
  });

  it('reads bold fields listed under the title, a throttle lifted, and US month/day times with "pm" written on', () => {
    const listed = findMoments(parsePostmortem('# Delayed emails\n\n- **Incident Commander:** Kenji Watanabe\n- **Date:** 2026-07-07\n\n## Timeline (ET)\n\n| Time (ET) | Event |\n|---|---|\n| 09:10 | Bounces spike |\n| 10:02 | Queue age alert fires |\n| 10:48 | Provider lifts the throttle after we pause the campaign |\n'));
    // The listed date puts the timeline in July, when ET is four hours behind UTC.
    assert.deepEqual([listed.started?.time.toISOString(), listed.mitigated?.line], ['2026-07-07T13:10:00.000Z', 12]);
    const us = findMoments(parsePostmortem('# X\n\n**Date:** 2026-03-10\n\n## Timeline\n\n| When | What |\n|---|---|\n| Tue 3/10 1:05pm | Release goes out |\n| Tue 3/10 1:40pm | Support reports a spike in blank-page tickets |\n'));
    assert.deepEqual([us.started?.time.toISOString(), us.detected?.time.toISOString()], ['2026-03-10T13:05:00.000Z', '2026-03-10T13:40:00.000Z']);
  });

  it('dates the entries under headings that number the days and date them ("Day 1 (Mon 2026-02-02)")', () => {
    const moments = findMoments(parsePostmortem('# X\n\n## Timeline\n\n### Day 1 (Mon 2026-02-02)\n\n- 09:10 analytics query starts\n- 11:45 replication lag alert fires\n\n### Day 2: Tue 2026-02-03\n\n- 10:05 query killed; lag starts falling\n- 16:40 replica caught up, incident resolved\n'));
    assert.deepEqual([moments.started?.time.toISOString(), moments.resolved?.time.toISOString()], ['2026-02-02T09:10:00.000Z', '2026-02-03T16:40:00.000Z']);
  });

  it('reads "resolved" as the other languages whose sections are read write it on a row', () => {
    const doc = parsePostmortem('# Ausfall\n\n**Datum:** 12.10.2026\n\n## Zeitablauf\n\n| Zeit (MESZ) | Ereignis |\n|---|---|\n| 12.10.2026 07:58 | Zertifikat läuft ab |\n| 12.10.2026 08:03 | Alarm: Fehlerrate über 50 % |\n| 12.10.2026 08:39 | Störung behoben |\n');
    const moments = findMoments(doc);
    // The German table's time column and its zone (MESZ, two hours ahead of UTC) are read.
    assert.deepEqual([moments.started?.time.toISOString(), moments.detected?.time.toISOString(), moments.resolved?.time.toISOString()], ['2026-10-12T05:58:00.000Z', '2026-10-12T06:03:00.000Z', '2026-10-12T06:39:00.000Z']);
  });

  it('detects at the first store review or a support escalation to on-call, and reads a Start field', () => {
    const moments = findMoments(parsePostmortem('# X\n\n**Date:** 2026-09-09\n\n## Timeline\n\n- 10:00 UTC flag service v4 deployed\n- 10:30 UTC first App Store review mentioning the missing payment method\n- 13:45 UTC support escalates to mobile on-call\n'));
    assert.equal(moments.detected?.line, 8);
    assert.equal(findMoments(parsePostmortem('# X\n\n| Key | Value |\n|---|---|\n| Start | 2026-04-12 06:40 UTC |\n')).started?.source, 'field');
  });

  it('reads the window a summary gives when the document has no timeline, from the first start to the last end', () => {
    const window = (text: string) => {
      const moments = findMoments(parsePostmortem(text));
      return [moments.started?.time.toISOString(), moments.resolved?.time.toISOString(), moments.started?.source];
    };
    assert.deepEqual(window('# Elevated errors\n\n## What happened\n\nBetween 16:05 and 16:52 UTC on October 27, 2026, about 6% of requests failed.\n'), ['2026-10-27T16:05:00.000Z', '2026-10-27T16:52:00.000Z', 'summary']);
    assert.deepEqual(window('# Connectivity\n\n**Date:** 2015-08-10\n\nWe had problems on August 10th from about 7:08 UTC until 10:40 UTC, and again from 19:03 UTC until 19:19 UTC.\n'), ['2015-08-10T07:08:00.000Z', '2015-08-10T19:19:00.000Z', 'summary']);
    // On the zone written after the window, across midnight.
    assert.deepEqual(window('# Outage\n\n**Date:** 2018-01-11\n\n## Summary\n\nThe site was down from 17:09 EST to approximately 23:42 EST.\n'), ['2018-01-11T22:09:00.000Z', '2018-01-12T04:42:00.000Z', 'summary']);
    // A window told among the causes is not the incident's; a timeline, when there is one, wins.
    assert.deepEqual(window('# X\n\n**Date:** 2026-03-02\n\n## Root cause\n\nThe cron runs between 02:00 and 03:00 UTC.\n'), [undefined, undefined, undefined]);
    assert.deepEqual(window('# X\n\n**Date:** 2026-03-02\n\n## Summary\n\nBetween 10:00 and 11:00 UTC checkout failed.\n\n## Timeline\n\n- 10:02 Alert fired\n- 10:58 Incident resolved\n'), ['2026-03-02T10:02:00.000Z', '2026-03-02T10:58:00.000Z', 'timeline']);
  });

  it('reads timelines as trackers and the SRE book write them, and the first errors or "Début des erreurs" as the start', () => {
    const at = (text: string) => {
      const moments = findMoments(parsePostmortem(text));
      return MOMENT_NAMES.map((name) => moments[name]?.time.toISOString().slice(11, 16) ?? null);
    };
    // The SRE book's markers in capitals after the clock ("PAGE"), not taken for a zone; a US zone after it is one.
    assert.deepEqual(at('# X\n\n## Timeline\n\n2026-05-11 (all times PDT)\n\n- 14:51 OUTAGE BEGINS — rate climbs.\n- 15:06 PAGE — alert fires; on-call silences it.\n- 15:21 PAGE — alert fires again; on-call acknowledges.\n- 16:20 OUTAGE ENDS — back.\n'), ['21:51', '22:06', '22:21', null, '23:20']);
    assert.deepEqual(at('# X\n\n**Date:** 2026-05-11\n\n## Timeline\n\n- 12:21 PT alert fires\n- 12:30 PT on-call acknowledges\n'), ['19:21', '19:21', '19:30', null, null]);
    // An incident tracker's export: the date and time in bold, a middle dot before the text; the first 500s start it.
    assert.deepEqual(at('# X\n\n## Timeline\n\n**Apr 3, 2026 13:41:09 BST** · Migration started from a laptop\n\n**Apr 3, 2026 13:48:30 BST** · First HTTP 500s from payments-api\n\n**Apr 3, 2026 13:55:04 BST** · PagerDuty alert triggered\n\n**Apr 3, 2026 13:58:40 BST** · Alert acknowledged by Tomás Reyes\n\n**Apr 3, 2026 15:35:00 BST** · Incident resolved\n'), ['12:48', '12:55', '12:58', null, '14:35']);
    // Without a timeline section, a list announced as the timeline by the line above it, in the zone that line names.
    assert.deepEqual(at('# X\n\n**Date:** 2026-06-05\n\n## what broke\n\ntimeline, all ET, fri jun 5:\n\n- ~3:30pm #842 merged\n- ~3:40pm first 500s on checkout\n- ~3:44pm monitor goes red in #alerts\n- ~3:47pm jon acks the page\n- ~4:31pm revert deployed, 500s stop\n- ~4:45pm calling it resolved\n'), ['19:40', '19:44', '19:47', '20:31', '20:45']);
    // A French timeline: "Début des erreurs", "Alerte", "Prise en compte", "Bascule du trafic", "fin de l'incident".
    assert.deepEqual(at("# X\n\n**Date :** 2026-04-23\n\n## Chronologie\n\nToutes les heures sont en heure de Paris (UTC+2).\n\n| Heure | Événement |\n| --- | --- |\n| 13h58 | Renouvellement du certificat |\n| 14h05 | Début des erreurs 502 |\n| 14h19 | Alerte de la supervision |\n| 14h27 | Prise en compte de l'alerte par l'astreinte |\n| 15h50 | Bascule du trafic sur le répartiteur de secours |\n| 16h40 | Taux d'erreur revenu à la normale ; fin de l'incident déclarée |\n"), ['12:05', '12:19', '12:27', '13:50', '14:40']);
  });

  it('reads the times a document without a timeline tells in prose, one clause each, in time order', () => {
    const at = (text: string) => {
      const moments = findMoments(parsePostmortem(text));
      return MOMENT_NAMES.map((name) => moments[name]?.time.toISOString().slice(11, 16) ?? null);
    };
    // A provider's event summary: the day from the prose, the zone after each time, a recovery for most and then for all.
    assert.deepEqual(at('# Summary of the storage event\n\nWe want to tell you about the disruption on November 12, 2026.\n\nBeginning at 9:37 AM CET, the service in one zone experienced elevated error rates. At 10:58 AM CET, error rates returned to normal levels for most customers, and by 11:24 AM CET the service had fully recovered.\n'), ['08:37', null, null, '09:58', '10:24']);
    // A time closing its sentence tells what came before it; the clause before it belongs to the earlier time.
    assert.deepEqual(at('# Rustup 1.24.0\n\nOn 2021-04-27 at 15:09 UTC we released a new version. At\n15:23 UTC we received a report of a regression. At 15:27 UTC we had confirmed the cause, and while we worked on a fix, we reverted the release - an action completed by 15:56 UTC.\n'), ['15:09', '15:23', null, '15:56', null]);
    // A zone in brackets; a recovery told first is no start.
    assert.deepEqual(at('# OBS downtime\n\n**Date:** 2018-11-11\n\nBy 10:30 (GMT+1) we were back online. At 09:41 (GMT+1), we deployed a new version.\n'), ['08:41', null, null, '09:30', null]);
    // A time closing its clause tells the words before it, and one standing alone after a comma the clause before that.
    assert.deepEqual(at('# Relay outage\n\n**Date:** 2024-11-05\n\nWe had an outage which started with degraded performance around 11:00 GMT and transitioned to a full outage by 17:00 GMT. The outage was discovered and reported internally by 22:50 GMT and resolved at 23:01 GMT.\n'), ['11:00', '22:50', null, null, '23:01']);
    assert.deepEqual(at('# Site down\n\n**Date:** 2024-10-18\n\nThe downtime started around 10AM after merging changes to the handbook and was resolved the same day, by 8PM.\n'), ['10:00', null, null, null, '20:00']);
    // Beside a window, the clauses inside it give the other moments.
    assert.deepEqual(at('# Uploads failing\n\nIncident: image uploads failed with 500s from 14:12 to 14:49 UTC.\nFix: temporary files deleted by hand at 14:45, cron restored at 15:30.\n'), ['14:12', null, null, '14:45', '14:49']);
    // Clocks as British prose writes them ("6.45am", "14.30"), not a share or a size.
    assert.deepEqual(at('# Portal outage\n\n**Date:** 2026-03-03\n\nBetween approximately 7.00am and 10.40am residents could not log in.\n\nThe Duty Digital Manager acknowledged the major incident at 9.26am. At 10.15am the contractor restored the previous rule set.\n'), ['07:00', null, '09:26', '10:15', '10:40']);
    // A contact centre that began receiving calls, a first ticket logged: what detected it.
    assert.deepEqual(at('# Portal outage\n\n**Date:** 2026-03-03\n\nBetween approximately 7.00am and 10.40am residents could not log in.\n\nAt 8.00am the Contact Centre opened and began receiving calls from residents. At 8:42am the Service Desk logged the first incident ticket.\n'), ['07:00', '08:00', null, null, '10:40']);
    assert.deepEqual(at('# X\n\n**Date:** 2026-01-02\n\nAt 14.30% load the queue backed up. By 10.50 GB the disk was full.\n'), [null, null, null, null, null]);
    // A window a change went in ("merged to prod between 2 AM and 2.30 AM") is when the cause went in, not the impact.
    assert.deepEqual(at('# Hubs throwing errors\n\n**Date:** 2022-01-20\n\nTwo PRs were merged to prod between 2 AM and 2.30 AM PST, and image rebuilds broke several hubs.\n'), [null, null, null, null, null]);
    // One time alone is no timeline.
    assert.deepEqual(at('# X\n\n**Date:** 2026-01-02\n\nAt 09:41 UTC we deployed a new version.\n'), [null, null, null, null, null]);
  });

  it('reads a timeline written as offsets from the zero hour it names ("T0 is …", "T+6m"), as a table or a list', () => {
    const table = findMoments(parsePostmortem('# Checkout latency\n\n## Timeline\n\nT0 is 2026-10-03 14:05 UTC, when the pool change reached all regions.\n\n| Time | Event |\n|---|---|\n| T+0 | Pool size change rolled out |\n| T+6m | Latency SLO burn alert fires |\n| T+9m | On-call acknowledges the page |\n| T+31m | p99 latency back under 400 ms |\n| T+1h12m | Incident resolved |\n'));
    assert.deepEqual(MOMENT_NAMES.map((name) => table[name]?.time.toISOString().slice(11, 16)), ['14:05', '14:11', '14:14', '14:36', '15:17']);
    assert.equal(table.started?.time.toISOString().slice(0, 10), '2026-10-03');
    const list = findMoments(parsePostmortem('# X\n\n**Date:** 2026-10-03\n\n## Timeline\n\nT0 = 23:50 UTC\n\n- T-5m: config pushed\n- T+0: errors start climbing\n- T+4m: alert fires\n- T+1:05: incident resolved\n'));
    assert.deepEqual([list.detected?.time.toISOString(), list.resolved?.time.toISOString()], ['2026-10-03T23:54:00.000Z', '2026-10-04T00:55:00.000Z']);
    // Without a zero hour, offsets are no times.
    assert.equal(findMoments(parsePostmortem('# X\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| T+0 | change |\n| T+6m | alert fires |\n')).detected, null);
  });

  it('starts at the row marking the start of impact ("OUTAGE BEGINS"), ends at its end, and looks for detection after it', () => {
    // The Google SRE book's template: bold markers in rows, a lead-up before the outage begins.
    const doc = parsePostmortem(`# Ledger sync outage

2026-11-14 (all times UTC)

## Timeline

| Time | Description |
| --- | --- |
| 14:00 | Month-end close job starts; reports of slow exports come in from finance |
| 14:34 | **OUTAGE BEGINS** sync worker error rate reaches 90% |
| 14:35 | hleung receives pager storm from the sync probes |
| 14:41 | hleung starts investigating the retry queue |
| 15:50 | Close job paused, error rate falling |
| 16:39 | **OUTAGE ENDS** error rate back to baseline |
| 17:10 | Retry patch rolled out to the batch cluster |
`);
    const moments = findMoments(doc);
    const at = (name: keyof typeof moments) => moments[name]?.time.toISOString().slice(11, 16) ?? null;
    assert.deepEqual([at('started'), at('detected'), at('acknowledged'), at('mitigated'), at('resolved')], ['14:34', '14:35', '14:41', '15:50', '16:39'], 'a report in the lead-up is no detection; the job paused with the error rate falling mitigates, not the patch after the outage ended');
    const unpaused = findMoments(parsePostmortem(doc.text.replace('Close job paused, error rate falling', 'Close job paused')));
    assert.equal(unpaused.mitigated, null, 'a patch after the outage ended is no mitigation of it');
    assert.equal(computeMetrics(moments).timeToDetect, 1);
    assert.equal(computeMetrics(moments).duration, 125);
  });

  it('reads "(outage starts)" and "Outage ends." in list timelines, and not a row placed before the outage', () => {
    const doc = parsePostmortem(`# CI outage

**Date**: 2019-03-26

## Timeline

- [17:40] Node upgrade initiated, two hours before the outage began
- [23:04] The node hosting the service is drained. (**outage starts**)
- [23:30] The outage is reported on GitHub
- [23:50] @kat rolled back the deployment. Outage ends.
`);
    const moments = findMoments(doc);
    assert.deepEqual((['started', 'detected', 'mitigated', 'resolved'] as const).map((n) => moments[n]?.time.toISOString().slice(11, 16) ?? null), ['23:04', '23:30', '23:50', '23:50']);
  });

  it('reads more ways a row marks a moment: a synthetic check failing, a dashboard spike, a war room, a flag turned off, a versioned hotfix', () => {
    const kinds = (row: string) => {
      const moments = findMoments(parsePostmortem(`**Date**: 2026-10-01\n\n## Timeline\n\n- 09:00 Deploy of v2 starts\n- 09:10 ${row}\n`));
      return (['detected', 'acknowledged', 'mitigated', 'resolved'] as const).filter((n) => moments[n]?.time.toISOString().slice(11, 16) === '09:10');
    };
    assert.deepEqual(kinds('Synthetic check for /login fails'), ['detected']);
    assert.deepEqual(kinds('Sentry shows a spike of exceptions'), ['detected']);
    assert.deepEqual(kinds('Load balancer health checks start failing'), [], 'a symptom, not a monitor');
    assert.deepEqual(kinds('Incident channel #inc-42 created'), ['acknowledged']);
    assert.deepEqual(kinds('Sam takes incident command'), ['acknowledged']);
    assert.deepEqual(kinds('Feature flag new-checkout disabled'), ['mitigated']);
    assert.deepEqual(kinds('Hotfix v1.2.3 released'), ['mitigated']);
    assert.deepEqual(kinds('Flag flipped on for 10% of users'), []);
    assert.deepEqual(kinds('Monitoring confirms full recovery'), ['resolved']);
  });

  it('reads the timeline an Azure-style review tells under "How did we respond?"', () => {
    const moments = findMoments(parsePostmortem('# PIR\n\n**Date**: 2026-11-19\n\n## What happened?\n\nCustomers saw latency.\n\n## How did we respond?\n\n- 08:12 UTC – Configuration change completes; latency starts to increase.\n- 08:31 UTC – Automated monitoring detects elevated latency and alerts our engineers.\n- 11:05 UTC – Rollback completed; latency begins to recover.\n'));
    assert.deepEqual((['started', 'detected', 'mitigated'] as const).map((n) => moments[n]?.time.toISOString().slice(11, 16) ?? null), ['08:12', '08:31', '11:05']);
  });

  it('reads the errors stopping or a backlog starting to drain as the mitigation, not a wait until errors stop', () => {
    const at = (rows: string) => findMoments(parsePostmortem(`**Date**: 2026-11-25\n\n## Timeline\n\n- 09:31 First pull failures\n- 09:43 Alert pages on-call\n${rows}- 10:45 Incident resolved\n`)).mitigated?.time.toISOString().slice(11, 16) ?? null;
    assert.equal(at('- 10:20 Mirror setting restored; failures stop.\n'), '10:20');
    assert.equal(at('- 10:20 api-lb-2 drained from DNS; errors stop\n'), '10:20');
    assert.equal(at('- 10:20 Concurrency limit deployed; backlog starts draining.\n'), '10:20');
    assert.equal(at('- 10:20 502s stopped after the pool was resized\n'), '10:20');
    assert.equal(at('- 10:20 Flag set back to 0%; errors drop\n'), '10:20');
    assert.equal(at('- 10:20 We wait until the errors stop before paging again\n'), null);
  });

  it('starts the incident at a row telling the symptom starting, when nothing marks the start and nothing was detected before it', () => {
    const started = (rows: string) => findMoments(parsePostmortem(`**Date**: 2026-10-03\n\n## Timeline\n\n${rows}`)).started?.time.toISOString().slice(11, 16) ?? null;
    assert.equal(started('- 13:58 Release 2026.10.03-2 begins rolling out\n- 14:12 Tokenization errors start climbing\n- 14:19 Error-rate monitor alerts on-call\n'), '14:12');
    assert.equal(started('- 22:30 Batch starts\n- 07:00 Branches open; deposit posting starts timing out\n- 07:06 Support calls the service desk\n'), '07:00');
    assert.equal(started('- 13:58 Release begins rolling out\n- 14:05 Latency alert fires\n- 14:12 Errors start climbing\n'), '13:58', 'detected before it: the impact had begun');
    assert.equal(started('- 13:58 Launch of the new page\n- 15:55 Launches begin failing again\n- 16:10 Alert fires\n'), '13:58', 'a recurrence is not the start');
  });

  it('reads lines of a paragraph timeline ended by <br> as well as by line breaks, a wrapped line going on with its entry', () => {
    const doc = parsePostmortem('# DNS\n\n## Timeline\n\n### 2023-08-25\n\n15:27 - A change to the DNS configuration is submitted.<br> 21:14 - The changes take effect. 80%\nof IPs fail to serve. **\\<START OF\nOUTAGE>**<br> 21:20 - Monitoring sends a first alert.\n\n### 2023-08-26\n\n12:55 - The fix takes effect. **\\<END OF OUTAGE>**\n');
    const moments = findMoments(doc);
    assert.deepEqual([moments.started, moments.detected, moments.resolved].map((m) => m?.time.toISOString().slice(0, 16) ?? null), ['2023-08-25T21:14', '2023-08-25T21:20', '2023-08-26T12:55']);
  });

  it('reads a timeline split under a heading per day, each entry on its heading\'s day', () => {
    const doc = parsePostmortem('# Batch overran\n\n**Incident date:** 2026-03-03\n\n## Timeline\n\nAll times are CET.\n\n### Tuesday, March 3\n\n- 22:30 — Settlement batch starts.\n- 23:50 — Batch reaches the ledger step.\n\n### Wednesday, March 4\n\n- 07:06 — Branch support calls the service desk.\n- 07:12 — On-call picks up the ticket.\n- 07:31 — On-call kills the ledger step; deposits go through again.\n- 07:38 — Branches confirm posting works. Incident closed.\n');
    const moments = findMoments(doc);
    assert.deepEqual(MOMENT_NAMES.map((n) => moments[n]?.time.toISOString().slice(0, 16) ?? null), ['2026-03-03T21:30', '2026-03-04T06:06', '2026-03-04T06:12', '2026-03-04T06:31', '2026-03-04T06:38']);
    const noted = findMoments(parsePostmortem('# X\n\n## Timeline\n\n### Tuesday, March 3, 2026 (UTC)\n\n- 22:30 Batch starts\n- 23:50 Alert fires\n\n### Wednesday, March 4, 2026 (UTC)\n\n- 07:38 Incident closed\n'));
    assert.equal(noted.resolved?.time.toISOString().slice(0, 16), '2026-03-04T07:38', 'a note in brackets after the day is not part of it');
  });

  it('reads a timeline pasted as a log in a fenced block under the Timeline heading', () => {
    const doc = parsePostmortem('# Search timeouts\n\n### Timeline\n\n```text\n2026-11-21 09:58:12 UTC  index rebuild job starts\n2026-11-21 10:06:40 UTC  p99 latency alert fires, on-call paged\n2026-11-21 10:09:03 UTC  on-call acknowledges\n2026-11-21 10:31:55 UTC  rebuild job paused, latency recovering\n2026-11-21 10:46:10 UTC  incident resolved\n```\n');
    const moments = findMoments(doc);
    assert.deepEqual(MOMENT_NAMES.map((n) => moments[n]?.time.toISOString().slice(11, 16) ?? null), ['09:58', '10:06', '10:09', '10:31', '10:46']);
  });

  it('reads a list whose items close with their time in brackets, and leaves the timeline editor to lists that open with it', () => {
    const doc = parsePostmortem('# Queue stall\n\n**Date:** 2026-10-08\n\n## Timeline\n\n- Deploy of worker v88 (09:40)\n- Queue depth alert fires (09:52)\n- On-call acknowledges (09:55)\n- Worker v88 rolled back (10:10)\n- Incident resolved (10:25)\n\n## Notes\n\n- Ask the vendor (Kim)\n- Check the dashboards (later)\n');
    const moments = findMoments(doc);
    assert.deepEqual(MOMENT_NAMES.map((n) => moments[n]?.time.toISOString().slice(11, 16) ?? null), ['09:40', '09:52', '09:55', '10:10', '10:25']);
    assert.deepEqual(doc.timelineLists.map((l) => [l.style, l.entries.length, l.entries[1].description]), [['paragraphs', 5, 'Queue depth alert fires']]);
  });

  it('reads the service working "again" as the mitigation, not a wait until it does or its stopping again', () => {
    const at = (rows: string) => findMoments(parsePostmortem(`**Date**: 2026-10-14\n\n## Timeline\n\n- 14:06 Alert fires; on-call paged\n${rows}- 14:53 Incident resolved\n`)).mitigated?.time.toISOString().slice(11, 16) ?? null;
    assert.equal(at('- 14:39 Locks released; deposits go through again.\n'), '14:39');
    assert.equal(at('- 14:39 Logins working again after the cache flush\n'), '14:39');
    assert.equal(at('- 14:39 Logins stopped working again\n'), null);
    assert.equal(at('- 14:39 We wait until logins work again\n'), null);
    assert.equal(at("- 14:39 Launches aren't working again, taking minutes to start\n"), null);
    assert.equal(at('- 14:39 Workers scaled back to 24 by hand\n'), '14:39');
    assert.equal(at('- 14:39 Scaled the pool up from 8 to 24\n'), '14:39');
    assert.equal(at('- 14:39 Queue drained; deliveries on time again\n'), '14:39');
    assert.equal(at('- 14:39 Autoscaler scaled the pool down to 8\n'), null);
    assert.equal(at(`- 14:39 We looked at why the page showed no users. ${'We compared the queries and checked the logs for warnings. '.repeat(3)}On the console the scope started working again.\n`), null, 'told late in a long row, it is the investigation');
  });

  it('reads latency or an error rate starting to fall as the mitigation', () => {
    const at = (rows: string) => findMoments(parsePostmortem(`**Date**: 2026-10-14\n\n## Timeline\n\n- 14:06 Latency alert fires; on-call paged\n${rows}- 14:53 Incident resolved\n`)).mitigated?.time.toISOString().slice(11, 16) ?? null;
    assert.equal(at('- 14:39 Reindex job stopped; latency starts falling.\n'), '14:39');
    assert.equal(at('- 14:39 Error rate began to drop after the cache was warmed\n'), '14:39');
    assert.equal(at('- 14:39 Latency fell back under 200 ms\n'), '14:39');
    assert.equal(at('- 14:39 Waiting until latency starts falling before the next step\n'), null);
  });

  it('reads a monitor that "triggers" as detection and "acks" as the acknowledgement, not a deploy that triggers a rollout', () => {
    const doc = parsePostmortem('**Date**: 2026-10-02\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 08:55 | Routine deployment triggers a gateway pod rollout |\n| 09:12 | 5xx rate crosses 5%; Datadog monitor "gateway-5xx" triggers |\n| 09:15 | Dev Patel acks the page |\n');
    const moments = findMoments(doc);
    assert.deepEqual([moments.detected?.time.toISOString().slice(11, 16), moments.acknowledged?.time.toISOString().slice(11, 16)], ['09:12', '09:15']);
    const present = findMoments(parsePostmortem('**Date**: 2026-10-01\n\n## Timeline\n\n- 09:00 Alert fires\n- 09:05 Kat acks the page\n- 09:29 Kat manually rolls back prow\n- 09:40 Sam closes the incident\n'));
    assert.deepEqual([present.mitigated?.time.toISOString().slice(11, 16), present.resolved?.time.toISOString().slice(11, 16)], ['09:29', '09:40'], 'told in the present tense');
    const hotfix = findMoments(parsePostmortem('**Date**: 2026-10-01\n\n## Timeline\n\n- 09:00 Alert fires\n- 09:05 Kat acks the page\n- 09:31 Kat deploys the hotfix to AWS\n'));
    assert.equal(hotfix.mitigated?.time.toISOString().slice(11, 16), '09:31');
    const support = findMoments(parsePostmortem('**Date**: 2026-10-01\n\n## Timeline\n\n- 06:47 — first support ticket: "my export is blank"\n- 07:10 — @nk picks up the escalation and starts digging\n'));
    assert.equal(findMoments(parsePostmortem('**Date**: 2026-10-01\n\n## Timeline\n\n- 02:00 Feed job fails\n- 07:35 A store manager messages support that prices differ\n')).detected?.time.toISOString().slice(11, 16), '07:35');
    // Told in the present tense; a banner put up to alert users is news of the incident, not its detection.
    assert.equal(findMoments(parsePostmortem('**Date**: 2026-10-01\n\n## Timeline\n\n- 07:54 Team deploys the claims frontend\n- 07:55 Some Discord users notice and post that claims are live\n- 08:09 Claims backend stops responding to traffic\n- 08:10 The hub repopulates routes when it notices they are empty\n- 11:20 Banner is added to the site to alert users of delays\n')).detected?.time.toISOString().slice(11, 16), '07:55');
    assert.equal(findMoments(parsePostmortem('**Date**: 2026-10-01\n\n## Timeline\n\n- 07:55 Users notice errors\n- 08:09 Claims backend stops responding to traffic\n')).acknowledged, null, 'a service that stops responding acknowledges nothing');
    assert.equal(findMoments(parsePostmortem('**Date**: 2026-10-01\n\n## Timeline\n\n- 07:54 Pods evicted\n- 08:10 The hub repopulates routes when it notices they are empty\n')).detected, null, 'software that notices is no detection');
    assert.equal(findMoments(parsePostmortem('**Date**: 2026-10-01\n\n## Timeline\n\n- 07:54 Team deploys the claims frontend\n- 11:20 Banner is added to the site to alert users of delays\n')).detected, null);
    assert.deepEqual([support.detected?.time.toISOString().slice(11, 16), support.acknowledged?.time.toISOString().slice(11, 16)], ['06:47', '07:10']);
  });

  it('shows no stand-in date for a moment whose day is unknown, when its zone moves it past midnight UTC', () => {
    const doc = parsePostmortem('# X\n\n## Timeline\n\n| Time (PST) | Event |\n|---|---|\n| 13:47 | Instance turned off |\n| 20:36 | AWS sends an abuse report |\n');
    const moments = findMoments(doc);
    assert.equal(describeMoment('detected', moments.detected!, moments.started!.time.toISOString().slice(0, 10)), 'Detected 04:36 UTC (line 8, timeline)');
  });

  it('infers every moment from the timeline, each with its row', () => {
    const moments = findMoments(parsePostmortem(TABLE));
    const iso = (name: keyof typeof moments) => moments[name]?.time.toISOString();
    assert.equal(iso('started'), '2026-03-02T10:00:00.000Z');
    assert.equal(iso('detected'), '2026-03-02T10:05:00.000Z');
    assert.equal(iso('acknowledged'), '2026-03-02T10:12:00.000Z');
    assert.equal(iso('mitigated'), '2026-03-02T10:50:00.000Z', 'a decision to roll back is not the rollback');
    assert.equal(iso('resolved'), '2026-03-02T11:30:00.000Z');
    assert.equal(moments.detected?.source, 'timeline');
    assert.equal(moments.detected?.line, 11);
    assert.match(moments.mitigated!.evidence, /Rolled back to v2\.2/);
  });

  it('computes every metric in minutes, from Started by default', () => {
    const metrics = computeMetrics(findMoments(parsePostmortem(TABLE)));
    assert.deepEqual(metrics, { timeToDetect: 5, timeToAcknowledge: 12, timeToMitigate: 50, timeToResolve: 90, duration: 90 });
  });

  it('counts a metric from another moment when configured', () => {
    const config = metricsConfigSchema.parse({ countFrom: { timeToAcknowledge: 'detected', timeToResolve: 'detected' } });
    const metrics = computeMetrics(findMoments(parsePostmortem(TABLE)), config);
    assert.equal(metrics.timeToAcknowledge, 7);
    assert.equal(metrics.timeToResolve, 85);
    assert.equal(metrics.timeToDetect, 5);
    assert.equal(metrics.duration, 90, 'duration always runs Started → Resolved');
  });

  it('prefers fields (bold lines, front matter, table rows) over the timeline, and says so', () => {
    const bold = parsePostmortem(TABLE.replace('**Severity**: P1', '**Severity**: P1  \n**Detected**: 2026-03-02 10:03 UTC  \n**Resolved**: 11:45'));
    const moments = findMoments(bold);
    assert.equal(moments.detected?.time.toISOString(), '2026-03-02T10:03:00.000Z');
    assert.equal(moments.detected?.source, 'field');
    assert.equal(moments.detected?.line, 5);
    assert.equal(moments.resolved?.time.toISOString(), '2026-03-02T11:45:00.000Z', 'a time-only field takes the incident date');

    const front = parsePostmortem(`---\ndate: 2026-03-02\ndetected_at: 2026-03-02T10:01:00Z\nacknowledged_at: "10:02"\n---\n${TABLE.replace(/^# .*\n/, '')}`);
    const fm = findMoments(front);
    assert.equal(fm.detected?.time.toISOString(), '2026-03-02T10:01:00.000Z');
    assert.equal(fm.detected?.line, 3);
    assert.equal(fm.acknowledged?.time.toISOString(), '2026-03-02T10:02:00.000Z');

    const table = parsePostmortem(`| Field | Value |\n| --- | --- |\n| Date | 2026-03-02 |\n| Mitigated at | 10:20 |\n\n${TABLE}`);
    assert.equal(findMoments(table).mitigated?.time.toISOString(), '2026-03-02T10:20:00.000Z');
    assert.equal(findMoments(table).mitigated?.line, 4);
  });

  it('reads a Started field as the incident date too', () => {
    const doc = parsePostmortem('# Outage\n\n**Started**: 2026-04-01 09:58 UTC\n\n## Timeline\n\n- 10:00 Alert fired\n- 10:30 Resolved\n');
    assert.equal(doc.incidentDate, '2026-04-01');
    const record = metricsRecord('x.md', doc);
    assert.deepEqual(record.moments.started, { time: '2026-04-01T09:58:00Z', source: 'field', line: 3 });
    assert.equal(record.metrics.timeToDetect, 2);
    assert.equal(record.metrics.duration, 32);
  });

  it('converts time zones to UTC', () => {
    const doc = parsePostmortem('# Outage\n\n**Date**: 2026-03-02  \n**Detected**: 2026-03-02 2:05 AM PST\n\n## Timeline\n\n- 09:50 UTC Deploy started\n- 10:30 UTC Service restored, resolved\n');
    const moments = findMoments(doc);
    assert.equal(moments.detected?.time.toISOString(), '2026-03-02T10:05:00.000Z');
    assert.equal(computeMetrics(moments).timeToDetect, 15);
  });

  it('rolls over midnight, in the timeline and in time-only fields', () => {
    const doc = parsePostmortem(`# Night\n\n**Date**: 2026-03-02  \n**Resolved**: 01:10\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| 23:40 | Queue depth grew |\n| 23:52 | Alert fired for queue age |\n| 00:20 | Rolled back the consumer |\n`);
    const moments = findMoments(doc);
    assert.equal(moments.started?.time.toISOString(), '2026-03-02T23:40:00.000Z');
    assert.equal(moments.mitigated?.time.toISOString(), '2026-03-03T00:20:00.000Z');
    assert.equal(moments.resolved?.time.toISOString(), '2026-03-03T01:10:00.000Z');
    assert.deepEqual(computeMetrics(moments), { timeToDetect: 12, timeToAcknowledge: null, timeToMitigate: 40, timeToResolve: 90, duration: 90 });
  });

  it('leaves a moment missing when nothing marks it, and skips negated wording', () => {
    const doc = parsePostmortem('# X\n\n**Date**: 2026-03-02\n\n## Timeline\n\n- 10:00 Disk filled up; no alert fired\n- 10:30 Customer reported failed uploads\n- 10:40 Issue not resolved yet\n');
    const moments = findMoments(doc);
    assert.equal(moments.detected?.time.toISOString(), '2026-03-02T10:30:00.000Z');
    assert.equal(moments.acknowledged, null);
    assert.equal(moments.resolved, null);
    assert.deepEqual(computeMetrics(moments).duration, null);
  });

  it('says when a moment has no day (no date in the row or the document)', () => {
    const undated = findMoments(parsePostmortem('# X\n\n## Timeline\n\n- 10:00 Deploy started\n- 10:05 Alert fired\n'));
    assert.equal(undated.detected?.dated, false);
    assert.equal(findMoments(parsePostmortem(TABLE)).detected?.dated, true);
  });

  it('reads list timelines and a heading per entry', () => {
    const doc = parsePostmortem('# X\n\n## Timeline\n\n### 2021-06-28 13:59\n\nPagerDuty alert for API latency.\n\n### 2021-06-28 14:30\n\nFix deployed to all regions.\n\n### 2021-06-28 15:00\n\nIncident resolved.\n');
    const metrics = computeMetrics(findMoments(doc));
    assert.deepEqual(metrics, { timeToDetect: 0, timeToAcknowledge: null, timeToMitigate: 31, timeToResolve: 61, duration: 61 });
  });
});
