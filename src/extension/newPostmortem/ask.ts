// The interactive half of New Postmortem: title, date, severity and template, each with validation and a default.
import * as vscode from 'vscode';
import { validateDate, validateTitle } from '../../core/templates/input';
import { SEVERITY_SCALES, type SeverityLevel, type SeverityScaleId } from '../../core/templates/severity';
import type { PostmortemTemplate } from '../../core/templates/template';

export interface Answers {
  title: string;
  date: string;
  severity: SeverityLevel;
  template: PostmortemTemplate;
}

/** What the command arguments already settled: those steps are skipped. */
export interface Given {
  date: string;
  severity?: SeverityLevel;
  template?: PostmortemTemplate;
}

/** Asks in turn; undefined as soon as the user presses Escape. */
export async function askForNewPostmortem(given: Given, scale: SeverityScaleId, templates: PostmortemTemplate[]): Promise<Answers | undefined> {
  const steps = 2 + (given.severity ? 0 : 1) + (given.template ? 0 : 1);
  let step = 0;
  const stepTitle = () => `New Postmortem (${++step}/${steps})`;

  const title = await vscode.window.showInputBox({
    title: stepTitle(),
    prompt: vscode.l10n.t('Incident title'),
    placeHolder: vscode.l10n.t('e.g. Kubernetes upgrade blocked deployments'),
    ignoreFocusOut: true,
    validateInput: (value) => validateTitle(value) ?? undefined,
  });
  if (title === undefined) return undefined;

  const date = await vscode.window.showInputBox({
    title: stepTitle(),
    prompt: vscode.l10n.t('Incident date (YYYY-MM-DD)'),
    value: given.date,
    ignoreFocusOut: true,
    validateInput: (value) => validateDate(value.trim()) ?? undefined,
  });
  if (date === undefined) return undefined;

  const severity =
    given.severity ??
    (
      await vscode.window.showQuickPick(
        SEVERITY_SCALES[scale].map((level) => ({ label: level.id, description: level.label, detail: level.description, level })),
        { title: stepTitle(), placeHolder: vscode.l10n.t('Severity'), ignoreFocusOut: true },
      )
    )?.level;
  if (severity === undefined) return undefined;

  const template =
    given.template ??
    (
      await vscode.window.showQuickPick(
        templates.map((t) => ({ label: t.label, description: t.source === 'workspace' ? 'workspace' : undefined, detail: t.description, template: t })),
        { title: stepTitle(), placeHolder: vscode.l10n.t('Template'), ignoreFocusOut: true, matchOnDetail: true },
      )
    )?.template;
  if (template === undefined) return undefined;

  return { title: title.trim(), date: date.trim(), severity, template };
}
