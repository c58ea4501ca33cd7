// Trains the blaming-language frame model (src/core/blame/frame.ts) and writes its weights:
//   npm run train:blame
// Examples: every labelled sentence in test/fixtures/blame (except the held-out sets below), and every sentence of the
// published postmortems in test/fixtures/real-world and real-world-2 to -5 (labelled by their reviewer's reading, or by
// the vocabulary alone), so the model also learns what ordinary postmortem prose about people looks like.
// Deterministic: the same files give the same weights.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PeopleIndex } from '../src/core/blame/actors';
import { findBlamingLanguage } from '../src/core/blame/detect';
import type { BlameFinding } from '../src/core/blame/types';
import { BLAME_VOCABULARY } from '../src/core/blame/vocabulary';
import { encodeLevels, featureHash, GENERIC_THRESHOLD, sentenceFeatures } from '../src/core/blame/frame';
import { splitSentences } from '../src/core/blame/sentences';
import { extractProse } from '../src/core/lint/prose';
import { parsePostmortem } from '../src/core/model/parse';
import { readCorpus } from '../test/unit/blame/corpus';

/**
 * Sets kept out of training so they keep measuring wording the model has not seen (CL and CN are read, and fixed in the
 * vocabulary, but not trained on: retrained with them, the blind sets lost recall).
 */
