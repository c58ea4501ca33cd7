// SARIF 2.1.0 output of `postmortem lint`, so code-scanning UIs (GitHub, Azure DevOps) show findings on the right lines.
import type { LintRule, Severity } from '../types';
import type { LocatedFinding } from './located';

export interface SarifRuleInfo {
  id: string;
  description: string;
  why: string;
  docsUrl: string;
  defaultLevel: LintRule['defaultLevel'];
}

const SARIF_LEVEL: Record<Severity | 'off', 'error' | 'warning' | 'note' | 'none'> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/** SARIF wants URIs: relative paths stay relative (to the repository root, as code scanning expects), with forward slashes. */
function artifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const encoded = slashed.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encoded.replace('%3A', ':')}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

export function formatSarif(findings: readonly LocatedFinding[], rules: readonly SarifRuleInfo[], tool: { version: string; informationUri: string }): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postmortem',
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.why },
              helpUri: rule.docsUrl,
              help: { text: `${rule.why} See ${rule.docsUrl}` },
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultLevel] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.rule,
          ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(f.file) },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
          // SARIF fix objects, so code-scanning review bots can propose the rewrite on the pull request.
          ...(f.suggestions.length > 0
            ? {
                fixes: f.suggestions.map((s) => ({
                  description: { text: s.title },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: artifactUri(f.file) },
                      replacements: s.edits.map((e) => ({
                        deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
                        insertedContent: { text: e.newText },
                      })),
                    },
                  ],
                })),
              }
            : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
