// The timeline editor webview in headless Chromium: rendering, editing, keyboard, row actions, undo forwarding, and
// hostile content and messages.
import assert from 'node:assert/strict';
import { clearPosted, fromHost, launch, openWebview, pageErrors, posted, type Browser, type Page } from './browser';

const EVENT_TYPES = ['automated', 'scheduled', 'app event', 'notification', 'human notification', 'operator', 'comms'];

function documentMessage(version = 3, rows: Array<[string, string, string, string | null]> = ROWS) {
  return {
    type: 'document',
    version,
    eventTypes: EVENT_TYPES,
    timelines: [
      {
        kind: 'table',
        label: 'Timeline · table · line 14',
        columns: [
          { name: 'Time', role: 'time' },
          { name: 'Event', role: 'description' },
          { name: 'Type', role: 'eventType' },
        ],
        rows: rows.map(([time, event, type, timeError], i) => ({ cells: [time, event, type], timeError, moments: i === 1 ? ['detected'] : [] })),
      },
      { kind: 'list', label: 'Status updates · list · line 30', columns: [{ name: 'Time', role: 'time' }, { name: 'Event', role: 'description' }], rows: [{ cells: ['09:30', 'Investigating'], timeError: null, moments: [] }] },
    ],
  };
}

const ROWS: Array<[string, string, string, string | null]> = [
  ['09:12', 'Primary database host lost its disk', '`automated`', null],
  ['09:14', 'Error-rate alert fired', '`automated`', null],
  ['9;40', 'Replica promoted by hand', '`operator`', '"9;40" is not a time the timeline can read'],
];

async function cellTexts(page: Page): Promise<string[][]> {
  return page.$$eval('tbody tr', (rows) => rows.map((row) => [...row.querySelectorAll('td .value')].map((cell) => cell.textContent ?? '')));
}

async function focused(page: Page): Promise<[number, number] | null> {
  return page.evaluate(() => {
    const cell = document.activeElement?.closest('td');
    return cell ? [Number(cell.getAttribute('data-row')), Number(cell.getAttribute('data-column'))] : null;
  });
}

/** How many cells have an editor open in them. */
async function editingCells(page: Page): Promise<number> {
  return page.$$eval('td input, td textarea', (editors) => editors.length);
}

async function edits(page: Page): Promise<unknown[]> {
  return (await posted(page)).filter((m) => m.type === 'edit' || m.type === 'undo' || m.type === 'redo').map((m) => (m.type === 'edit' ? m.operation : m.type));
}

