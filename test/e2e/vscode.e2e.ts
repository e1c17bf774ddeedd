// VS Code for real: the packaged extension (grounded.vsix) installed into code-server, the workbench driven in
// Debian's Chromium with playwright-core. Opens the sample workspace, waits for the squiggles, reads the Problems
// panel, hovers the wrong duration, applies the quick fix, and saves a screenshot of the final state.
//   npx tsx test/e2e/vscode.e2e.ts     (after scripts/e2e/install.sh and npm run package; the runner
//                                       test/e2e/run.ts does all of it)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { installExtension, makeDirs, startCodeServer, type CodeServer } from './codeServer';
import { ARTIFACTS, REPO, checkWithCli, makeWorkspace, type SampleWorkspace } from './workspace';

export const EXTENSION_ID = 'grounded-dev.grounded';
export const CHROMIUM = process.env.GROUNDED_E2E_CHROMIUM || '/usr/bin/chromium';
/** Flags for Debian's Chromium as root on a machine without a network (see the README's e2e section). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
export const SCREENSHOT = path.join(ARTIFACTS, 'vscode-final.png');

const SEL = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  editorLines: '.editor-instance .monaco-editor .view-lines',
  squiggle: '.editor-instance .monaco-editor [class*="squiggly-error"]',
  problemsRow: '.markers-panel .monaco-list-row',
  hover: '.monaco-hover',
  actionWidget: '.action-widget',
  actionRow: '.action-widget .monaco-list-row',
  statusItem: '.statusbar-item',
};

class E2EFailure extends Error {}

/** Runs `fn`; a failure becomes "step: reason". */
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = Date.now();
  try {
    const r = await fn();
    console.log(`  vscode: ok: ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    return r;
  } catch (e) {
    // Playwright's messages end in a call log: keep its start.
    const msg = e instanceof Error ? e.message.split('\n').slice(0, 12).join('\n') : String(e);
    throw new E2EFailure(`could not ${name}: ${msg}`);
  }
}

/** Polls `fn` until it returns a value other than undefined, or throws `what` after `timeoutMs`. */
async function until<T>(what: string, timeoutMs: number, fn: () => Promise<T | undefined>, lastSeen?: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what} (waited ${timeoutMs / 1000} s${lastSeen ? `; last seen: ${lastSeen()}` : ''})`);
    await new Promise(r => setTimeout(r, 250));
  }
}

const clean = (s: string) => s.replace(/\u00a0/g, ' ');

async function editorText(page: Page): Promise<string> {
  return clean(await page.locator(SEL.editorLines).first().innerText());
}

interface Marker {
  text: string;
  /** The Grounded rule id the row names, if any (a row of another extension has none). */
  rule?: string;
}

/** The Problems panel's diagnostic rows: each ends in "[Ln N, Col M]" (the file row and the related-information
 *  rows under each diagnostic do not). */
async function problemMarkers(page: Page, rules: readonly string[]): Promise<Marker[]> {
  const rows = (await page.locator(SEL.problemsRow).allInnerTexts()).map(clean);
  return rows
    .filter(text => /\[Ln \d+, Col \d+\]\s*$/.test(text))
    .map(text => ({ text, rule: rules.find(r => new RegExp(`(^|\\s|\\()${r}(\\)|\\s|$)`).test(text)) }));
}

/** The few DOM types the in-page function below uses (the project compiles without lib "dom"). */
interface DomText {
  textContent: string | null;
}
interface DomRange {
  setStart(node: DomText, offset: number): void;
  setEnd(node: DomText, offset: number): void;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
}
interface DomElement {
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomDocument {
  querySelector(selector: string): DomElement | null;
  createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): DomText | null };
  createRange(): DomRange;
}
/** NodeFilter.SHOW_TEXT */
const SHOW_TEXT = 4;

