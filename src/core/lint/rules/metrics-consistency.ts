// Rule: written Duration and Metrics agree with the timeline's key moments, and the moments are in order.
import * as z from '../../zod';
import { utcParts } from '../../timeline/mergeRows';
import { computeMetrics, metricDefinition } from '../../metrics/compute';
import { describeMoment, explainMetric } from '../../metrics/describe';
import { formatMinutesLong } from '../../metrics/duration';
import { writtenValueEdit } from '../../metrics/fill';
import { findMoments } from '../../metrics/moments';
import { METRIC_LABELS, MOMENT_LABELS, MOMENT_NAMES, type Moment, type MomentName } from '../../metrics/types';
import { writtenMetrics } from '../../metrics/written';
import { defineRule } from '../defineRule';

export const metricsConsistency = defineRule({
  id: 'metrics-consistency',
  description: 'The written Duration and metrics agree with the timeline, and the key moments are in order.',
  why: 'Durations typed by hand drift from the timeline they summarise; a wrong time to resolve misleads every report built on it, and a moment out of order (resolved before detected) means one of the times is wrong.',
  tags: ['metrics', 'timeline'],
  defaultLevel: 'warning',
  options: z.strictObject({
    toleranceMinutes: z
      ._default(z.number().check(z.minimum(0)), 5)
      .register(z.globalRegistry, { description: 'How far a written value may be from the computed one, in minutes, before it is reported.' }),
  }),
  check({ doc, options, metrics: config, report }) {
    const moments = findMoments(doc);
    const startDay = moments.started ? utcParts(moments.started.time).date : null;

    const known = MOMENT_NAMES.flatMap((name): Array<{ name: MomentName; moment: Moment }> => (moments[name] ? [{ name, moment: moments[name] }] : []));
    known.forEach(({ name, moment }, i) => {
      const earlier = known.slice(0, i).find((k) => k.moment.time > moment.time);
      if (!earlier) return;
      report({
        range: moment.range,
        message: `${describeMoment(name, moment, startDay)} is before ${describeMoment(earlier.name, earlier.moment, startDay)}; expected ${MOMENT_NAMES.map((n) => MOMENT_LABELS[n]).join(' ≤ ')}: correct one of the times.`,
      });
    });

    const computed = computeMetrics(moments, config);
    for (const written of writtenMetrics(doc)) {
      const minutes = computed[written.metric];
      if (minutes === null || written.parsed === null || minutes < 0) continue;
      if (Math.abs(written.parsed.minutes - minutes) <= options.toleranceMinutes) continue;
      const { from } = metricDefinition(written.metric, config);
      const edit = writtenValueEdit(written, minutes);
      report({
        range: written.field.valueRange,
        actual: written.field.value,
        expected: edit.text,
        message: `${written.field.label} says ${written.field.value} but the timeline gives ${explainMetric(written.metric, minutes, moments, config)}: write ${edit.text}, or correct the times.`,
        note: `${METRIC_LABELS[written.metric]} is counted from ${MOMENT_LABELS[from]} (set "metrics.countFrom" in .postmortemrc.json to change it); the difference is ${formatMinutesLong(Math.abs(written.parsed.minutes - minutes))}, more than the tolerance of ${options.toleranceMinutes} minutes.`,
        suggestions: [{ title: `Write ${edit.text} (from the timeline)`, edit }],
      });
    }
  },
});
