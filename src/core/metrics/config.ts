// The `metrics` part of `.postmortemrc.json`: which moment each metric is counted from.
import * as z from '../zod';
import { MOMENT_NAMES } from './types';

const momentSchema = z.enum(MOMENT_NAMES);

export const metricsConfigSchema = z
  .strictObject({
    countFrom: z
      .prefault(
        z.strictObject({
          timeToDetect: z._default(momentSchema, 'started'),
          timeToAcknowledge: z._default(momentSchema, 'started'),
          timeToMitigate: z._default(momentSchema, 'started'),
          timeToResolve: z._default(momentSchema, 'started'),
        }),
        {},
      )
      .register(z.globalRegistry, { description: 'The moment each metric is counted from. Default: Started for all, as FireHydrant and Rootly count; PagerDuty counts acknowledgement from the alert ("timeToAcknowledge": "detected"). Duration always runs from Started to Resolved.' }),
  })
  .register(z.globalRegistry, { description: 'How incident metrics (time to detect, acknowledge, mitigate, resolve) are computed from the key moments.' });

export type MetricsConfig = z.output<typeof metricsConfigSchema>;

export function defaultMetricsConfig(): MetricsConfig {
  return metricsConfigSchema.parse({});
}