export const HELD_OUT = ['corpus-structural-probe.txt', 'corpus-fresh-p.txt', 'corpus-fresh-q.txt', 'corpus-fresh-v.txt', 'corpus-fresh-w.txt', 'corpus-fresh-ac.txt', 'corpus-fresh-ad.txt', 'corpus-fresh-ag.txt', 'corpus-fresh-ah.txt', 'corpus-fresh-ak.txt', 'corpus-fresh-al.txt', 'corpus-fresh-am.txt', 'corpus-fresh-an.txt', 'corpus-fresh-ap.txt', 'corpus-fresh-ar.txt', 'corpus-fresh-au.txt', 'corpus-fresh-av.txt', 'corpus-fresh-ay.txt', 'corpus-fresh-az.txt', 'corpus-fresh-bc.txt', 'corpus-fresh-bd.txt', 'corpus-fresh-be.txt', 'corpus-fresh-bf.txt', 'corpus-fresh-bk.txt', 'corpus-fresh-bl.txt', 'corpus-fresh-bo.txt', 'corpus-fresh-bp.txt', 'corpus-fresh-bq.txt', 'corpus-fresh-bt.txt', 'corpus-fresh-bu.txt', 'corpus-fresh-bx.txt', 'corpus-fresh-by.txt', 'corpus-fresh-bz.txt', 'corpus-fresh-ca.txt', 'corpus-fresh-cb.txt', 'corpus-fresh-cc.txt', 'corpus-fresh-cf.txt', 'corpus-fresh-cg.txt', 'corpus-fresh-cj.txt', 'corpus-fresh-ck.txt', 'corpus-fresh-cm.txt', 'corpus-fresh-cl.txt', 'corpus-fresh-cn.txt', 'corpus-fresh-co.txt', 'corpus-fresh-cp.txt', 'corpus-fresh-cq.txt', 'corpus-fresh-cr.txt', 'corpus-fresh-cs.txt', 'corpus-fresh-ct.txt', 'corpus-fresh-cu.txt', 'corpus-fresh-cv.txt', 'corpus-fresh-cw.txt', 'corpus-fresh-cx.txt', 'corpus-fresh-cy.txt', 'corpus-fresh-cz.txt', 'corpus-fresh-da.txt', 'corpus-fresh-db.txt', 'corpus-fresh-dc.txt', 'corpus-fresh-dd.txt', 'corpus-fresh-de.txt', 'corpus-fresh-df.txt', 'corpus-fresh-dg.txt', 'corpus-fresh-dh.txt', 'corpus-fresh-di.txt', 'corpus-fresh-dj.txt', 'corpus-fresh-dk.txt', 'corpus-fresh-dl.txt', 'corpus-fresh-dm.txt', 'corpus-fresh-dn.txt', 'corpus-fresh-do.txt', 'corpus-fresh-dp.txt', 'corpus-fresh-dq.txt', 'corpus-fresh-dr.txt', 'corpus-fresh-ds.txt', 'corpus-fresh-dt.txt', 'corpus-fresh-du.txt', 'corpus-fresh-dv.txt', 'corpus-fresh-dw.txt', 'corpus-fresh-dx.txt', 'corpus-fresh-dy.txt', 'corpus-fresh-dz.txt', 'corpus-fresh-ea.txt', 'corpus-fresh-eb.txt', 'corpus-fresh-ec.txt', 'corpus-fresh-ed.txt', 'corpus-fresh-ee.txt', 'corpus-fresh-ef.txt', 'corpus-fresh-eg.txt', 'corpus-fresh-eh.txt', 'corpus-fresh-ei.txt', 'corpus-fresh-ej.txt', 'corpus-fresh-ek.txt', 'corpus-fresh-el.txt', 'corpus-fresh-em.txt', 'corpus-fresh-en.txt', 'corpus-fresh-eo.txt', 'corpus-fresh-ep.txt', 'corpus-fresh-eq.txt', 'corpus-fresh-er.txt', 'corpus-fresh-es.txt', 'corpus-fresh-et.txt', 'corpus-fresh-eu.txt', 'corpus-fresh-ev.txt', 'corpus-fresh-ew.txt', 'corpus-fresh-ex.txt', 'corpus-fresh-ey.txt', 'corpus-fresh-ez.txt', 'corpus-fresh-fa.txt', 'corpus-fresh-fb.txt', 'corpus-fresh-fc.txt', 'corpus-fresh-fd.txt', 'corpus-fresh-fe.txt', 'corpus-fresh-ff.txt', 'corpus-fresh-fg.txt', 'corpus-fresh-fh.txt', 'corpus-fresh-fi.txt', 'corpus-fresh-fj.txt', 'corpus-fresh-fk.txt', 'corpus-fresh-fl.txt', 'corpus-fresh-fm.txt', 'corpus-fresh-fn.txt', 'corpus-fresh-fo.txt', 'corpus-fresh-fp.txt', 'corpus-fresh-fq.txt', 'corpus-fresh-fr.txt', 'corpus-fresh-fs.txt', 'corpus-fresh-ft.txt', 'corpus-fresh-fu.txt', 'corpus-fresh-fv.txt', 'corpus-fresh-fw.txt', 'corpus-fresh-fx.txt', 'corpus-fresh-fy.txt', 'corpus-fresh-fz.txt', 'corpus-fresh-ga.txt', 'corpus-fresh-gb.txt', 'corpus-fresh-gc.txt', 'corpus-fresh-gd.txt', 'corpus-fresh-ge.txt', 'corpus-fresh-gf.txt', 'corpus-fresh-gg.txt', 'corpus-fresh-gh.txt', 'corpus-fresh-gi.txt', 'corpus-fresh-gj.txt', 'corpus-fresh-gk.txt', 'corpus-fresh-gl.txt', 'corpus-fresh-gm.txt', 'corpus-fresh-gn.txt', 'corpus-fresh-go.txt', 'corpus-fresh-gp.txt', 'corpus-fresh-gq.txt', 'corpus-fresh-gr.txt', 'corpus-fresh-gs.txt', 'corpus-fresh-gt.txt', 'corpus-fresh-gu.txt', 'corpus-fresh-gv.txt', 'corpus-fresh-gw.txt', 'corpus-fresh-gx.txt', 'corpus-fresh-gy.txt', 'corpus-fresh-gz.txt'];
export const CORPUS_DIR = 'test/fixtures/blame';
/** Published postmortems: ordinary prose about people, nearly all of it blameless. */
export const REAL_DIRS = ['test/fixtures/real-world', 'test/fixtures/real-world-2', 'test/fixtures/real-world-3', 'test/fixtures/real-world-4', 'test/fixtures/real-world-5', 'test/fixtures/real-world-6', 'test/fixtures/real-world-7', 'test/fixtures/real-world-8', 'test/fixtures/real-world-9', 'test/fixtures/real-world-10', 'test/fixtures/real-world-11', 'test/fixtures/real-world-12', 'test/fixtures/real-world-13'];
export const OUT = 'src/core/blame/frame-weights.json';
export const TRAINED_ON = 'test/fixtures/blame/frame-trained-on.json';
/**
 * Reported above this probability: chosen by leave-one-writer-out for precision and recall together (0.85 before the
 * dead zone below). With CD and CE: P 0.962 / R 0.888 at 0.7, P 0.965 / R 0.879 at 0.75; 0.75 for precision, which
 * first runs on new writers show is the side that slips (and one look-alike of the curated gaps set, "The backfill was
 * run by Nadia and never touched the orders table", stays unreported).
 */
