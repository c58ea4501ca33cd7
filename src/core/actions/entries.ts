// An action item together with the postmortem it belongs to: what the tree, the CLI and the exports list.
import { metadataValue } from '../model/parse';
import type { ActionItem, PostmortemDocument } from '../model/types';

export interface PostmortemSummary {
  /** How the file is shown to the user (a workspace-relative path); also the key of the postmortem. */
  file: string;
  title: string;
  incidentId: string | null;
  severity: string | null;
  /** YYYY-MM-DD, or null. */
  incidentDate: string | null;
}

export interface ActionEntry {
  /** Unique in a workspace: file and the item's index in it, so a tree element survives re-sorting. */
  id: string;
  postmortem: PostmortemSummary;
  item: ActionItem;
}

/** The file name without folders and extension, as a title for a postmortem without one. */
function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.(md|markdown)$/i, '');
}

export function summarizePostmortem(file: string, doc: PostmortemDocument): PostmortemSummary {
  return {
    file,
    title: metadataValue(doc.metadata, 'title')?.value || baseName(file),
    incidentId: metadataValue(doc.metadata, 'incidentId')?.value || null,
    severity: metadataValue(doc.metadata, 'severity')?.value || null,
    incidentDate: doc.incidentDate,
  };
}

export function actionEntries(file: string, doc: PostmortemDocument): ActionEntry[] {
  const postmortem = summarizePostmortem(file, doc);
  return doc.actionItems.map((item, index) => ({ id: `${file}#${index}`, postmortem, item }));
}
