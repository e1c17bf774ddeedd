// The sample workspace both editors open: the seed article (sample/article.txt) and a draft with exactly three
// wrong facts — a wrong duration (number-mismatch), a wrong name (name-mismatch) and a misquote (quote-mismatch).
// `checkWithCli` verifies with the built CLI that the engine reports exactly these three errors and nothing else
// at warning or error, so a change in the engine shows up here as such, not as a mysterious editor failure.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../..');
export const DIST = path.join(REPO, 'dist');
export const ARTIFACTS = path.join(REPO, 'test/e2e/artifacts');

export interface ExpectedFinding {
  rule: 'number-mismatch' | 'name-mismatch' | 'quote-mismatch';
  /** The wrong words in the draft. */
  actual: string;
  /** The source's words (what the quick fix writes). */
  expected: string;
  /** 0-based line and UTF-16 column of `actual` in the draft. */
  line: number;
  character: number;
}

export interface SampleWorkspace {
  dir: string;
  draft: string;
  article: string;
  draftText: string;
  findings: ExpectedFinding[];
  /** The wrong duration: hovered and quick-fixed in the editors. */
  duration: ExpectedFinding;
}

const NAME_SENTENCE = '- Kim was accompanied by Lim Soo-suk, the head of North Korea’s committee for space science and technology.';

/** The draft: sample/draft.md with "18-month" → "12-month" and “sacred fight” → “holy war”, plus a sentence that
 *  names Lim Soo-suk (the source's South Korean spokesman) as the head of the space committee (Pak Thae Song). */
export function draftText(): string {
  let text = fs.readFileSync(path.join(REPO, 'sample/draft.md'), 'utf8');
  const replace = (from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`sample/draft.md no longer contains ${JSON.stringify(from)}: update test/e2e/workspace.ts`);
    text = text.replace(from, to);
  };
  replace('18-month', '12-month');
  replace('“sacred fight”', '“holy war”');
  return text.replace(/\n*$/, '\n') + NAME_SENTENCE + '\n';
}

function positionOf(text: string, needle: string): { line: number; character: number } {
  const i = text.indexOf(needle);
  if (i < 0 || text.indexOf(needle, i + 1) >= 0) throw new Error(`the e2e draft must contain ${JSON.stringify(needle)} exactly once`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Writes the workspace into a new temporary folder (or `dir`). */
export function makeWorkspace(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-e2e-ws-'))): SampleWorkspace {
  fs.mkdirSync(dir, { recursive: true });
  const article = path.join(dir, 'article.txt');
  const draft = path.join(dir, 'draft.md');
  fs.copyFileSync(path.join(REPO, 'sample/article.txt'), article);
  const text = draftText();
  fs.writeFileSync(draft, text);
  const finding = (rule: ExpectedFinding['rule'], actual: string, expected: string): ExpectedFinding => ({
    rule,
    actual,
    expected,
    ...positionOf(text, actual),
  });
  const findings = [
    finding('number-mismatch', '12-month', '18-month'),
    finding('name-mismatch', 'Lim Soo-suk', 'Pak Thae Song'),
    finding('quote-mismatch', 'holy war', 'sacred fight'),
  ];
  return { dir, draft, article, draftText: text, findings, duration: findings[0] };
}

interface CliFinding {
  rule: string;
  severity: string;
  actual?: string;
  expected?: string;
  range: { start: { line: number; character: number } };
}

/** Runs `node dist/cli.js check draft.md --format json` in the workspace and throws unless it reports exactly the
 *  three expected errors at their places and nothing else at warning or error. Returns the draft's sentence
 *  counts (what the VS Code status bar shows). */
export function checkWithCli(ws: SampleWorkspace): { total: number; supported: number } {
  const cli = path.join(DIST, 'cli.js');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run npm run build`);
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [cli, 'check', 'draft.md', '--format', 'json'], { cwd: ws.dir, encoding: 'utf8' });
  } catch (e) {
    // Exit code 1 means "findings at error": expected here.
    const err = e as { status?: number; stdout?: string; stderr?: string };
    if (err.status !== 1 || !err.stdout) throw new Error(`grounded check failed (exit ${err.status}): ${err.stderr ?? e}`);
    stdout = err.stdout;
  }
  const report = JSON.parse(stdout) as { files: { findings: CliFinding[]; sentences: { total: number; supported: number } }[]; errors: unknown[] };
  if (report.errors.length > 0) throw new Error(`grounded check reported errors: ${JSON.stringify(report.errors)}`);
  const got = report.files.flatMap(f => f.findings).filter(f => f.severity === 'error' || f.severity === 'warning');
  const describe = (f: { rule: string; actual?: string; expected?: string; line: number; character: number; severity?: string }) =>
    `${f.rule} ${f.severity ?? 'error'} ${JSON.stringify(f.actual)}→${JSON.stringify(f.expected)} at ${f.line + 1}:${f.character + 1}`;
  const gotText = got
    .map(f => describe({ ...f, line: f.range.start.line, character: f.range.start.character }))
    .sort();
  const wantText = ws.findings.map(f => describe(f)).sort();
  if (JSON.stringify(gotText) !== JSON.stringify(wantText)) {
    throw new Error(`the CLI's findings on the e2e draft are not the expected ones:\n  want: ${wantText.join('\n        ')}\n  got:  ${gotText.join('\n        ') || '(none)'}`);
  }
  if (report.files.length !== 1) throw new Error(`grounded check reported ${report.files.length} files, expected draft.md only`);
  return report.files[0].sentences;
}
