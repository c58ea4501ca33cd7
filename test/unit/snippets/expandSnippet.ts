// Expands a VS Code snippet body the way the editor would when the user accepts every default: the test's stand-in for inserting it.

/** Sample values for the snippet variables the bodies use; a clock fixed at 2024-10-18 10:42 in UTC+02:00. */
export const SAMPLE_VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2024',
  CURRENT_MONTH: '10',
  CURRENT_DATE: '18',
  CURRENT_HOUR: '10',
  CURRENT_MINUTE: '42',
  CURRENT_SECOND: '00',
  CURRENT_TIMEZONE_OFFSET: '+02:00',
};

/**
 * Tab stops become their default (or `values[n]` when given), choices their first option, variables
 * their sample value. Throws on what VS Code would not read as a snippet: unknown variables, unclosed `${`.
 */
export function expandSnippet(body: string, values: Record<number, string> = {}): string {
  let i = 0;

  function parse(until: string | null): string {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (until !== null && c === until) return out;
      if (c === '\\' && i + 1 < body.length && '$}\\,|'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (c === '$') {
        out += dollar();
      } else {
        out += c;
        i++;
      }
    }
    if (until !== null) throw new Error(`unclosed \${ in snippet body: ${body}`);
    return out;
  }

  function variable(name: string): string {
    if (!(name in SAMPLE_VARIABLES)) throw new Error(`unknown snippet variable ${name}`);
    return SAMPLE_VARIABLES[name];
  }

  function dollar(): string {
    i++;
    const simple = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(i));
    if (simple) {
      i += simple[0].length;
      return /^\d/.test(simple[0]) ? (values[Number(simple[0])] ?? '') : variable(simple[0]);
    }
    if (body[i] !== '{') return '$';
    i++;
    const head = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(body.slice(i));
    if (!head) throw new Error(`bad \${ at ${i} in ${body}`);
    i += head[0].length;
    const isTabStop = /^\d/.test(head[0]);
    let result: string;
    if (body[i] === '}') {
      result = isTabStop ? '' : variable(head[0]);
    } else if (body[i] === ':') {
      i++;
      result = parse('}');
      if (!isTabStop) result = variable(head[0]);
    } else if (body[i] === '|' && isTabStop) {
      i++;
      const choices = parse('|').split(',');
      i++;
      if (body[i] !== '}') throw new Error(`bad choice in ${body}`);
      result = choices[0];
    } else {
      throw new Error(`bad \${ at ${i} in ${body}`);
    }
    i++;
    return isTabStop && values[Number(head[0])] !== undefined ? values[Number(head[0])] : result;
  }

  return parse(null);
}
