// Keyboard chords the timeline editor handles itself, platform-aware (Cmd on macOS, Ctrl elsewhere).
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

function primary(event: KeyboardEvent): boolean {
  return isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}

/** Undo and redo of the document: Ctrl/Cmd+Z; Ctrl/Cmd+Shift+Z or Ctrl+Y. */
export function undoRedoKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  const key = event.key.toLowerCase();
  if (event.altKey) return null;
  if (primary(event) && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (event.ctrlKey && !event.metaKey && !event.shiftKey && key === 'y') return 'redo';
  return null;
}

export function isPrimary(event: KeyboardEvent): boolean {
  return primary(event);
}

/** A key that types a character (starts editing a cell with it, as a spreadsheet does). */
export function isTypingKey(event: KeyboardEvent): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Ctrl/Cmd+K: the first key of a VS Code chord ("Ctrl+K W" closes the editors); the next key is VS Code's. */
export function isChordStart(event: KeyboardEvent): boolean {
  return primary(event) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k';
}

const MODIFIERS = new Set(['Control', 'Meta', 'Shift', 'Alt']);

/** A modifier pressed on its own, on the way to a chord's second key. */
export function isModifierKey(event: KeyboardEvent): boolean {
  return MODIFIERS.has(event.key);
}