const THRESHOLD = 0.75;
const EPOCHS = 25;
const LEARNING_RATE = 0.3;
const L2 = 1e-4;
/** Features are hashed into this many weights (32 KB at four bits each), with few collisions for ~25,000 features. */
const BUCKETS = 65_536;
/**
 * How many training examples must hold a feature for the model to keep its weight. Two keeps leave-one-writer-out
 * recall at 0.879, three at 0.872 with a quarter fewer stored weights (about 4 KB of the .vsix's 400 KB budget).
 */
const MIN_EXAMPLES_PER_FEATURE = 3;

interface Example {
  /** Hashed features: bucket numbers. */
  features: number[];
  label: 0 | 1;
  /** Whether the vocabulary alone reports it, and whether it names an actor (the model is only asked then). */
  patterns: boolean;
  actor: boolean;
  /** Its only actor is nobody in particular: judged at GENERIC_THRESHOLD. */
  generic: boolean;
  /** The file it came from: cross-validation keeps a file's sentences in one fold. */
  file: number;
}

const hashed = (features: readonly string[]): number[] => [...new Set(features.map((f) => featureHash(f) & (BUCKETS - 1)))];

/** The files the weights were trained from, with a short hash of each: a unit test checks they are current. */
export function trainingFiles(): string[] {
  const corpora = readdirSync(CORPUS_DIR).filter((f) => /^(?:corpus-.*|real-shapes)\.txt$/u.test(f) && !HELD_OUT.includes(f)).sort().map((f) => `${CORPUS_DIR}/${f}`);
  const real = REAL_DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => `${dir}/${f}`));
  return [...corpora, ...real];
}

export const fileHash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12);

function example(text: string, people: PeopleIndex, label: 0 | 1, patterns: boolean, file: number): Example {
  const { features, actor } = sentenceFeatures(text, people);
  return { features: hashed(features), label, patterns, actor: actor !== null, generic: actor?.generic ?? false, file };
}

function corpusExamples(path: string, file: number): Example[] {
  return readCorpus(basename(path)).flatMap(({ text, blaming, people }) => {
    const findings = findBlamingLanguage(text, { people, frame: false });
    return [example(text, new PeopleIndex(people), blaming ? 1 : 0, findings.length > 0, file), ...rewriteExamples(text, people, findings, file)];
  });
}

/**
 * The quick fixes' rewrites of a blaming sentence (its `findings` by the vocabulary alone), which are blameless
 * ("Nothing told Kim about the quota"): the model must not report what the rule itself suggests.
 */
function rewriteExamples(text: string, people: readonly string[], findings: readonly BlameFinding[], file: number): Example[] {
  const examples: Example[] = [];
  for (const { rewrite } of findings) {
    if (rewrite === undefined) continue;
    const rewritten = text.slice(0, rewrite.start) + rewrite.text + text.slice(rewrite.end);
    if (findBlamingLanguage(rewritten, { people, frame: false }).length > 0) continue;
    examples.push(example(rewritten, new PeopleIndex(people), 0, false, file));
  }
  return examples;
}

/**
 * A published postmortem's sentences. Labelled by the reviewer's reading beside it when it lists the blaming sentences
 * (`blaming` in `<name>.expected.json`), else by the vocabulary alone.
 */
function realExamples(path: string, file: number): Example[] {
  const text = readFileSync(path, 'utf8');
  const doc = parsePostmortem(text);
  const people = new PeopleIndex(doc.people);
  const reading = path.replace(/\.md$/u, '.expected.json');
  const blaming = existsSync(reading) ? (JSON.parse(readFileSync(reading, 'utf8')) as { blaming?: string[] }).blaming : undefined;
  const squeeze = (s: string): string => s.replace(/\s+/gu, ' ').trim();
  return extractProse(doc.ast, text).flatMap((block) =>
    splitSentences(block.text).map((s) => {
      const sentence = block.text.slice(s.start, s.end);
      const flagged = findBlamingLanguage(sentence, { people: doc.people, frame: false }).length > 0;
      const label = blaming === undefined ? flagged : blaming.some((b) => squeeze(b).includes(squeeze(sentence)) || squeeze(sentence).includes(squeeze(b)));
      return example(sentence, people, label ? 1 : 0, flagged, file);
    }),
  );
}

