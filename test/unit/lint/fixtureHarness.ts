// Reads lint fixtures: Markdown files that carry their own expected findings as `<!-- expect RULE "text" -->` comments.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_ROOT = join(__dirname, '..', '..', 'fixtures', 'lint');

export interface ExpectedFinding {
  /** Zero-based line the finding starts on: the line of the comment. */
  line: number;
  rule: string;
  /** The exact text the finding covers, when the fixture says. */
  text?: string;
}

export interface LintFixture {
  name: string;
  path: string;
  text: string;
  /** The `rules` object of an optional `<!-- lint-config {…} -->` comment. */
  rules: Record<string, unknown>;
  /** From an optional `<!-- lint-now YYYY-MM-DD -->` comment. */
  now: Date;
  expected: ExpectedFinding[];
  /** Contents of `<name>.fixed.md`, the document after applying every fix, if the fixture has one. */
  fixed: string | null;
}

const EXPECT = /<!-- expect ([a-z-]+)(?: "((?:[^"\\]|\\.)*)")? -->/g;

export function readFixture(folder: string, file: string): LintFixture {
  const path = join(FIXTURE_ROOT, folder, file);
  const text = readFileSync(path, 'utf8');
  const expected: ExpectedFinding[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(EXPECT)) {
      expected.push({ line: index, rule: match[1], ...(match[2] !== undefined ? { text: JSON.parse(`"${match[2]}"`) as string } : {}) });
    }
  });
  const config = /<!-- lint-config (\{[^]*?\}) -->/.exec(text);
  const now = /<!-- lint-now (\d{4}-\d{2}-\d{2}) -->/.exec(text);
  const fixedPath = path.replace(/\.md$/, '.fixed.md');
  return {
    name: `${folder}/${file}`,
    path,
    text,
    rules: config ? ((JSON.parse(config[1]) as { rules?: Record<string, unknown> }).rules ?? {}) : {},
    now: new Date(`${now ? now[1] : '2024-11-15'}T12:00:00Z`),
    expected,
    fixed: existsSync(fixedPath) ? readFileSync(fixedPath, 'utf8') : null,
  };
}

/** Every fixture, grouped by the rule folder it sits in. */
export function allFixtures(): LintFixture[] {
  return readdirSync(FIXTURE_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(FIXTURE_ROOT, folder.name))
        .filter((file) => file.endsWith('.md') && !file.endsWith('.fixed.md'))
        .sort()
        .map((file) => readFixture(folder.name, file)),
    );
}
