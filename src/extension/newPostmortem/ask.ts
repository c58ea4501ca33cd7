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

const STEPS = 4;

function stepTitle(step: number): string {
  return `New Postmortem (${step}/${STEPS})`;
}

/** Asks in turn; undefined as soon as the user presses Escape. */
export async function askForNewPostmortem(
  today: string,
  scale: SeverityScaleId,
  templates: PostmortemTemplate[],
): Promise<Answers | undefined> {
  const title = await vscode.window.showInputBox({
    title: stepTitle(1),
    prompt: 'Incident title',
    placeHolder: 'e.g. Kubernetes upgrade blocked deployments',
    ignoreFocusOut: true,
    validateInput: (value) => validateTitle(value) ?? undefined,
  });
  if (title === undefined) return undefined;

  const date = await vscode.window.showInputBox({
    title: stepTitle(2),
    prompt: 'Incident date (YYYY-MM-DD)',
    value: today,
    ignoreFocusOut: true,
    validateInput: (value) => validateDate(value.trim()) ?? undefined,
  });
  if (date === undefined) return undefined;

  const severity = await vscode.window.showQuickPick(
    SEVERITY_SCALES[scale].map((level) => ({ label: level.id, description: level.label, detail: level.description, level })),
    { title: stepTitle(3), placeHolder: 'Severity', ignoreFocusOut: true },
  );
  if (severity === undefined) return undefined;

  const template = await vscode.window.showQuickPick(
    templates.map((t) => ({
      label: t.label,
      description: t.source === 'workspace' ? 'workspace' : undefined,
      detail: t.description,
      template: t,
    })),
    { title: stepTitle(4), placeHolder: 'Template', ignoreFocusOut: true, matchOnDetail: true },
  );
  if (template === undefined) return undefined;

  return { title: title.trim(), date: date.trim(), severity: severity.level, template: template.template };
}
