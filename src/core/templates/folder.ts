// Keeps New Postmortem's target folder inside the workspace: the setting is workspace-controlled text.

/**
 * The `postmortem.folder` setting as a normalised relative path inside the workspace folder, or null when it is
 * absolute or climbs out of it (`../../x`), which a workspace setting could otherwise use to write anywhere.
 */
export function folderInsideWorkspace(setting: string): string | null {
  const trimmed = setting.trim();
  if (trimmed === '') return 'postmortems';
  if (/^(?:[\\/]|[A-Za-z]:)/u.test(trimmed) || /[\u0000-\u001f]/u.test(trimmed)) return null;
  const segments: string[] = [];
  for (const segment of trimmed.split(/[\\/]+/u)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length === 0 ? null : segments.join('/');
}
