// Finds, in one pass over a sentence, which of many required literals it contains, so the detector runs only the
// matchers (and guards) whose requirements hold. A literal is looked up by one of its four-letter pieces (three for a
// three-letter literal); a requirement is looked at only when a literal of its first clause (the one least likely to
// hold) is there, so the cost of a scan follows what the text holds, not how many requirements there are.
import { MIN_LITERAL, type Requirement } from './literals';

export class LiteralFilter {
  private readonly literals: string[] = [];
  private readonly idOf = new Map<string, number>();
  /** Piece key → [literal id, offset of the piece in the literal] pairs, flattened: three-letter pieces, then four. */
  private readonly byPiece = [new Map<number, number[]>(), new Map<number, number[]>()];
  /** A bit for each piece key's hash: most places in prose start no piece, and this says so without a map lookup. */
  private readonly maybePiece = new Int32Array(1 << (HASH_BITS - 5));
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
  /** The group each requirement was registered in, or -1. */
  private readonly groupOf: number[] = [];
  private groups = 0;
  /** groupHeld[group] === stamp when one of the group's requirements holds on the current text. */
  private groupHeld = new Int32Array(0);

  /** A new group for `add`: `groupHolds` answers for all of its requirements at once. */
  group(): number {
    return this.groups++;
  }

  /** Registers a requirement (in `group`, if given); returns its handle for `holds`. */
  add(requirement: Requirement, group = -1): number {
    const handle = this.requirements.length;
    this.groupOf.push(group);
    // The clause least likely to hold comes first: it is the one looked up by, and checked first.
    const clauses = [...requirement]
      .sort((a, b) => likelihood(a) - likelihood(b))
      .map((clause) => clause.map((literal) => this.literalId(literal)));
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
    const length = Math.min(literal.length, PIECE);
    const pieces = this.byPiece[length - MIN_LITERAL];
    const at = rarestPiece(literal, length, (key) => pieces.get(key)?.length ?? 0);
    const key = pieceKey(literal, at, length);
    const bucket = pieces.get(key);
    if (bucket === undefined) pieces.set(key, [id, at]);
    else bucket.push(id, at);
    const h = pieceHash(key);
    this.maybePiece[h >>> 5] |= 1 << (h & 31);
    return id;
  }

  /** Reads `lowerText` (the text in lower case): `holds` then answers for it. */
  scan(lowerText: string): void {
    if (this.present.length < this.literals.length) this.present = new Int32Array(this.literals.length);
    if (this.held.length < this.requirements.length) this.held = new Int32Array(this.requirements.length);
    if (this.groupHeld.length < this.groups) this.groupHeld = new Int32Array(this.groups);
    this.stamp++;
    const stamp = this.stamp;
    const found: number[] = [];
    const [threes, fours] = this.byPiece;
    /** The last four characters, seven bits each, and where the last one that is not ASCII was. */
    let key = 0;
    let lastWide = -1;
    for (let i = 0; i < lowerText.length; i++) {
      const c = lowerText.charCodeAt(i);
      if (c > 127) lastWide = i;
      key = ((key << 7) | (c & 127)) & FOUR_MASK;
      if (i - lastWide < MIN_LITERAL) continue;
      const three = key & THREE_MASK;
      let h = pieceHash(three);
      if ((this.maybePiece[h >>> 5] & (1 << (h & 31))) !== 0) this.visit(threes.get(three), lowerText, i + 1 - MIN_LITERAL, found);
      if (i - lastWide < PIECE) continue;
      h = pieceHash(key);
      if ((this.maybePiece[h >>> 5] & (1 << (h & 31))) !== 0) this.visit(fours.get(key), lowerText, i + 1 - PIECE, found);
    }
    for (const handle of this.always) this.hold(handle);
    for (const id of found) {
      for (const handle of this.anchoredBy[id]) {
        if (this.held[handle] !== stamp && this.allClausesHold(handle)) this.hold(handle);
      }
    }
  }

  private hold(handle: number): void {
    this.held[handle] = this.stamp;
    const group = this.groupOf[handle];
    if (group >= 0) this.groupHeld[group] = this.stamp;
  }

  /** Marks the literals of `bucket` whose piece is the one at `at` and which are there in full. */
  private visit(bucket: number[] | undefined, lowerText: string, at: number, found: number[]): void {
    if (bucket === undefined) return;
    const stamp = this.stamp;
    for (let b = 0; b < bucket.length; b += 2) {
      const id = bucket[b];
      if (this.present[id] === stamp) continue;
      if (lowerText.startsWith(this.literals[id], at - bucket[b + 1])) {
        this.present[id] = stamp;
        found.push(id);
      }
    }
  }

  /** Whether the last scanned text satisfies the requirement registered as `handle`. */
  holds(handle: number): boolean {
    return this.held[handle] === this.stamp;
  }

  /** Whether the last scanned text satisfies any requirement registered in `group`. */
  groupHolds(group: number): boolean {
    return this.groupHeld[group] === this.stamp;
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

/** Literals are looked up by pieces of this many characters (or fewer: a literal's whole length). */
const PIECE = 4;
const THREE_MASK = (1 << 21) - 1;
const FOUR_MASK = (1 << 28) - 1;
const HASH_BITS = 20;

function pieceHash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - HASH_BITS);
}

/** Words so frequent in prose that a clause holding one of them is met almost everywhere. */
const FREQUENT = new Set(['the', 'and', 'was', 'for', 'not', 'has', 'had', 'his', 'her', 'our', 'ing', 'with', 'that', 'this', 'were', 'have', 'they']);

/** A rough chance that a sentence holds one of the clause's literals: longer literals are rarer. */
function likelihood(clause: readonly string[]): number {
  let sum = 0;
  for (const literal of clause) sum += FREQUENT.has(literal) ? 1 : literal.length <= 3 ? 0.3 : literal.length === 4 ? 0.1 : literal.length === 5 ? 0.04 : 0.02;
  return sum;
}

/** Letters frequent in English prose: a piece made of fewer of them is found in fewer places. */
const COMMON = 'etaoinshr ';

/** The key of the `length` characters of `text` at `at`. */
function pieceKey(text: string, at: number, length: number): number {
  let key = 0;
  for (let i = at; i < at + length; i++) key = (key << 7) | text.charCodeAt(i);
  return key;
}

/**
 * The offset of the literal's piece of `length` least likely to occur in prose (literals are ASCII and at least 3
 * long), preferring a piece no other literal is looked up by: each literal sharing a piece is checked wherever it occurs.
 */
function rarestPiece(literal: string, length: number, sharing: (key: number) => number): number {
  let best = 0;
  let bestScore = Infinity;
  for (let i = 0; i + length <= literal.length; i++) {
    let score = sharing(pieceKey(literal, i, length));
    for (let j = i; j < i + length; j++) score += COMMON.includes(literal[j]) ? 1 : 0;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