/** The screen rectangle of `needle` in the editor's rendered lines (Monaco splits a line into token spans). */
async function wordBox(page: Page, needle: string): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
  return page.evaluate(
    ({ needle, selector, showText }) => {
      const document = (globalThis as unknown as { document: DomDocument }).document;
      const root = document.querySelector(selector);
      if (!root) return undefined;
      for (const line of Array.from(root.querySelectorAll('.view-line'))) {
        const nodes: DomText[] = [];
        const walker = document.createTreeWalker(line, showText);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
        const text = nodes.map(n => (n.textContent ?? '').replace(/\u00a0/g, ' ')).join('');
        const at = text.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        let offset = 0;
        let started = false;
        for (const n of nodes) {
          const len = (n.textContent ?? '').length;
          if (!started && at < offset + len) {
            range.setStart(n, at - offset);
            started = true;
          }
          if (started && at + needle.length <= offset + len) {
            range.setEnd(n, at + needle.length - offset);
            break;
          }
          offset += len;
        }
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return undefined;
    },
    { needle, selector: SEL.editorLines, showText: SHOW_TEXT },
  );
}

export interface VsCodeE2EOptions {
  /** The code-server binary (scripts/e2e/install.sh prints it). */
  codeServer: string;
  vsix: string;
  ws: SampleWorkspace;
  /** Temporary folder for code-server's HOME, user data, extensions and log. */
  tmp: string;
  /** The draft's sentence counts as the CLI gives them (checkWithCli): the status bar must show the same. */
  sentences: { total: number; supported: number };
}

