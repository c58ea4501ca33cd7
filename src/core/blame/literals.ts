// Derives, from a regular-expression source, literal text that every match must contain: the blame detector's
// pre-filter, so a sentence only runs the matchers whose words it holds. Derived from whatever patterns the vocabulary
// has, never written by hand; anything this reader does not understand yields no requirement (the matcher always runs).

/**
 * What a match needs, as clauses: every clause must have at least one of its literals in the text (lower case,
 * ASCII). An empty list means no requirement.
 */
export type Requirement = readonly (readonly string[])[];

/** Literals shorter than this are too common to filter on: a clause holding one is dropped. */
export const MIN_LITERAL = 3;

interface Piece {
  /** A literal character, or null for anything that is not one (a class, an escape like \s, a group). */
  char: string | null;
  /** Clauses the piece requires by itself (a group's), when it must appear at least once. */
  clauses: string[][];
  min: number;
  /** Whether the piece can repeat (then a literal run cannot continue through it). */
  repeats: boolean;
}

class Unsupported extends Error {}

/**
 * The literals a match of `source` (compiled case-insensitively, without the "u" flag) must contain. Sound for ASCII
 * literals: under "i" without "u", an ASCII letter only matches its two cases, so the lower-cased text contains them.
 */
export function requiredLiterals(source: string): Requirement {
  try {
    const reader = new Reader(source);
    const clauses = reader.alternation();
    if (reader.at < source.length) return [];
    return usable(clauses);
  } catch (error) {
    if (error instanceof Unsupported) return [];
    throw error;
  }
}

