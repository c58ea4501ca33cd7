// Taking bracketed asides out of short labels and names, in one pass: an expression looking for the closing bracket
// from every opening one reads a line of unclosed brackets once per bracket.

/**
 * `text` without each aside from a `(` to the first `)` after it, brackets included ("Time to detect (minutes)" →
 * "Time to detect "); an unclosed `(` stays, and so does the text after it. What `text.replace(/\([^)]*\)/g, '')` gives.
 */
export function withoutAsides(text: string): string {
  let kept = '';
  let from = 0;
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', from)) {
    const close = text.indexOf(')', open + 1);
    // No closing bracket after this one: none after any later one either.
    if (close === -1) break;
    kept += text.slice(from, open);
    from = close + 1;
  }
  return kept + text.slice(from);
}

/**
 * `text` with each Markdown link written on one line, `[text](address)`, replaced by its text ("Esk ([@esk](https://…))"
 * → "Esk (@esk)"). What `text.replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')` gives, reading each line forward once.
 */
export function linkTextsOnly(text: string): string {
  return text.split('\n').map(lineLinkTexts).join('\n');
}

function lineLinkTexts(line: string): string {
  let kept = '';
  let from = 0;
  for (let open = line.indexOf('['); open !== -1; ) {
    const close = line.indexOf(']', open + 1);
    if (close === -1) break;
    if (line[close + 1] !== '(') {
      // Every `[` before this `]` ends at it too, and fails the same way.
      open = line.indexOf('[', close + 1);
      continue;
    }
    const end = line.indexOf(')', close + 2);
    if (end === -1) break;
    kept += line.slice(from, open) + line.slice(open + 1, close);
    from = end + 1;
    open = line.indexOf('[', from);
  }
  return kept + line.slice(from);
}
