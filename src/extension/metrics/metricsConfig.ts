// The metrics configuration of a document: `metrics.countFrom` from the nearest `.postmortemrc.json`.
import type * as vscode from 'vscode';
import type { MetricsConfig } from '../../core/metrics/config';
import type { LintConfigLoader } from '../diagnostics/lintConfig';

export class MetricsConfigSource {
  constructor(private readonly loader: LintConfigLoader) {}

  async configFor(uri: vscode.Uri): Promise<MetricsConfig> {
    return (await this.loader.configFor(uri)).metrics;
  }
}
