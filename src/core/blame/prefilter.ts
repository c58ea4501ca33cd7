// Finds, in one pass over a sentence, which of many required literals it contains, so the detector runs only the
// matchers (and guards) whose requirements hold. A literal is looked up by one of its three-letter pieces; a
// requirement is looked at only when a literal of its first clause is there, so the cost of a scan follows what the
// text holds, not how many requirements there are.
import { MIN_LITERAL, type Requirement } from './literals';

export class LiteralFilter {
  private readonly literals: string[] = [];
  private readonly idOf = new Map<string, number>();
  /** Trigram key → [literal id, offset of the trigram in the literal] pairs, flattened. */
  private readonly byTrigram = new Map<number, number[]>();
  /** present[id] === stamp when the literal is in the current text. */
  private present = new Int32Array(0);
  private stamp = 0;
  private readonly requirements: number[][][] = [];
  /** Literal id → the requirements whose first clause holds it. */
  private readonly anchoredBy: number[][] = [];
  /** Requirements with no literal: they hold on every text. */
  private readonly always: number[] = [];
  /** held[handle] === stamp when the requirement holds on the current text. */
  private held = new Int32Array(0);

  /** Registers a requirement; returns its handle for `holds`. */
  add(requirement: Requirement): number {
    const handle = this.requirements.length;
    const clauses = requirement.map((clause) => clause.map((literal) => this.literalId(literal)));
    this.requirements.push(clauses);
    if (clauses.length === 0) this.always.push(handle);
    else for (const id of new Set(clauses[0])) this.anchoredBy[id].push(handle);
    return handle;
  }

  private literalId(literal: string): number {
    const known = this.idOf.get(literal);
    if (known !== undefined) return known;
    const id = this.literals.length;
    this.literals.push(literal);
    this.anchoredBy.push([]);
    this.idOf.set(literal, id);
    const at = rarestTrigram(literal);
    const key = trigramKey(literal, at);
    const bucket = this.byTrigram.get(key);
    if (bucket === undefined) this.byTrigram.set(key, [id, at]);
    else bucket.push(id, at);
    return id;
  }

  /** Reads `lowerText` (the text in lower case): `holds` then answers for it. */
  scan(lowerText: string): void {
    if (this.present.length < this.literals.length) this.present = new Int32Array(this.literals.length);
    if (this.held.length < this.requirements.length) this.held = new Int32Array(this.requirements.length);
    this.stamp++;
    const stamp = this.stamp;
    const found: number[] = [];
    const end = lowerText.length - (MIN_LITERAL - 1);
    for (let i = 0; i < end; i++) {
      const key = keyAt(lowerText, i);
      if (key < 0) continue;
      const bucket = this.byTrigram.get(key);
      if (bucket === undefined) continue;
      for (let b = 0; b < bucket.length; b += 2) {
        const id = bucket[b];
        if (this.present[id] === stamp) continue;
        if (lowerText.startsWith(this.literals[id], i - bucket[b + 1])) {
          this.present[id] = stamp;
          found.push(id);
        }
      }
    }
    for (const handle of this.always) this.held[handle] = stamp;
    for (const id of found) {
      for (const handle of this.anchoredBy[id]) {
        if (this.held[handle] !== stamp && this.allClausesHold(handle)) this.held[handle] = stamp;
      }
    }
  }

  /** Whether the last scanned text satisfies the requirement registered as `handle`. */
  holds(handle: number): boolean {
    return this.held[handle] === this.stamp;
  }

  /** Whether the last scanned text satisfies any of the requirements registered as `handles`. */
  holdsAny(handles: readonly number[]): boolean {
    for (const handle of handles) if (this.held[handle] === this.stamp) return true;
    return false;
  }

  private allClausesHold(handle: number): boolean {
    const stamp = this.stamp;
    for (const clause of this.requirements[handle]) {
      let any = false;
      for (const id of clause) {
        if (this.present[id] === stamp) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    return true;
  }
}

/** A key for three ASCII characters at `i`, or -1 when one is not ASCII. */
function keyAt(text: string, i: number): number {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  if ((a | b | c) > 127) return -1;
  return (a << 14) | (b << 7) | c;
}

function trigramKey(literal: string, at: number): number {
  return keyAt(literal, at);
}

/** Letters frequent in English prose: a trigram made of fewer of them is found in fewer places. */
const COMMON = 'etaoinshr ';

/** The offset of the literal's trigram least likely to occur in prose (literals are ASCII and at least 3 long). */
function rarestTrigram(literal: string): number {
  let best = 0;
  let bestScore = Infinity;
  for (let i = 0; i + MIN_LITERAL <= literal.length; i++) {
    let score = 0;
    for (let j = i; j < i + MIN_LITERAL; j++) score += COMMON.includes(literal[j]) ? 1 : 0;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
