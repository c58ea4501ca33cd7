// The templates shipped with the extension: Markdown files in templates/, bundled as text.
import gitops from '../../../templates/gitops.md';
import gdsIncidentReport from '../../../templates/gds-incident-report.md';
import short from '../../../templates/short.md';
import type { PostmortemTemplate } from './template';

export const DEFAULT_TEMPLATE = 'gitops';

export const builtinTemplates: readonly PostmortemTemplate[] = [
  {
    name: 'gitops',
    label: 'Full postmortem (GitOps / SRE)',
    description: 'Overview, timeline, impact, root cause, what worked, owned and dated actions, lessons, metrics, sign-off',
    text: gitops,
    source: 'builtin',
  },
  {
    name: 'gds-incident-report',
    label: 'Incident report (GDS)',
    description: 'Metadata table, typed timeline, then a retro section of review questions and "Action : owner" items',
    text: gdsIncidentReport,
    source: 'builtin',
  },
  {
    name: 'short',
    label: 'Short postmortem',
    description: 'Summary, impact, timeline, root cause, actions taken, lessons learned, action items',
    text: short,
    source: 'builtin',
  },
];
