// HTML comments as HTML reads them, found with a scan: a lazy `<!--[^]*?-->` is quadratic on many unclosed `<!--`.

/** Where each `<!-- … -->` in `text` starts and ends (from a `<!--` to the first `-->` after it); an unclosed one is text. */
export function htmlComments(text: string): Array<[start: number, end: number]> {
  const comments: Array<[number, number]> = [];
  for (let open = text.indexOf('<!--'); open !== -1; ) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    comments.push([open, close + 3]);
    open = text.indexOf('<!--', close + 3);
  }
  return comments;
}