/** The model's probability for hashed features. */
function probability(weights: Float64Array, features: readonly number[]): number {
  let z = 0;
  for (const f of features) z += weights[f];
  return 1 / (1 + Math.exp(-z));
}

/** Whether the rule reports an example: the vocabulary does, or the model is sure enough (surer for a generic actor). */
function reported(e: Example, p: number, threshold: number): boolean {
  return e.patterns || (e.actor && p > (e.generic ? Math.max(threshold, GENERIC_THRESHOLD) : threshold));
}

/** Right and wrong verdicts against the labels, printed as precision and recall. */
class Tally {
  private tp = 0;
  private fp = 0;
  private fn = 0;

  add(e: Example, flagged: boolean): void {
    if (flagged && e.label === 1) this.tp++;
    else if (flagged) this.fp++;
    else if (e.label === 1) this.fn++;
  }

  score(): { precision: number; recall: number } {
    return { precision: this.tp / (this.tp + this.fp), recall: this.tp / (this.tp + this.fn) };
  }

  toString(): string {
    const { precision, recall } = this.score();
    return `P ${precision.toFixed(3)} R ${recall.toFixed(3)}`;
  }
}

/** Logistic regression by AdaGrad with L2, in a fixed order (a deterministic shuffle per epoch). */
function train(examples: Example[]): Float64Array {
  const weights = new Float64Array(BUCKETS);
  const squares = new Float64Array(BUCKETS);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = (k * 7919 + epoch * 104_729) % (k + 1);
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const i of order) {
      const { features, label } = examples[i];
      const gradient = probability(weights, features) - label;
      for (const f of features) {
        const g = gradient + L2 * weights[f];
        squares[f] += g * g;
        weights[f] -= (LEARNING_RATE * g) / Math.sqrt(squares[f] + 1e-8);
      }
    }
  }
  // A feature seen in one or two examples is those sentences memorised, not a frame learned: dropping it costs little
  // accuracy on writers left out (leave-one-writer-out, --new-writer) and saves a third of the stored weights.
  const seen = new Uint32Array(BUCKETS);
  for (const { features } of examples) for (const f of features) seen[f]++;
  for (let f = 0; f < BUCKETS; f++) if (seen[f] < MIN_EXAMPLES_PER_FEATURE) weights[f] = 0;
  return weights;
}

/** Every training example of `files` (file numbers are indices into it). */
function buildExamples(files: readonly string[]): Example[] {
  realFiles = new Set(files.flatMap((f, i) => (f.endsWith('.md') ? [i] : [])));
  const examples = files.flatMap((path, file) => (path.endsWith('.md') ? realExamples(path, file) : corpusExamples(path, file)));
  // The rewrites of the vocabulary's own examples too (file -1: never held out).
  examples.push(...BLAME_VOCABULARY.flatMap((entry) => entry.examples.flatMap((text) => rewriteExamples(text, [], findBlamingLanguage(text, { people: [], frame: false }), -1))));
  return examples;
}

function main(): void {
  const files = trainingFiles();
  const examples = buildExamples(files);
  if (process.argv.includes('--cv')) return crossValidate(examples);
  if (process.argv.includes('--new-writer')) {
    newWriter(examples, files);
    return;
  }
  const { scale, levels } = quantise(train(examples));
  const model = { threshold: THRESHOLD, buckets: BUCKETS, scale, levels: encodeLevels(levels) };
  writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  // What it was trained from stays beside it, out of the bundle: a unit test compares it with the files.
  writeFileSync(TRAINED_ON, `${JSON.stringify(Object.fromEntries(files.map((f) => [f, fileHash(f)])), null, 1)}\n`);
  const positives = examples.filter((e) => e.label === 1).length;
  console.log(`${examples.length} examples (${positives} blaming) from ${files.length} files -> ${OUT}`);
}

/**
 * Five-fold cross-validation (`npm run train:blame -- --cv`): each corpus sentence scored by a model trained without
 * its fold, and each real postmortem by one trained without it. Prints, per threshold, precision and recall of the
 * vocabulary and the model together on the corpora, and how many more sentences of real postmortems would be reported.
 */