function usable(clauses: string[][]): string[][] {
  const kept = clauses.filter((clause) => clause.length > 0 && clause.every((literal) => literal.length >= MIN_LITERAL));
  const seen = new Set<string>();
  return kept.filter((clause) => {
    const key = [...new Set(clause)].sort().join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** ASCII characters that stand for themselves after a backslash (other characters are never literals here). */
const ESCAPED_LITERAL = /[\\^$.|?*+()[\]{}/\-'",:;!#&%=<>@`~ ]/;
/** Characters that stand for themselves unescaped (outside the syntax of a pattern). */
const PLAIN_LITERAL = /[A-Za-z0-9 '",:;!#&%=<>@`~/_-]/;

/** A run of characters that stand for themselves (PLAIN_LITERAL's), read where the reader stands. */
const PLAIN_RUN = new RegExp(`${PLAIN_LITERAL.source}+`, 'y');
/** What may follow a character to repeat it or make it optional. */
const QUANTIFIER_START = /^[*+?{]$/;

/** A placeholder of the vocabulary's patterns (compile.ts expands it) or a Unicode property class. */
const PLACEHOLDER = /\{[A-Z]+\}|\\[pP]\{\w+\}/y;

/** A group's opening: plain, non-capturing, lookaround or named (sticky: read where the reader stands). */
const GROUP_OPENER = /\((?:\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>))?/y;

class Reader {
  at = 0;
  constructor(private readonly source: string) {}

  /** alternation := sequence ('|' sequence)*: a literal must come from every branch. */
  alternation(): string[][] {
    const branches: string[][][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    // The union of one clause per branch: the most selective clause of each.
    const union: string[] = [];
    for (const clauses of branches) {
      const best = bestClause(usable(clauses));
      if (best === null) return [];
      union.push(...best);
    }
    return [union];
  }

  sequence(): string[][] {
    const clauses: string[][] = [];
    let run = '';
    const flush = (): void => {
      if (run !== '') clauses.push([run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      // Plain characters are most of a pattern: read them as a run, all but one that a quantifier may follow.
      PLAIN_RUN.lastIndex = this.at;
      const plain = PLAIN_RUN.exec(this.source);
      const length = plain === null ? 0 : QUANTIFIER_START.test(this.source.charAt(this.at + plain[0].length)) ? plain[0].length - 1 : plain[0].length;
      if (length > 0) {
        run += this.source.slice(this.at, this.at + length).toLowerCase();
        this.at += length;
        continue;
      }
      const piece = this.atom();
      this.quantifier(piece);
      if (piece.char !== null && piece.min >= 1) {
        run += piece.char;
        if (piece.repeats) flush();
        continue;
      }
      flush();
      if (piece.min >= 1) clauses.push(...piece.clauses);
    }
    flush();
    return clauses;
  }

  atom(): Piece {
    const c = this.source[this.at];
    if (c === '(') return this.group();
    // A vocabulary placeholder ({S}, {ADV}, …) or a Unicode class (\p{L}): text of its own, never a literal.
    PLACEHOLDER.lastIndex = this.at;
    const opaque = PLACEHOLDER.exec(this.source);
    if (opaque !== null) {
      this.at += opaque[0].length;
      return { char: null, clauses: [], min: 0, repeats: false };
    }
    if (c === '[') {
      this.skipClass();
      return { char: null, clauses: [], min: 1, repeats: false };
    }
    if (c === '\\') {
      const next = this.source[this.at + 1];
      if (next === undefined) throw new Unsupported();
      this.at += 2;
      if (ESCAPED_LITERAL.test(next)) return { char: next.toLowerCase(), clauses: [], min: 1, repeats: false };
      if (next === 'b' || next === 'B') return { char: null, clauses: [], min: 0, repeats: false };
      if (/[sSwWdD]/.test(next)) return { char: null, clauses: [], min: 1, repeats: false };
      if (next === 'k') {
        const name = /^<[A-Za-z_]\w*>/.exec(this.source.slice(this.at, this.at + 64));
        if (name === null) throw new Unsupported();
        this.at += name[0].length;
        return { char: null, clauses: [], min: 0, repeats: false };
      }
      if (/[1-9]/.test(next)) {
        while (/[0-9]/.test(this.source[this.at] ?? '')) this.at++;
        return { char: null, clauses: [], min: 0, repeats: false };
      }
      const hex = next === 'x' ? 2 : next === 'u' ? 4 : next === 'c' ? 1 : 0;
      this.at += hex;
      return { char: null, clauses: [], min: 1, repeats: false };
    }
    this.at++;
    if (c === '^' || c === '$') return { char: null, clauses: [], min: 0, repeats: false };
    if (c === '.') return { char: null, clauses: [], min: 1, repeats: false };
    if (c === '{' || c === '}' || c === '?' || c === '*' || c === '+') throw new Unsupported();
    // Upper-case ASCII letters fold to lower case; any other non-literal character (non-ASCII included) is no literal.
    if (PLAIN_LITERAL.test(c)) return { char: c.toLowerCase(), clauses: [], min: 1, repeats: false };
    return { char: null, clauses: [], min: 1, repeats: false };
  }

  group(): Piece {
    GROUP_OPENER.lastIndex = this.at;
    const opener = GROUP_OPENER.exec(this.source);
    if (opener === null || (this.source.startsWith('(?', this.at) && opener[0] === '(')) throw new Unsupported();
    this.at += opener[0].length;
    const clauses = this.alternation();
    if (this.source[this.at] !== ')') throw new Unsupported();
    this.at++;
    const lookaround = /^\(\?(?:=|!|<=|<!)$/.test(opener[0]);
    // A lookaround matches no text of its own: what it requires may lie outside the match.
    return lookaround ? { char: null, clauses: [], min: 0, repeats: false } : { char: null, clauses, min: 1, repeats: false };
  }

  skipClass(): void {
    this.at++;
    if (this.source[this.at] === '^') this.at++;
    if (this.source[this.at] === ']') this.at++;
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.at >= this.source.length) throw new Unsupported();
    this.at++;
  }

  quantifier(piece: Piece): void {
    if (!QUANTIFIER_START.test(this.source.charAt(this.at))) return;
    const rest = this.source.slice(this.at, this.at + 24);
    const q = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(rest);
    if (q === null) return;
    this.at += q[0].length;
    const [, symbol, min, comma, max] = q;
    if (symbol !== undefined) {
      if (symbol !== '+') piece.min = 0;
      if (symbol !== '?') piece.repeats = true;
      return;
    }
    const low = Number(min);
    piece.min = Math.min(piece.min, low === 0 ? 0 : piece.min);
    if (comma !== undefined && (max === '' || Number(max) > 1)) piece.repeats = true;
    if (comma === undefined && low > 1) piece.repeats = true;
  }
}

/** The clause least likely to hold in ordinary text: longest shortest literal, then fewest literals. */
function bestClause(clauses: string[][]): string[] | null {
  let best: string[] | null = null;
  const score = (clause: string[]) => Math.min(...clause.map((l) => l.length)) * 100 - clause.length;
  for (const clause of clauses) if (best === null || score(clause) > score(best)) best = clause;
  return best;
}
