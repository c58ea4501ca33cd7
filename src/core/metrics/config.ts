// The `metrics` part of `.postmortemrc.json`: which moment each metric is counted from.
import { z } from 'zod';
import { MOMENT_NAMES } from './types';

const momentSchema = z.enum(MOMENT_NAMES);

export const metricsConfigSchema = z
  .strictObject({
    countFrom: z
      .strictObject({
        timeToDetect: momentSchema.default('started'),
        timeToAcknowledge: momentSchema.default('started'),
        timeToMitigate: momentSchema.default('started'),
        timeToResolve: momentSchema.default('started'),
      })
      .prefault({})
      .describe('The moment each metric is counted from. Default: Started for all, as FireHydrant and Rootly count; PagerDuty counts acknowledgement from the alert ("timeToAcknowledge": "detected"). Duration always runs from Started to Resolved.'),
  })
  .describe('How incident metrics (time to detect, acknowledge, mitigate, resolve) are computed from the key moments.');

export type MetricsConfig = z.output<typeof metricsConfigSchema>;

export function defaultMetricsConfig(): MetricsConfig {
  return metricsConfigSchema.parse({});
}