function crossValidate(examples: Example[]): void {
  const folds = 5;
  const scores = new Float64Array(examples.length);
  for (let k = 0; k < folds; k++) {
    const inFold = (e: Example, i: number): boolean => (e.file >= 0 && isReal(e) ? e.file % folds === k : i % folds === k);
    const weights = train(examples.filter((e, i) => !inFold(e, i)));
    examples.forEach((e, i) => {
      if (inFold(e, i)) scores[i] = probability(weights, e.features);
    });
  }
  for (const threshold of [0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
    const count = new Tally();
    let realExtra = 0;
    examples.forEach((e, i) => {
      const flagged = reported(e, scores[i], threshold);
      if (!isReal(e)) count.add(e, flagged);
      else if (flagged && !e.patterns) realExtra++;
    });
    console.log(`threshold ${threshold}: corpora ${count}; real postmortems: ${realExtra} more sentences reported`);
  }
}

/** Each weight is stored as four bits: a level from -LEVELS to LEVELS times the scale (measured as accurate as a byte). */
const LEVELS = 7;

/**
 * The share of weights below the top level; the few above it are clipped. Scaled by the largest weight, one outlier
 * coarsened every other weight: leave-one-writer-out recall was 0.858 that way, 0.877 with the top half percent clipped.
 */
const TOP_LEVEL_QUANTILE = 0.995;

/**
 * Levels of ±1 are stored as 0: a third of the non-zero weights, each the smallest step, and together a quarter of the
 * weights' bytes in the .vsix. Leave-one-writer-out with them: P 0.961 / R 0.882 at 0.85; without them: P 0.967 / R 0.852
 * at 0.85 and P 0.960 / R 0.881 at 0.7 (THRESHOLD), and the same findings on the published postmortems.
 */
const deadZone = (level: number): number => (Math.abs(level) <= 1 ? 0 : level);

function quantise(weights: Float64Array): { scale: number; levels: Int8Array } {
  const sorted = Float64Array.from(weights, Math.abs).filter((w) => w > 0).sort();
  const scale = sorted[Math.floor(TOP_LEVEL_QUANTILE * (sorted.length - 1))] / LEVELS;
  return { scale, levels: Int8Array.from(weights, (w) => deadZone(Math.max(-LEVELS, Math.min(LEVELS, Math.round(w / scale))))) };
}

/** The weights as the extension reads them back. */
function quantised(weights: Float64Array): Float64Array {
  const { scale, levels } = quantise(weights);
  return Float64Array.from(levels, (level) => level * scale);
}

/**
 * How the model does on a writer it has never seen (`npm run train:blame -- --new-writer`): for each independent
 * writer's set (corpus-fresh-*), a model trained on everything else judges it, with the vocabulary.
 */
function newWriter(examples: Example[], files: readonly string[], log: (line: string) => void = console.log): Tally {
  const pooled = new Tally();
  /** The pooled figure at other thresholds: how a threshold is chosen without looking at a writer's own set. */
  const alternatives = new Map(ALTERNATIVE_THRESHOLDS.map((threshold) => [threshold, new Tally()]));
  files.forEach((path, file) => {
    if (!/corpus-fresh-\w+\.txt$/u.test(path)) return;
    const weights = quantised(train(examples.filter((e) => e.file !== file)));
    const count = new Tally();
    for (const e of examples) {
      if (e.file !== file) continue;
      const p = probability(weights, e.features);
      const flagged = reported(e, p, THRESHOLD);
      count.add(e, flagged);
      pooled.add(e, flagged);
      for (const [threshold, tally] of alternatives) tally.add(e, reported(e, p, threshold));
    }
    log(`${path}: ${count}`);
  });
  log(`pooled: ${pooled}`);
  for (const [threshold, tally] of alternatives) log(`pooled at threshold ${threshold}: ${tally}`);
  return pooled;
}
const ALTERNATIVE_THRESHOLDS = [0.6, 0.7, 0.75, 0.8, 0.9];

/**
 * The vocabulary and a model trained without each independent writer's set, scored on that set, pooled: how the rule
 * does on a writer it has not learned from (the vocabulary itself has seen every set, so this leans optimistic).
 */
export function newWriterScore(): { precision: number; recall: number } {
  const files = trainingFiles();
  return newWriter(buildExamples(files), files, () => {}).score();
}

let realFiles = new Set<number>();
const isReal = (e: Example): boolean => realFiles.has(e.file);

if (process.argv[1]?.endsWith('train-blame-frame.ts')) main();