describe('timeline editor webview', function () {
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await openWebview(browser);
    await fromHost(page, documentMessage());
  });
  afterEach(async () => {
    const errors = pageErrors.get(page) ?? [];
    await page?.close();
    assert.deepEqual(errors.map((e) => e.message), [], 'the page threw');
  });

  it('says it is ready, renders the table as an ARIA grid and reports what it rendered', async () => {
    const messages = await posted(page);
    assert.deepEqual(messages[0], { type: 'ready' });
    assert.deepEqual(messages.at(-1), { type: 'rendered', version: 3, timeline: 0, rows: 3 });
    assert.deepEqual(await cellTexts(page), ROWS.map((r) => r.slice(0, 3)));
    assert.equal(await page.getAttribute('table', 'role'), 'grid');
    assert.deepEqual(await page.$$eval('th[role=columnheader]', (th) => th.map((h) => h.textContent)), ['#', 'Time', 'Event', 'Type']);
    assert.equal(await page.$$eval('td[tabindex="0"]', (cells) => cells.length), 1, 'one cell in the tab order (roving tabindex)');
  });

  it('marks a time that does not parse, in place, and explains it when the cell is selected', async () => {
    const cell = page.locator('td[data-row="2"][data-column="0"]');
    assert.equal(await cell.getAttribute('aria-invalid'), 'true');
    assert.match((await cell.textContent()) ?? '', /not a time/);
    assert.equal(await page.locator('td[data-row="0"][data-column="0"]').getAttribute('aria-invalid'), null);
    await cell.click();
    assert.match((await page.textContent('#cell-details')) ?? '', /"9;40" is not a time the timeline can read/);
  });

  it('edits a cell in place: Enter to edit, Enter to commit, sent with the document version it was based on', async () => {
    await page.click('td[data-row="1"][data-column="1"]');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Alert fired | paged');
    await page.keyboard.press('Enter');
    const edit = (await posted(page)).find((m) => m.type === 'edit');
    assert.deepEqual(edit, { type: 'edit', version: 3, timeline: 0, operation: { type: 'setCell', row: 1, column: 1, value: 'Alert fired | paged' } });
    assert.deepEqual(await focused(page), [2, 1], 'Enter moves down to the next row');
  });

  it('starts editing by typing, keeps line breaks typed with Shift+Enter, and Escape cancels', async () => {
    await page.click('td[data-row="0"][data-column="1"]');
    await page.keyboard.type('Disk');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('failed');
    await page.keyboard.press('Tab');
    assert.deepEqual(await edits(page), [{ type: 'setCell', row: 0, column: 1, value: 'Disk\nfailed' }]);
    assert.deepEqual(await focused(page), [0, 2]);
    await clearPosted(page);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('F2');
    await page.keyboard.type('never mind');
    await page.keyboard.press('Escape');
    assert.deepEqual(await edits(page), []);
    assert.deepEqual(await focused(page), [0, 1]);
  });

  it('keeps what is being typed when the document changes meanwhile, and sends it against the version the cell showed if that cell changed', async () => {
    await page.click('td[data-row="0"][data-column="1"]');
    await page.keyboard.press('F2');
    await page.keyboard.type('Disk lost');
    await fromHost(page, documentMessage(4));
    assert.equal(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { value?: string } | null } }).document.activeElement?.value), 'Disk lost');
    await page.keyboard.press('Enter');
    await page.keyboard.press('F2');
    await page.keyboard.type('Alert');
    const changed = ROWS.map((row, i): [string, string, string, string | null] => (i === 1 ? [row[0], 'Alert fired (edited in the text)', row[2], row[3]] : row));
    await fromHost(page, documentMessage(5, changed));
    await page.keyboard.press('Enter');
    const sent = (await posted(page)).filter((m) => m.type === 'edit').map((m) => [m.version, m.operation]);
    assert.deepEqual(sent, [
      [4, { type: 'setCell', row: 0, column: 1, value: 'Disk lost' }],
      [4, { type: 'setCell', row: 1, column: 1, value: 'Alert' }],
    ]);
    assert.deepEqual(await cellTexts(page), changed.map((r) => r.slice(0, 3)), 'the grid shows the document once the cell is left');
  });

  it('moves between cells with the arrows, Tab and Shift+Tab', async () => {
    await page.click('td[data-row="0"][data-column="0"]');
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await focused(page), [0, 1]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await focused(page), [2, 1], 'stops at the last row');
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page), [2, 2]);
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), null, 'past the last cell, Tab leaves the grid');
    await page.keyboard.press('Shift+Tab');
    assert.deepEqual(await focused(page), [2, 2], 'and Shift+Tab comes back to the selected cell');
    await page.keyboard.press('Shift+Tab');
    assert.deepEqual(await focused(page), [2, 1]);
    await page.keyboard.press('Home');
    assert.deepEqual(await focused(page), [2, 0]);
    const saved = await page.evaluate(() => (window as unknown as { savedState: unknown }).savedState);
    assert.deepEqual(saved, { timeline: 0, row: 2, column: 0, scrollTop: 0 });
  });

  it('adds, inserts, duplicates, deletes and moves rows from the toolbar and the keyboard', async () => {
    await page.click('td[data-row="1"][data-column="1"]');
    for (const id of ['#insert-above', '#add-row']) {
      await page.click(id);
      await fromHost(page, documentMessage());
    }
    await page.click('td[data-row="1"][data-column="1"]');
    for (const id of ['#insert-below', '#duplicate-row', '#delete-row', '#move-up', '#sort']) {
      await page.click('td[data-row="1"][data-column="1"]');
      await page.click(id);
      await fromHost(page, documentMessage());
    }
    await page.click('td[data-row="1"][data-column="0"]');
    await page.keyboard.press('Alt+ArrowDown');
    await fromHost(page, documentMessage());
    await page.keyboard.press('Control+Enter');
    await fromHost(page, documentMessage());
    await page.keyboard.press('Control+Shift+K');
    assert.deepEqual(await edits(page), [
      { type: 'insertRow', row: 1, where: 'above' },
      { type: 'appendRow' },
      { type: 'insertRow', row: 1, where: 'below' },
      { type: 'duplicateRow', row: 1 },
      { type: 'deleteRow', row: 1 },
      { type: 'moveRow', row: 1, direction: 'up' },
      { type: 'sortByTime' },
      { type: 'moveRow', row: 1, direction: 'down' },
      { type: 'insertRow', row: 2, where: 'below' },
      { type: 'deleteRow', row: 2 },
    ]);
  });

  it('sends one edit at a time: the next waits for the document the first produced', async () => {
    await page.click('td[data-row="0"][data-column="1"]');
    await page.click('#duplicate-row');
    await page.click('#duplicate-row');
    assert.equal((await posted(page)).filter((m) => m.type === 'edit').length, 1);
    await fromHost(page, documentMessage(4));
    const sent = (await posted(page)).filter((m) => m.type === 'edit');
    assert.deepEqual(sent.map((m) => m.version), [3, 4]);
  });

  it('forwards Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y to the document, but not while a cell is being typed in', async () => {
    await page.click('td[data-row="0"][data-column="1"]');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+y');
    assert.deepEqual(await edits(page), ['undo', 'redo', 'redo']);
    await clearPosted(page);
    await page.keyboard.press('F2');
    await page.keyboard.type('x');
    await page.keyboard.press('Control+z');
    assert.deepEqual(await edits(page), []);
  });

  it('lets VS Code see keybindings while a cell is being edited (F1, Ctrl+Shift+P), but not undo, which stays in the cell', async () => {
    // VS Code's webview host listens for keydown on the window, in the bubble phase, and runs the workbench's keybindings.
    await page.evaluate(() => {
      (window as unknown as { seen: string[] }).seen = [];
      window.addEventListener('keydown', (event) => (window as unknown as { seen: string[] }).seen.push(`${event.ctrlKey ? 'Ctrl+' : ''}${event.shiftKey ? 'Shift+' : ''}${event.key}`));
    });
    await page.click('td[data-row="0"][data-column="1"]');
    await page.keyboard.press('F2');
    await page.keyboard.press('F1');
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.press('Control+z');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    assert.deepEqual(seen.filter((key) => key !== 'Control' && key !== 'Ctrl+Control' && key !== 'Ctrl+Shift+Shift' && key !== 'Shift'), ['F1', 'Ctrl+Shift+P']);
    assert.equal(await editingCells(page), 1, 'still editing the cell');
  });

  it('leaves the second key of a VS Code chord (Ctrl+K W) to VS Code instead of typing it into the cell', async () => {
    await page.evaluate(() => {
      (window as unknown as { seen: string[] }).seen = [];
      window.addEventListener('keydown', (event) => (window as unknown as { seen: string[] }).seen.push(event.key));
    });
    await page.click('td[data-row="0"][data-column="1"]');
    await page.keyboard.press('Control+k');
    await page.keyboard.press('w');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    assert.deepEqual(seen.filter((key) => key !== 'Control'), ['k', 'w']);
    assert.equal(await editingCells(page), 0, 'no cell is being edited');
    // The chord is over: typing starts editing again.
    await page.keyboard.press('x');
    assert.equal(await editingCells(page), 1);
  });

  it('hands kubectl output pasted into the table, or the toolbar button, to the paste command; a paste into a cell stays in the cell', async () => {
    const kubectl = 'LAST SEEN   TYPE      REASON    OBJECT        MESSAGE\n70s         Warning   BackOff   pod/web-1     Back-off restarting failed container';
    const paste = (text: string) =>
      page.evaluate((pasted) => {
        const data = new DataTransfer();
        data.setData('text/plain', pasted);
        (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    await page.click('td[data-row="0"][data-column="1"]');
    await clearPosted(page);
    await paste(kubectl);
    assert.deepEqual((await posted(page)).filter((m) => m.type === 'pasteKubectlEvents'), [{ type: 'pasteKubectlEvents', text: kubectl }]);
    await clearPosted(page);
    await page.click('#paste-kubectl');
    assert.deepEqual((await posted(page)).filter((m) => m.type === 'pasteKubectlEvents'), [{ type: 'pasteKubectlEvents' }]);
    await clearPosted(page);
    await page.click('td[data-row="0"][data-column="1"]');
    await page.keyboard.press('F2');
    await paste('09:15');
    await page.keyboard.press('Escape');
    assert.deepEqual((await posted(page)).filter((m) => m.type === 'pasteKubectlEvents'), []);
  });

  it('offers the event types as a dropdown and writes the choice in the table style (backticks)', async () => {
    await page.click('td[data-row="1"][data-column="2"]');
    await page.keyboard.press('F2');
    const options = await page.$$eval('td select option', (o) => o.map((x) => x.textContent));
    assert.deepEqual(options, ['(none)', ...EVENT_TYPES]);
    await page.selectOption('td select', 'comms');
    assert.deepEqual(await edits(page), [{ type: 'setCell', row: 1, column: 2, value: '`comms`' }]);
  });

  it('badges key-moment rows and marks a moment from the row menu, by mouse or keyboard', async () => {
    assert.deepEqual(await page.$$eval('tbody th .moment', (badges) => badges.map((b) => [b.closest('tr')?.getAttribute('aria-rowindex'), b.textContent])), [['3', 'detected']]);
    await page.click('td[data-row="2"][data-column="1"]', { button: 'right' });
    assert.equal(await page.getAttribute('.menu', 'role'), 'menu');
    await page.click('#menu-moment-resolved');
    assert.equal(await page.locator('.menu').count(), 0);
    await fromHost(page, documentMessage());
    await page.click('td[data-row="1"][data-column="1"]');
    await page.keyboard.press('Shift+F10');
    assert.match((await page.textContent('#menu-moment-detected')) ?? '', /✓/, 'the moment the row already holds is ticked');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.deepEqual(await edits(page), [{ type: 'markMoment', row: 2, moment: 'resolved' }, { type: 'markMoment', row: 1, moment: 'detected' }]);
    assert.deepEqual(await focused(page), [1, 1], 'focus returns to the cell');
  });

  it('switches timelines with the picker and offers Convert to table for a list', async () => {
    assert.equal(await page.locator('#convert').count(), 0);
    await page.selectOption('#timeline-picker', '1');
    assert.deepEqual(await cellTexts(page), [['09:30', 'Investigating']]);
    await page.click('#convert');
    const edit = (await posted(page)).find((m) => m.type === 'edit');
    assert.deepEqual([edit?.timeline, edit?.operation], [1, { type: 'convertToTable' }]);
  });

  it('shows hostile cell text as text: no element, no handler, no script runs', async () => {
    const hostile: Array<[string, string, string, string | null]> = [
      ['<img src=x onerror="window.pwned=1">', '<script>window.pwned=2</script>', '<a href="javascript:window.pwned=3">x</a>', '<b onmouseover="window.pwned=4">e</b>'],
    ];
    const message = documentMessage(5, hostile);
    message.timelines[0].label = '<img src=y onerror="window.pwned=5">';
    message.eventTypes = ['<img src=z onerror="window.pwned=6">'];
    await fromHost(page, message);
    assert.deepEqual(await cellTexts(page), [hostile[0].slice(0, 3)]);
    await page.click('td[data-row="0"][data-column="2"]');
    await page.keyboard.press('F2');
    await page.hover('td[data-row="0"][data-column="0"]');
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => document.querySelectorAll('#app img, #app script, #app a, #app b').length), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
  });

  it('ignores malformed host messages and shows a refused edit', async () => {
    for (const bad of [null, 'document', { type: 'document' }, { type: 'document', version: -1, timelines: [], eventTypes: [] }, { type: 'document', version: 9, timelines: [{ kind: 'table' }], eventTypes: [] }, { type: 'unknown' }]) {
      await fromHost(page, bad);
    }
    assert.deepEqual(await cellTexts(page), ROWS.map((r) => r.slice(0, 3)));
    await fromHost(page, { type: 'rejected', reason: 'The document changed before this edit arrived.' });
    assert.equal(await page.textContent('.notice'), 'The document changed before this edit arrived.');
  });

  it('restores the selected cell after the panel was hidden and shown again', async () => {
    const restored = await openWebview(browser, { timeline: 0, row: 2, column: 1, scrollTop: 0 });
    await fromHost(restored, documentMessage());
    assert.deepEqual(await focused(restored), [2, 1]);
    await restored.close();
  });
});