export async function runVsCodeE2E(opts: VsCodeE2EOptions): Promise<void> {
  const { ws } = opts;
  const dirs = makeDirs(opts.tmp);
  const consoleLines: string[] = [];
  let cs: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let failure: unknown;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.rmSync(SCREENSHOT, { force: true });
  try {
    await step('install the .vsix', async () => installExtension(opts.codeServer, opts.vsix, dirs, EXTENSION_ID));
    cs = await step('start code-server', () => startCodeServer({ bin: opts.codeServer, dirs, workspace: ws.dir, startTimeoutMs: 60_000 }));
    const server = cs;
    browser = await step('start Chromium', () =>
      // HOME too: Chromium keeps its crash-report database in ~/.config/chromium whatever its profile folder.
      chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        timeout: 60_000,
        env: { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: path.join(dirs.home, '.config'), XDG_CACHE_HOME: path.join(dirs.home, '.cache') },
      }),
    );
    const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page = p;
    // VS Code styles its console lines ("%c INFO color: #33f …"): keep the words.
    p.on('console', m => consoleLines.push(`[${m.type()}] ${m.text().replace(/%c\s*/g, '').replace(/^(\w+)\s+color:\s*#?\w+\s*/, '$1 ')}`));
    p.on('pageerror', e => consoleLines.push(`[pageerror] ${e.message}`));
    p.setDefaultTimeout(30_000);

    await step('load the workbench', async () => {
      await p.goto(`${server.url}/?folder=${encodeURIComponent(ws.dir)}`, { timeout: 60_000 });
      await p.waitForSelector(SEL.workbench, { timeout: 90_000 });
      await p.locator(SEL.explorerRow, { hasText: 'draft.md' }).first().waitFor({ timeout: 90_000 });
    });

    await step('open draft.md', async () => {
      await p.locator(SEL.explorerRow, { hasText: 'draft.md' }).first().click();
      await until('the editor shows the draft', 30_000, async () => ((await editorText(p).catch(() => '')).includes(ws.duration.actual) ? true : undefined));
    });

    const rules = ws.findings.map(f => f.rule);
    await step(`see ${ws.findings.length} error squiggles`, async () => {
      try {
        await until(`${ws.findings.length} error squiggles in the editor`, 120_000, async () =>
          (await p.locator(SEL.squiggle).count()) >= ws.findings.length ? true : undefined,
        );
      } catch (e) {
        // Say which link of the chain broke: activation, the server, or the diagnostics.
        const logs = server.extensionLogs(200);
        const why = !/_doActivateExtension grounded-dev\.grounded/.test(logs)
          ? 'the extension was not activated'
          : !/grounded-language-server .* started/.test(logs)
            ? 'the extension was activated but its language server did not start'
            : 'the language server started but published no diagnostics';
        throw new Error(`${why}: ${e instanceof Error ? e.message : e}`);
      }
    });

    const status = `Grounded: ${opts.sentences.supported}/${opts.sentences.total} sentences supported`;
    await step(`see "${status}" in the status bar`, async () => {
      const item = p.locator(SEL.statusItem, { hasText: 'Grounded:' });
      let last = '';
      await until(
        `a status bar item "${status}"`,
        20_000,
        async () => {
          last = clean(await item.first().innerText({ timeout: 1000 }).catch(() => '(none)'));
          return last.includes(status) ? true : undefined;
        },
        () => JSON.stringify(last),
      );
    });

    await step('read the three findings in the Problems panel', async () => {
      await p.keyboard.press('Control+Shift+M');
      let seen: Marker[] = [];
      const markers = await until(
        `Problems panel rows for ${rules.join(', ')}`,
        30_000,
        async () => {
          seen = await problemMarkers(p, rules);
          return seen.length >= ws.findings.length ? seen : undefined;
        },
        () => JSON.stringify(seen.map(m => m.text)),
      );
      if (markers.length !== ws.findings.length) throw new Error(`${markers.length} diagnostics in the Problems panel, expected ${ws.findings.length}: ${JSON.stringify(markers.map(m => m.text))}`);
      for (const f of ws.findings) {
        const m = markers.find(x => x.rule === f.rule);
        if (!m) throw new Error(`no ${f.rule} in the Problems panel: ${JSON.stringify(markers)}`);
        const where = `[Ln ${f.line + 1}, Col ${f.character + 1}]`;
        for (const part of [f.actual, f.expected, 'grounded', where]) {
          if (!m.text.includes(part)) throw new Error(`the ${f.rule} row lacks ${JSON.stringify(part)}: ${JSON.stringify(m.text)}`);
        }
      }
      console.log(`  vscode: Problems: ${markers.map(m => m.text.split('\n')[0]).join(' | ')}`);
    });

    const { duration } = ws;
    await step(`hover "${duration.actual}" and see the source's "${duration.expected}"`, async () => {
      const box = await wordBox(p, duration.actual);
      if (!box) throw new Error(`"${duration.actual}" is not on screen`);
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const hover = p.locator(SEL.hover, { hasText: `Source value: ${duration.expected}` });
      await until(
        'a hover with the source sentence',
        30_000,
        async () => {
          // Monaco shows a hover once the mouse rests on a word it has moved onto: move off, then on.
          await p.mouse.move(x, y - 40);
          await p.mouse.move(x, y, { steps: 3 });
          try {
            await hover.first().waitFor({ state: 'visible', timeout: 5000 });
            return true;
          } catch {
            return undefined;
          }
        },
        () => `no .monaco-hover says "Source value: ${duration.expected}"`,
      );
      const text = clean(await hover.first().innerText());
      for (const part of ['number-mismatch', `Source value: ${duration.expected}`, `the ${duration.expected} conflict has depleted`, 'article.txt:8']) {
        if (!text.includes(part)) throw new Error(`the hover lacks ${JSON.stringify(part)}: ${JSON.stringify(text)}`);
      }
      console.log(`  vscode: hover: ${JSON.stringify(text.slice(text.indexOf('Source value')).slice(0, 140))}…`);
      await p.keyboard.press('Escape');
      await p.mouse.move(5, 5);
    });

    const title = `Replace with source value "${duration.expected}"`;
    await step(`apply the quick fix ${title}`, async () => {
      const box = await wordBox(p, duration.actual);
      if (!box) throw new Error(`"${duration.actual}" is not on screen`);
      await p.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await p.keyboard.press('Control+.');
      const row = p.locator(SEL.actionRow, { hasText: title });
      try {
        await row.first().waitFor({ state: 'visible', timeout: 20_000 });
      } catch {
        const offered = await p.locator(SEL.actionRow).allInnerTexts().catch(() => []);
        throw new Error(`the quick fix menu has no ${JSON.stringify(title)} (offered: ${JSON.stringify(offered)})`);
      }
      // Choose it with the keyboard: the context view puts a pointer-blocking layer over the editor, so a click on
      // the row does not reach it. Walk the list to the row and press Enter.
      const focused = p.locator(`${SEL.actionRow}.focused`);
      const offered = (await p.locator(SEL.actionRow).allInnerTexts()).length;
      for (let i = 0; i <= offered && !(await focused.first().innerText().catch(() => '')).includes(title); i++) {
        await p.keyboard.press('ArrowDown');
      }
      if (!(await focused.first().innerText().catch(() => '')).includes(title)) throw new Error(`could not select ${JSON.stringify(title)} in the quick fix menu`);
      await p.keyboard.press('Enter');
      await until(`the draft says "the ${duration.expected} conflict"`, 20_000, async () => {
        const t = await editorText(p);
        return t.includes(`the ${duration.expected} conflict`) && !t.includes(duration.actual) ? true : undefined;
      });
    });

    await step('see the number-mismatch diagnostic gone and the other two stay', async () => {
      const remaining = rules.filter(r => r !== duration.rule).sort();
      let last: Marker[] = [];
      await until(
        `the Problems panel lists only ${remaining.join(', ')}`,
        30_000,
        async () => {
          last = await problemMarkers(p, rules);
          const squiggles = await p.locator(SEL.squiggle).count();
          return JSON.stringify(last.map(m => m.rule).sort()) === JSON.stringify(remaining) && squiggles === remaining.length ? true : undefined;
        },
        () => JSON.stringify(last.map(m => m.rule)),
      );
    });
  } catch (e) {
    failure = e;
  } finally {
    if (page) {
      try {
        await page.screenshot({ path: SCREENSHOT });
        console.log(`  vscode: screenshot: ${path.relative(process.cwd(), SCREENSHOT) || SCREENSHOT}`);
      } catch (e) {
        console.error(`  vscode: no screenshot: ${e instanceof Error ? e.message : e}`);
      }
    }
    if (failure) {
      const tail = (s: string, n: number) => s.split('\n').slice(-n).join('\n');
      const parts = [
        failure instanceof Error ? failure.message : String(failure),
        `--- browser console (last 40 of ${consoleLines.length}) ---\n${consoleLines.slice(-40).join('\n') || '(nothing)'}`,
        `--- code-server log (tail) ---\n${cs ? cs.logTail(40) : tail(fs.existsSync(dirs.log) ? fs.readFileSync(dirs.log, 'utf8') : '', 40) || '(empty)'}`,
        `--- extension logs (Grounded output channel, extension host) ---\n${cs ? cs.extensionLogs(40) : '(code-server did not run)'}`,
      ];
      if (fs.existsSync(SCREENSHOT)) parts.push(`screenshot of the failure: ${SCREENSHOT}`);
      failure = new E2EFailure(parts.join('\n'));
    }
    await browser?.close().catch(() => undefined);
    await cs?.stop();
  }
  if (failure) throw failure;
}

if (require.main === module) {
  const cache = process.env.GROUNDED_E2E_CACHE || path.join(os.homedir(), '.cache/grounded-e2e');
  const codeServer = process.env.GROUNDED_E2E_CODE_SERVER || path.join(cache, 'code-server-4.100.3/node_modules/.bin/code-server');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-e2e-'));
  const ws = makeWorkspace(path.join(tmp, 'ws'));
  const sentences = checkWithCli(ws);
  runVsCodeE2E({ codeServer, vsix: process.env.GROUNDED_E2E_VSIX || path.join(REPO, 'grounded.vsix'), ws, tmp: path.join(tmp, 'code-server'), sentences }).then(
    () => {
      console.log('PASS vscode');
      fs.rmSync(tmp, { recursive: true, force: true });
    },
    e => {
      console.error(`FAIL vscode: ${e instanceof Error ? e.message : String(e)}`);
      console.error(`(kept ${tmp})`);
      process.exitCode = 1;
    },
  );
}
