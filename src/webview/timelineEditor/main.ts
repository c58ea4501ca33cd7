// The timeline editor webview: shows the host's timelines as an ARIA grid and sends intents; it never edits text itself.
import * as z from 'zod/mini';
import { hostMessageSchema, type HostMessage, type TimelineView, type WebviewMessage } from '../../core/timelineEdit/protocol';
import type { TimelineEditOperation } from '../../core/timelineEdit/edit';
import { button, element } from './dom';
import { isChordStart, isModifierKey, isPrimary, isTypingKey, undoRedoKey } from './keys';
import { openMenu } from './menu';
import './style.css';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type DocumentMessage = Extract<HostMessage, { type: 'document' }>;

/** What survives the panel being hidden and shown again (the webview is not kept alive while hidden). */
const position = z.int().check(z.minimum(0));
const savedStateSchema = z.object({ timeline: position, row: position, column: position, scrollTop: z.number().check(z.minimum(0)) });

interface Editing {
  row: number;
  column: number;
  original: string;
  /** The document version the cell was opened on. */
  version: number;
  input: HTMLTextAreaElement | HTMLSelectElement;
  done: boolean;
}

class TimelineEditor {
  private doc: DocumentMessage | null = null;
  private timeline = 0;
  private row = 0;
  private column = 0;
  private editing: Editing | null = null;
  /** Ctrl/Cmd+K was pressed on the grid: the next key completes a VS Code chord. */
  private chordPending = false;
  /** One edit at a time: the next waits for the document it produced, so each is made against the version it names. */
  private inFlight = false;
  private readonly queued: TimelineEditOperation[] = [];
  private readonly toolbar = element('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Timeline rows' });
  private readonly notice = element('div', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  /** The selected cell's problem, in words (a time that does not parse). */
  private readonly details = element('div', { class: 'details', id: 'cell-details' });
  private readonly scroller = element('div', { class: 'scroller' });
  private grid: HTMLTableElement | null = null;

  constructor(
    private readonly vscode: VsCodeApi,
    root: HTMLElement,
  ) {
    const saved = savedStateSchema.safeParse(vscode.getState());
    if (saved.success) {
      ({ timeline: this.timeline, row: this.row, column: this.column } = saved.data);
      this.pendingScroll = saved.data.scrollTop;
    }
    root.replaceChildren(this.toolbar, this.notice, this.details, this.scroller);
    this.scroller.addEventListener('scroll', () => this.saveState(), { passive: true });
    window.addEventListener('message', (event: MessageEvent) => this.receive(event.data));
    // Capture phase, before VS Code's own webview key handling sees the chord and undoes inside the page instead.
    window.addEventListener('keydown', (event) => this.undoRedo(event), true);
    // Pasting outside a cell being edited: kubectl output becomes timeline rows, as the paste command makes them.
    window.addEventListener('paste', (event) => {
      if (this.editing) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      event.preventDefault();
      this.vscode.postMessage({ type: 'pasteKubectlEvents', text });
    });
    vscode.postMessage({ type: 'ready' });
  }

  private pendingScroll = 0;
  private renderedVersion = -1;

  private receive(raw: unknown): void {
    const parsed = hostMessageSchema.safeParse(raw);
    if (!parsed.success) {
      console.warn('timeline editor: ignored a malformed message from the host', parsed.error.issues.map((i) => i.message).join('; '));
      return;
    }
    const message = parsed.data;
    if (message.type === 'rejected') {
      this.showNotice(message.reason);
      this.queued.length = 0;
      return;
    }
    const first = this.doc === null;
    this.doc = message;
    // Redrawing now would throw away what is being typed: the grid is redrawn when the cell is left.
    if (this.editing) {
      this.inFlight = false;
      const next = this.queued.shift();
      if (next) this.send(next);
      return;
    }
    if (message.select !== undefined) {
      this.timeline = message.select;
      this.row = 0;
      this.column = 0;
    }
    this.inFlight = false;
    this.render(first);
    const next = this.queued.shift();
    if (next) this.send(next);
  }

  private get current(): TimelineView | undefined {
    return this.doc?.timelines[this.timeline];
  }

  private showNotice(text: string): void {
    this.notice.textContent = text;
    this.notice.classList.toggle('visible', text !== '');
  }

  private saveState(): void {
    this.vscode.setState({ timeline: this.timeline, row: this.row, column: this.column, scrollTop: this.scroller.scrollTop });
  }

  private send(operation: TimelineEditOperation, basedOn?: number): void {
    if (!this.doc) return;
    if (this.inFlight) {
      this.queued.push(operation);
      return;
    }
    this.inFlight = true;
    this.showNotice('');
    this.vscode.postMessage({ type: 'edit', version: basedOn ?? this.doc.version, timeline: this.timeline, operation });
  }

  private undoRedo(event: KeyboardEvent): void {
    const action = undoRedoKey(event);
    // While a cell is being edited, undo belongs to the text being typed.
    if (!action || this.editing) return;
    event.preventDefault();
    event.stopPropagation();
    this.vscode.postMessage({ type: action });
  }

  // ---- rendering ----

  private render(first: boolean): void {
    const doc = this.doc;
    if (!doc) return;
    this.renderedVersion = doc.version;
    if (this.timeline >= doc.timelines.length) this.timeline = 0;
    const timeline = this.current;
    const hadFocus = this.grid?.contains(document.activeElement) ?? false;
    this.renderToolbar();
    if (!timeline) {
      this.grid = null;
      this.scroller.replaceChildren(element('p', { class: 'empty' }, 'This document has no timeline yet: add a table with a Time column under a "Timeline" heading, or a list of times.'));
      this.report();
      return;
    }
    this.row = Math.min(this.row, Math.max(0, timeline.rows.length - 1));
    this.column = Math.min(this.column, timeline.columns.length - 1);
    const scrollTop = first ? this.pendingScroll : this.scroller.scrollTop;
    this.grid = this.renderGrid(timeline);
    this.scroller.replaceChildren(this.grid);
    this.scroller.scrollTop = scrollTop;
    if (hadFocus || first) this.focusCell(!first);
    this.showDetails();
    this.report();
  }

  private report(): void {
    if (!this.doc) return;
    this.vscode.postMessage({ type: 'rendered', version: this.doc.version, timeline: this.current ? this.timeline : null, rows: this.current?.rows.length ?? 0 });
  }

  private renderToolbar(): void {
    const doc = this.doc!;
    const timeline = this.current;
    const items: HTMLElement[] = [];
    if (doc.timelines.length > 1) {
      const picker = element('select', { id: 'timeline-picker', 'aria-label': 'Timeline' });
      doc.timelines.forEach((t, i) => {
        const option = element('option', { value: String(i) }, t.label);
        option.selected = i === this.timeline;
        picker.append(option);
      });
      picker.addEventListener('change', () => {
        this.timeline = Number(picker.value);
        this.row = 0;
        this.column = 0;
        this.render(false);
        this.saveState();
      });
      items.push(picker);
    } else if (timeline) {
      items.push(element('span', { class: 'label' }, timeline.label));
    }
    if (timeline) {
      const hasRows = timeline.rows.length > 0;
      const rowButtons: Array<[string, string, string, () => void, boolean]> = [
        ['add-row', '+ Row', 'Add a row at the end', () => this.rowAction('appendRow'), true],
        ['insert-above', 'Insert above', 'Insert a row above the selected one (Ctrl+Shift+Enter)', () => this.rowAction('insertAbove'), hasRows],
        ['insert-below', 'Insert below', 'Insert a row below the selected one (Ctrl+Enter)', () => this.rowAction('insertBelow'), hasRows],
        ['duplicate-row', 'Duplicate', 'Duplicate the selected row (Ctrl+D)', () => this.rowAction('duplicate'), hasRows],
        ['delete-row', 'Delete', 'Delete the selected row (Ctrl+Shift+K)', () => this.rowAction('delete'), hasRows],
        ['move-up', '↑', 'Move the selected row up (Alt+Up)', () => this.rowAction('up'), hasRows],
        ['move-down', '↓', 'Move the selected row down (Alt+Down)', () => this.rowAction('down'), hasRows],
        ['sort', 'Sort by time', 'Sort the rows by time (one undoable edit)', () => this.send({ type: 'sortByTime' }), timeline.rows.length > 1],
        ['row-menu', 'Key moment…', 'Mark the selected row as when the incident started, was detected, acknowledged, mitigated or resolved (Shift+F10)', () => this.openRowMenu(null), hasRows],
      ];
      for (const [id, label, title, action, enabled] of rowButtons) {
        const node = button(label, title, action, id);
        node.disabled = !enabled;
        items.push(node);
      }
      items.push(button('Paste kubectl events', 'Merge kubectl events from the clipboard into this timeline, in time order and UTC (or press Ctrl+V here)', () => this.vscode.postMessage({ type: 'pasteKubectlEvents' }), 'paste-kubectl'));
      if (timeline.kind === 'table') items.push(button('Format table', 'Pad the cells so the borders line up (wide characters count double)', () => this.send({ type: 'formatTable' }), 'format'));
      else items.push(button('Convert to table', 'Rewrite this timeline as a Time | Event table', () => this.send({ type: 'convertToTable' }), 'convert'));
    }
    this.toolbar.replaceChildren(...items);
  }

  private renderGrid(timeline: TimelineView): HTMLTableElement {
    const grid = element('table', { role: 'grid', 'aria-label': timeline.label, 'aria-rowcount': String(timeline.rows.length + 1), 'aria-colcount': String(timeline.columns.length) });
    const head = element('thead');
    const headRow = element('tr', { role: 'row', 'aria-rowindex': '1' });
    headRow.append(element('th', { class: 'number', role: 'columnheader' }, '#'));
    timeline.columns.forEach((column, c) => headRow.append(element('th', { role: 'columnheader', 'aria-colindex': String(c + 1) }, column.name)));
    head.append(headRow);
    const body = element('tbody');
    timeline.rows.forEach((row, r) => {
      const tr = element('tr', { role: 'row', 'aria-rowindex': String(r + 2) });
      const header = element('th', { class: 'number', role: 'rowheader' }, String(r + 1));
      // Rows holding a key moment (their time is in the Detected, Resolved… field) are badged.
      for (const moment of row.moments) header.append(element('span', { class: `moment moment-${moment}`, title: `${moment} (key moment)` }, moment));
      tr.append(header);
      timeline.columns.forEach((column, c) => {
        const selected = r === this.row && c === this.column;
        const td = element('td', { role: 'gridcell', tabindex: selected ? '0' : '-1', 'aria-colindex': String(c + 1), 'aria-selected': String(selected), 'data-row': String(r), 'data-column': String(c) });
        td.classList.add(`role-${column.role}`);
        td.append(element('span', { class: 'value' }, row.cells[c] ?? ''));
        if (column.role === 'time' && row.timeError) {
          const id = `time-error-${r}`;
          td.classList.add('invalid');
          td.setAttribute('aria-invalid', 'true');
          td.setAttribute('aria-describedby', id);
          td.title = row.timeError;
          td.append(element('span', { class: 'error-mark', 'aria-hidden': 'true' }, '⚠ not a time'), element('span', { class: 'visually-hidden', id }, row.timeError));
        }
        tr.append(td);
      });
      body.append(tr);
    });
    grid.append(head, body);
    grid.addEventListener('keydown', (event) => this.gridKey(event));
    grid.addEventListener('click', (event) => {
      const cell = (event.target as HTMLElement).closest('td');
      if (cell && !this.editing) this.select(Number(cell.dataset.row), Number(cell.dataset.column));
    });
    grid.addEventListener('contextmenu', (event) => {
      const cell = (event.target as HTMLElement).closest('td');
      if (!cell || this.editing) return;
      event.preventDefault();
      this.select(Number(cell.dataset.row), Number(cell.dataset.column));
      this.openRowMenu([event.clientX, event.clientY]);
    });
    grid.addEventListener('dblclick', (event) => {
      const cell = (event.target as HTMLElement).closest('td');
      if (cell && !this.editing) this.startEditing(null);
    });
    return grid;
  }

  private cellAt(row: number, column: number): HTMLTableCellElement | null {
    return this.grid?.querySelector<HTMLTableCellElement>(`td[data-row="${row}"][data-column="${column}"]`) ?? null;
  }

  private focusCell(scroll: boolean): void {
    const cell = this.cellAt(this.row, this.column);
    cell?.focus({ preventScroll: !scroll });
  }

  private select(row: number, column: number): void {
    const timeline = this.current;
    if (!timeline || timeline.rows.length === 0) return;
    const previous = this.cellAt(this.row, this.column);
    previous?.setAttribute('tabindex', '-1');
    previous?.setAttribute('aria-selected', 'false');
    this.row = Math.max(0, Math.min(row, timeline.rows.length - 1));
    this.column = Math.max(0, Math.min(column, timeline.columns.length - 1));
    const cell = this.cellAt(this.row, this.column);
    cell?.setAttribute('tabindex', '0');
    cell?.setAttribute('aria-selected', 'true');
    cell?.focus();
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.showDetails();
    this.saveState();
  }

  private showDetails(): void {
    const row = this.current?.rows[this.row];
    const text = row && this.current?.columns[this.column]?.role === 'time' ? (row.timeError ?? '') : '';
    this.details.textContent = text;
    this.details.classList.toggle('visible', text !== '');
  }

  // ---- keyboard ----

  private gridKey(event: KeyboardEvent): void {
    if (this.editing) return;
    // A VS Code chord's second key is VS Code's, not a letter to type into the cell.
    if (this.chordPending) {
      if (!isModifierKey(event)) this.chordPending = false;
      return;
    }
    if (isChordStart(event)) {
      this.chordPending = true;
      return;
    }
    const timeline = this.current;
    if (!timeline || timeline.rows.length === 0) return;
    const last = timeline.columns.length - 1;
    let handled = true;
    if (event.altKey && event.key === 'ArrowUp') this.rowAction('up');
    else if (event.altKey && event.key === 'ArrowDown') this.rowAction('down');
    else if (isPrimary(event) && event.key === 'Enter') this.rowAction(event.shiftKey ? 'insertAbove' : 'insertBelow');
    else if (isPrimary(event) && event.key.toLowerCase() === 'd') this.rowAction('duplicate');
    else if (isPrimary(event) && event.shiftKey && event.key.toLowerCase() === 'k') this.rowAction('delete');
    else if (event.key === 'ArrowUp') this.select(this.row - 1, this.column);
    else if (event.key === 'ArrowDown') this.select(this.row + 1, this.column);
    else if (event.key === 'ArrowLeft') this.select(this.row, this.column - 1);
    else if (event.key === 'ArrowRight') this.select(this.row, this.column + 1);
    else if (event.key === 'Home') this.select(isPrimary(event) ? 0 : this.row, 0);
    else if (event.key === 'End') this.select(isPrimary(event) ? timeline.rows.length - 1 : this.row, last);
    else if (event.key === 'Tab') handled = this.tab(event.shiftKey);
    else if (event.key === 'Enter' || event.key === 'F2') this.startEditing(null);
    else if (event.key === 'Delete' || event.key === 'Backspace') this.commitValue(this.row, this.column, '');
    else if ((event.shiftKey && event.key === 'F10') || event.key === 'ContextMenu') this.openRowMenu(null);
    else if (isTypingKey(event)) this.startEditing(event.key);
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  /** Tab and Shift+Tab walk the cells row by row; past the last cell, focus leaves the grid as usual. */
  private tab(back: boolean): boolean {
    const timeline = this.current!;
    const width = timeline.columns.length;
    const position = this.row * width + this.column + (back ? -1 : 1);
    if (position < 0 || position >= timeline.rows.length * width) return false;
    this.select(Math.floor(position / width), position % width);
    return true;
  }

  private openRowMenu(at: [number, number] | null): void {
    const timeline = this.current;
    const cell = this.cellAt(this.row, this.column);
    if (!timeline || !cell) return;
    const row = this.row;
    const moments = (['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const).map((moment) => ({
      id: `moment-${moment}`,
      label: `Mark as ${moment}${timeline.rows[row].moments.includes(moment) ? ' ✓' : ''}`,
      run: () => this.send({ type: 'markMoment', row, moment }),
    }));
    const actions = [
      { id: 'insert-above', label: 'Insert row above', run: () => this.rowAction('insertAbove') },
      { id: 'insert-below', label: 'Insert row below', run: () => this.rowAction('insertBelow') },
      { id: 'duplicate', label: 'Duplicate row', run: () => this.rowAction('duplicate') },
      { id: 'delete', label: 'Delete row', run: () => this.rowAction('delete') },
    ];
    const box = cell.getBoundingClientRect();
    openMenu([...moments, ...actions], at?.[0] ?? box.left, at?.[1] ?? box.bottom, cell, `Row ${row + 1}`);
  }

  private rowAction(action: 'appendRow' | 'insertAbove' | 'insertBelow' | 'duplicate' | 'delete' | 'up' | 'down'): void {
    const timeline = this.current;
    if (!timeline) return;
    const row = this.row;
    const count = timeline.rows.length;
    switch (action) {
      case 'appendRow':
        this.send({ type: 'appendRow' });
        this.row = count;
        break;
      case 'insertAbove':
        this.send({ type: 'insertRow', row, where: 'above' });
        break;
      case 'insertBelow':
        this.send({ type: 'insertRow', row, where: 'below' });
        this.row = row + 1;
        break;
      case 'duplicate':
        this.send({ type: 'duplicateRow', row });
        this.row = row + 1;
        break;
      case 'delete':
        this.send({ type: 'deleteRow', row });
        break;
      case 'up':
        if (row === 0) return;
        this.send({ type: 'moveRow', row, direction: 'up' });
        this.row = row - 1;
        break;
      case 'down':
        if (row >= count - 1) return;
        this.send({ type: 'moveRow', row, direction: 'down' });
        this.row = row + 1;
        break;
    }
    // The grid is redrawn when the document comes back; keep the keyboard in it.
    this.grid?.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    this.saveState();
  }

  // ---- editing a cell ----

  private startEditing(typed: string | null): void {
    const timeline = this.current;
    const cell = this.cellAt(this.row, this.column);
    if (!timeline || !cell) return;
    const original = timeline.rows[this.row].cells[this.column] ?? '';
    const role = timeline.columns[this.column].role;
    const input = role === 'eventType' && typed === null ? this.typeSelect(original) : this.textInput(typed ?? original);
    const editing: Editing = { row: this.row, column: this.column, original, version: this.doc!.version, input, done: false };
    this.editing = editing;
    cell.classList.add('editing');
    cell.replaceChildren(input);
    input.focus();
    if (input instanceof HTMLTextAreaElement) {
      if (typed === null) input.select();
      else input.setSelectionRange(input.value.length, input.value.length);
    }
    input.addEventListener('keydown', (event) => this.editKey(event as KeyboardEvent, editing));
    input.addEventListener('blur', () => this.finishEditing(editing, true, null));
    if (input instanceof HTMLSelectElement) input.addEventListener('change', () => this.finishEditing(editing, true, null));
  }

  private textInput(value: string): HTMLTextAreaElement {
    const input = element('textarea', { class: 'cell-input', 'aria-label': this.cellLabel(), rows: String(Math.max(1, value.split('\n').length)) });
    input.value = value;
    input.addEventListener('input', () => {
      input.rows = Math.max(1, input.value.split('\n').length);
    });
    return input;
  }

  /** The event type as a dropdown of the configured types, written in the table's style (`automated` in backticks or not). */
  private typeSelect(original: string): HTMLSelectElement {
    const input = element('select', { class: 'cell-input', 'aria-label': this.cellLabel() });
    const bare = original.replace(/^`|`$/g, '');
    const types = [...this.doc!.eventTypes];
    if (bare !== '' && !types.includes(bare)) types.unshift(bare);
    input.append(element('option', { value: '' }, '(none)'));
    for (const type of types) {
      const option = element('option', { value: type }, type);
      option.selected = type === bare;
      input.append(option);
    }
    return input;
  }

  private cellLabel(): string {
    const timeline = this.current!;
    return `${timeline.columns[this.column].name}, row ${this.row + 1}`;
  }

  private editKey(event: KeyboardEvent, editing: Editing): void {
    let move: [number, number] | null = null;
    if (event.key === 'Escape') {
      this.finishEditing(editing, false, [editing.row, editing.column]);
    } else if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      move = [editing.row + 1, editing.column];
    } else if (event.key === 'Tab') {
      const width = this.current!.columns.length;
      const position = editing.row * width + editing.column + (event.shiftKey ? -1 : 1);
      const rows = this.current!.rows.length;
      const clamped = Math.max(0, Math.min(position, rows * width - 1));
      move = [Math.floor(clamped / width), clamped % width];
    } else {
      // Undo and redo belong to the text being typed: VS Code's webview host, listening on the window, would take them
      // to the document. Every other key goes on to it, so F1, Ctrl+Shift+P, Ctrl+S and the other keybindings still work
      // while a cell is being edited (the grid's own keys ignore it while editing).
      if (undoRedoKey(event) !== null) event.stopPropagation();
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (move) this.finishEditing(editing, true, move);
  }

  private finishEditing(editing: Editing, commit: boolean, moveTo: [number, number] | null): void {
    if (editing.done) return;
    editing.done = true;
    this.editing = null;
    const raw = editing.input.value;
    const value = editing.input instanceof HTMLSelectElement && raw !== '' && (editing.original.startsWith('`') || this.typesUseBackticks()) ? `\`${raw}\`` : raw;
    const cell = this.cellAt(editing.row, editing.column);
    if (cell) {
      cell.classList.remove('editing');
      // Shows the typed value until the document comes back with it.
      cell.replaceChildren(element('span', { class: 'value' }, commit ? value : editing.original));
    }
    if (commit && value !== editing.original) {
      // When the document changed under the open cell, the edit goes out against the version the cell showed, and
      // the host refuses it if that cell is no longer what the user saw; otherwise it applies to the current version.
      const current = this.current?.rows[editing.row]?.cells[editing.column];
      this.send({ type: 'setCell', row: editing.row, column: editing.column, value }, current === editing.original ? undefined : editing.version);
    }
    if (this.renderedVersion !== this.doc?.version) this.render(false);
    if (moveTo) this.select(moveTo[0], moveTo[1]);
  }

  private typesUseBackticks(): boolean {
    const timeline = this.current!;
    const column = timeline.columns.findIndex((c) => c.role === 'eventType');
    return timeline.rows.some((row) => row.cells[column]?.startsWith('`'));
  }

  private commitValue(row: number, column: number, value: string): void {
    if (this.current?.rows[row]?.cells[column] === value) return;
    this.send({ type: 'setCell', row, column, value });
  }
}

new TimelineEditor(acquireVsCodeApi(), document.getElementById('app')!);
