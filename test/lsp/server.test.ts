// Runs the BUILT language server (dist/server.js --stdio) in temporary workspaces and talks to it over JSON-RPC as
// an editor would: diagnostics, hovers, definitions, code actions, re-checks after edits of drafts and sources.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { CodeAction, Diagnostic, Hover, Location, MarkupContent, Range, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDraft, indexSources } from '../../server/src/engine';
import type { CheckWorkspaceResult } from '../../server/src/lsp/protocol';
import { fileUri, LspClient, repo, serverJs, sleep } from './lspClient';

const sample = path.join(repo, 'sample');
const ARTICLE = fs.readFileSync(path.join(sample, 'article.txt'), 'utf8');
/** The seed draft: front matter `sources: [article.txt]` and three faithful sentences. */
const SEED = fs.readFileSync(path.join(sample, 'draft.md'), 'utf8');
const TWELVE = SEED.replace('18-month', '12-month');
const FAULT = '@@grounded-test-fault@@';
const HOME = 'https://github.com/grounded-dev/grounded';

/** The range of the `n`-th (0-based) occurrence of `needle` in `text`. */
function rangeOf(text: string, needle: string, n = 0): Range {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(needle)} occurs ${n + 1} times`);
  }
  const doc = TextDocument.create('x:', 'markdown', 0, text);
  return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}

/** Where a source sentence lies in article.txt: from its first words to its last. */
function articleRange(first: string, last: string): Range {
  const start = rangeOf(ARTICLE, first).start;
  const lineText = ARTICLE.split('\n')[start.line];
  const end = lineText.indexOf(last, start.character) + last.length;
  return { start, end: { line: start.line, character: end } };
}

const ARTICLE_SENTENCES = indexSources([{ path: 'article.txt', text: ARTICLE }]).sentences.length;
/** The log lines of the indexes of article.txt alone. */
const indexLogs = (client: LspClient) => client.logs.filter(l => l.message.startsWith('indexed article.txt (')).map(l => l.message.replace(/ in \d+ ms$/, ''));
const MUNITIONS = articleRange('Putin sees the meeting', 'has depleted.');
const MUNITIONS_QUOTE = 'Putin sees the meeting with Kim as a chance to replenish the munitions stocks that the 18-month conflict has depleted.';

function markdown(h: Hover | null): string {
  assert.ok(h, 'a hover');
  const c = h.contents as MarkupContent;
  assert.equal(c.kind, 'markdown');
  return c.value;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x:', 'markdown', 0, text), edits);
}

describe('lsp: grounded-language-server (built, over stdio)', function () {
  this.timeout(20_000);

  before(() => {
    execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'pipe', shell: process.platform === 'win32' });
    assert.ok(fs.existsSync(serverJs), 'npm run build makes dist/server.js');
  });

  describe('command line', () => {
    it('prints its version and help, and refuses to start without a transport', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
      assert.equal(pkg.bin['grounded-language-server'], 'dist/server.js');
      const version = spawnSync(process.execPath, [serverJs, '--version'], { encoding: 'utf8' });
      assert.equal(version.status, 0);
      assert.equal(version.stdout, `${pkg.version}\n`);
      const help = spawnSync(process.execPath, [serverJs, '--help'], { encoding: 'utf8' });
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^grounded-language-server \d+\.\d+\.\d+: the Grounded language server/);
      assert.match(help.stdout, /--stdio {12}JSON-RPC over stdin\/stdout/);
      const none = spawnSync(process.execPath, [serverJs], { encoding: 'utf8' });
      assert.equal(none.status, 2);
      assert.equal(none.stdout, '');
      assert.match(none.stderr, /^grounded-language-server: no transport given; .*\n\nUsage: grounded-language-server --stdio \| --node-ipc/);
      assert.ok(fs.readFileSync(serverJs, 'utf8').startsWith('#!/usr/bin/env node\n'), 'dist/server.js has a shebang');
    });

    it('starts the bundle with the code cache the build wrote, which this Node accepts', () => {
      const dist = path.dirname(serverJs);
      const source = fs.readFileSync(path.join(dist, 'server.bundle.js'), 'utf8').replace(/^#!/, '//');
      const cachedData = fs.readFileSync(path.join(dist, 'server.bundle.cache'));
      const script = new vm.Script(Module.wrap(source), { filename: path.join(dist, 'server.bundle.js'), cachedData });
      assert.equal(script.cachedDataRejected, false);
      // A cache of other code is rejected, and the loader still starts the server without one.
      assert.equal(new vm.Script(Module.wrap('1;'), { cachedData }).cachedDataRejected, true);
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-nocache-'));
      for (const f of ['server.js', 'server.bundle.js', 'english-words.txt']) fs.copyFileSync(path.join(dist, f), path.join(copy, f));
      const version = spawnSync(process.execPath, [path.join(copy, 'server.js'), '--version'], { encoding: 'utf8' });
      assert.equal(version.status, 0, version.stderr);
      assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
      assert.equal(fs.existsSync(path.join(copy, 'server.bundle.cache')), false, 'no cache is written at run time');
      fs.rmSync(copy, { recursive: true, force: true });
    });
  });

  describe('a workspace with the seed article', () => {
    let ws: string;
    let client: LspClient;
    let init: Awaited<ReturnType<typeof LspClient.start>>['init'];
    const at = (rel: string) => path.join(ws, rel);
    const write = (rel: string, text: string) => fs.writeFileSync(at(rel), text);
    const articleUri = () => fileUri(at('article.txt'));

    before(async () => {
      ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-lsp-')));
      write('article.txt', ARTICLE);
      ({ client, init } = await LspClient.start(ws, { env: { GROUNDED_LSP_FAULT: FAULT }, initializationOptions: { settings: { debounceMs: 100 } } }));
    });
    after(async () => {
      await client?.stop();
      fs.rmSync(ws, { recursive: true, force: true });
    });

    it('announces its capabilities', () => {
      assert.deepEqual(init.capabilities, {
        textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.grounded'], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      });
      assert.deepEqual(init.serverInfo, { name: 'grounded-language-server', version: '0.1.0' });
    });

    it('registers file watchers for sources and .grounded.json, and asks for its settings', async () => {
      for (let i = 0; i < 50 && client.registrations.length < 2; i++) await sleep(20);
      const watchers = client.registrations.find(r => r.method === 'workspace/didChangeWatchedFiles');
      assert.deepEqual(watchers?.registerOptions, { watchers: [{ globPattern: '**/.grounded.json' }, { globPattern: '**/*.{md,markdown,txt,text}' }] });
      assert.ok(client.registrations.some(r => r.method === 'workspace/didChangeConfiguration'));
    });

    it('publishes no diagnostics for the faithful seed draft, and its status', async () => {
      assert.deepEqual(await client.open(at('seed.md'), SEED), []);
      assert.deepEqual(client.statuses.filter(s => s.uri === fileUri(at('seed.md'))), [
        { uri: fileUri(at('seed.md')), total: 3, supported: 3, hasSources: true },
      ]);
      assert.deepEqual(client.configurationRequests.at(-1), { scopeUri: fileUri(ws), section: 'grounded' });
    });

    it('flags "12-month" with one error on the exact words, with the evidence as related information', async () => {
      const diagnostics = await client.open(at('twelve.md'), TWELVE);
      assert.equal(diagnostics.length, 1);
      const [d] = diagnostics;
      assert.deepEqual(d.range, rangeOf(TWELVE, '12-month'));
      assert.equal(d.severity, 1);
      assert.equal(d.code, 'number-mismatch');
      assert.equal(d.source, 'grounded');
      assert.deepEqual(d.codeDescription, { href: `${HOME}#number-mismatch` });
      const message = d.message as string;
      assert.ok(message.includes('12-month') && message.includes('18-month'), message);
      assert.equal(MUNITIONS.start.line, 7); // article.txt line 8
      assert.deepEqual(d.relatedInformation, [
        { location: { uri: articleUri(), range: MUNITIONS }, message: `article.txt:8: ${MUNITIONS_QUOTE}` },
      ]);
      assert.deepEqual(d.data, { rule: 'number-mismatch', actual: '12-month', expected: '18-month' });
      assert.deepEqual(client.statuses.filter(s => s.uri === fileUri(at('twelve.md'))), [
        { uri: fileUri(at('twelve.md')), total: 3, supported: 2, hasSources: true },
      ]);
      // One index of article.txt, shared by both drafts.
      assert.deepEqual(indexLogs(client), [`indexed article.txt (${ARTICLE_SENTENCES} sentences)`]);
    });

    it('hovers over the flagged words with what is wrong, the source value and the quoted evidence', async () => {
      const uri = fileUri(at('twelve.md'));
      const range = rangeOf(TWELVE, '12-month');
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: range.start.line, character: range.start.character + 3 } });
      const [d] = await client.diagnosticsFor(uri, 1);
      const link = `[article.txt:8](${articleUri()}#L8,1)`;
      assert.equal(
        markdown(hover),
        `[number-mismatch](${HOME}#number-mismatch): ${d.message as string}\n\n` +
          'Source value: **18-month**\n\n' +
          `> ${MUNITIONS_QUOTE}\n>\n> — ${link}`,
      );
      assert.deepEqual(hover!.range, range);
    });

    it('hovers over a faithful sentence with its evidence, and says when there is none', async () => {
      const uri = fileUri(at('twelve.md'));
      const conflict = rangeOf(TWELVE, 'The conflict in Ukraine');
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: conflict.start });
      const evidence = articleRange('The conflict in Ukraine', 'security interests.');
      assert.equal(
        markdown(hover),
        `Supported by [article.txt:1](${articleUri()}#L1,${evidence.start.character + 1}):\n\n` +
          '> The conflict in Ukraine is the “sacred fight” that Russia is fighting to protect its security interests.\n>\n' +
          `> — [article.txt:1](${articleUri()}#L1,${evidence.start.character + 1})`,
      );
      const sentenceEnd = rangeOf(TWELVE, 'security interests.').end;
      assert.deepEqual(hover!.range, { start: conflict.start, end: sentenceEnd });

      const text = `${TWELVE}- The two leaders later ate dinner together.\n`;
      await client.open(at('dinner.md'), text);
      const dinner = rangeOf(text, 'ate dinner');
      const none = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: fileUri(at('dinner.md')) }, position: dinner.start });
      assert.equal(markdown(none), 'No supporting passage found in the sources.');
    });

    it('goes to the evidence sentence in the source (Go to Definition and grounded/evidence)', async () => {
      const uri = fileUri(at('twelve.md'));
      const position = rangeOf(TWELVE, '12-month').start;
      const expected: Location[] = [{ uri: articleUri(), range: MUNITIONS }];
      assert.deepEqual(await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position }), expected);
      assert.deepEqual(await client.request<Location[]>('grounded/evidence', { uri, position }), expected);
      // A sentence without a finding: its own evidence.
      const leaders = rangeOf(TWELVE, 'separate meetings').start;
      assert.deepEqual(await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: leaders }), [
        { uri: articleUri(), range: articleRange('The two leaders then', 'their delegations.') },
      ]);
      // Several sources: every candidate, best first.
      write('analysis.txt', 'Analysts say the 18-month conflict has depleted Russian munitions stocks, and Putin sees the meeting with Kim as a chance to replenish them.\n');
      const two = TWELVE.replace('sources: [article.txt]', 'sources: [article.txt, analysis.txt]');
      const [mismatch] = await client.open(at('two.md'), two);
      const both = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: fileUri(at('two.md')) }, position });
      const byUri = (a: Location, b: Location) => (a.uri < b.uri ? -1 : 1);
      assert.deepEqual([...both].sort(byUri), [
        { uri: fileUri(at('analysis.txt')), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 140 } } },
        { uri: articleUri(), range: MUNITIONS },
      ]);
      // Best first: the evidence of the finding on the words leads.
      assert.deepEqual(both[0], mismatch.relatedInformation![0].location);
      // The front matter entry: the source file itself.
      const entry = rangeOf(TWELVE, 'article.txt').start;
      assert.deepEqual(await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: entry }), [
        { uri: articleUri(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
      ]);
    });

    it('offers "Replace with source value", "Disable rule for this line" and fix-all as exact edits', async () => {
      const uri = fileUri(at('twelve.md'));
      const [d] = await client.diagnosticsFor(uri, 1);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const line = d.range.start.line;
      const edit = (edits: TextEdit[]) => ({ documentChanges: [{ textDocument: { uri, version: 1 }, edits }] });
      assert.deepEqual(actions, [
        { title: 'Replace with source value "18-month"', kind: 'quickfix', diagnostics: [d], isPreferred: true, edit: edit([{ range: d.range, newText: '18-month' }]) },
        {
          title: 'Disable number-mismatch for this line',
          kind: 'quickfix',
          diagnostics: [d],
          edit: edit([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '<!-- grounded-disable-next-line number-mismatch -->\n' }]),
        },
        { title: "Replace every mismatch with the source's value", kind: 'source.fixAll.grounded', edit: edit([{ range: d.range, newText: '18-month' }]) },
      ]);
      const only = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [], only: ['source.fixAll'] } });
      assert.deepEqual(only.map(a => a.kind), ['source.fixAll.grounded']);
      const elsewhere = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: rangeOf(TWELVE, 'separate meetings'),
        context: { diagnostics: [], only: ['quickfix'] },
      });
      assert.deepEqual(elsewhere, []);
    });

    it('honours the inserted directive: applying "Disable rule for this line" clears the diagnostic', async () => {
      const file = at('disable.md');
      const uri = fileUri(file);
      const [d] = await client.open(file, TWELVE);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
      const disable = actions.find(a => a.title === 'Disable number-mismatch for this line')!;
      const edits = (disable.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
      const published = client.nextDiagnostics(uri, p => p.version === 2);
      await client.change(file, edits.map(e => ({ range: e.range, text: e.newText })));
      assert.deepEqual((await published).diagnostics, []);
      // The line the directive names is the one below it: the same edit again adds nothing.
      const text = applyEdits(TWELVE, edits);
      assert.ok(text.includes('<!-- grounded-disable-next-line number-mismatch -->\n- Putin sees'), text);
    });

    it('fixes every mismatch of the document in one edit', async () => {
      const file = at('fixall.md');
      const uri = fileUri(file);
      const text = TWELVE.replace('conflict in Ukraine', 'conflict in Syria');
      const diagnostics = await client.open(file, text);
      assert.deepEqual(diagnostics.map(d => [d.code, d.range]), [
        ['name-mismatch', rangeOf(text, 'Syria')],
        ['number-mismatch', rangeOf(text, '12-month')],
      ]);
      const [fixAll] = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.grounded'] },
      });
      const edits = (fixAll.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
      assert.deepEqual(edits, [
        { range: rangeOf(text, 'Syria'), newText: 'Ukraine' },
        { range: rangeOf(text, '12-month'), newText: '18-month' },
      ]);
      assert.equal(applyEdits(text, edits), SEED);
      const published = client.nextDiagnostics(uri, p => p.version === 2);
      await client.change(file, [...edits].reverse().map(e => ({ range: e.range, text: e.newText })));
      assert.deepEqual((await published).diagnostics, []);
    });

    it('offers "Remove" for an added negation, taking one space with the word', async () => {
      const file = at('negation.md');
      const uri = fileUri(file);
      const faithful = SEED + '- Lim Soo-suk said that while Seoul was closely monitoring Kim’s visit, it was still in contact with Moscow.\n';
      const text = faithful.replace('Seoul was closely', 'Seoul was not closely');
      const [d] = await client.open(file, text);
      assert.deepEqual([d.code, d.range], ['negation-mismatch', rangeOf(text, 'not')]);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
      const remove = actions.find(a => a.isPreferred)!;
      assert.equal(remove.title, 'Remove "not"');
      const edits = (remove.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
      assert.deepEqual(edits, [{ range: rangeOf(text, 'not '), newText: '' }]);
      assert.equal(applyEdits(text, edits), faithful);
      const published = client.nextDiagnostics(uri, p => p.version === 2);
      await client.change(file, edits.map(e => ({ range: e.range, text: e.newText })));
      assert.deepEqual((await published).diagnostics, []);
    });

    it('re-checks after an incremental edit that fixes the number', async () => {
      const file = at('incremental.md');
      const uri = fileUri(file);
      assert.equal((await client.open(file, TWELVE)).length, 1);
      const twelve = rangeOf(TWELVE, '12-month');
      const fixed = client.nextDiagnostics(uri, p => p.version === 2);
      await client.change(file, [{ range: { start: twelve.start, end: { line: twelve.start.line, character: twelve.start.character + 2 } }, text: '18' }]);
      assert.deepEqual((await fixed).diagnostics, []);
      const broken = client.nextDiagnostics(uri, p => p.version === 3);
      await client.change(file, [{ range: { start: twelve.start, end: { line: twelve.start.line, character: twelve.start.character + 2 } }, text: '12' }]);
      const again = (await broken).diagnostics;
      assert.deepEqual(again.map(d => [d.code, d.range]), [['number-mismatch', twelve]]);
    });

    it('sends the status of a draft when a check changes it, and only then', async () => {
      const file = at('status.md');
      const uri = fileUri(file);
      const statuses = () => client.statuses.filter(s => s.uri === uri);
      assert.equal((await client.open(file, TWELVE)).length, 1);
      const twelve = rangeOf(TWELVE, '12-month');
      const twoChars = { start: twelve.start, end: { line: twelve.start.line, character: twelve.start.character + 2 } };
      // 12 → 13: still flagged, still 2 of 3 sentences supported: diagnostics, no new status.
      await client.change(file, [{ range: twoChars, text: '13' }]);
      assert.deepEqual((await client.diagnosticsFor(uri, 2)).map(d => d.code), ['number-mismatch']);
      // 13 → 18: every sentence supported.
      await client.change(file, [{ range: twoChars, text: '18' }]);
      assert.deepEqual(await client.diagnosticsFor(uri, 3), []);
      const supported2 = { uri, total: 3, supported: 2, hasSources: true };
      assert.deepEqual(statuses(), [supported2, { uri, total: 3, supported: 3, hasSources: true }]);
      // Closed and opened again: its status is sent again, unchanged as it is.
      await client.close(file);
      await client.open(file, TWELVE);
      assert.deepEqual(statuses().at(-1), supported2);
      assert.equal(statuses().length, 3);
    });

    it('debounces: a burst of edits is checked once, at its last version', async () => {
      const file = at('burst.md');
      const uri = fileUri(file);
      await client.open(file, SEED);
      const end = TextDocument.create(uri, 'markdown', 1, SEED).positionAt(SEED.length);
      const sentence = '- Putin met Kim.';
      for (let i = 0; i < sentence.length; i++) {
        await client.change(file, [{ range: { start: { line: end.line, character: i }, end: { line: end.line, character: i } }, text: sentence[i] }]);
      }
      const last = client.version(file);
      assert.equal(last, 1 + sentence.length);
      await client.diagnosticsFor(uri, last);
      await sleep(300);
      assert.deepEqual(client.diagnostics.filter(p => p.uri === uri).map(p => p.version), [1, last]);
    });

    it("re-checks the drafts using a source when the source's editor changes, and again when it closes unsaved", async () => {
      const twelve = fileUri(at('twelve.md'));
      const seed = fileUri(at('seed.md'));
      const articleText = ARTICLE;
      // Opening the source with the text on disk changes nothing.
      await client.openOnly(at('article.txt'), articleText, 'plaintext');
      const sourceStatus = await waitFor(() => client.statuses.find(s => s.uri === articleUri()));
      assert.deepEqual(sourceStatus, { uri: articleUri(), total: 0, supported: 0, hasSources: false });
      const twelveClean = client.nextDiagnostics(twelve);
      const seedFlagged = client.nextDiagnostics(seed);
      const month = rangeOf(articleText, '18-month');
      await client.change(at('article.txt'), [{ range: { start: month.start, end: { line: month.start.line, character: month.start.character + 2 } }, text: '12' }]);
      assert.deepEqual((await twelveClean).diagnostics, []);
      const flagged = (await seedFlagged).diagnostics;
      // The edited source is indexed once, for all the drafts using it.
      assert.equal(indexLogs(client).length, 2);
      assert.deepEqual(flagged.map(d => [d.code, d.range, (d as Diagnostic & { data: unknown }).data]), [
        ['number-mismatch', rangeOf(SEED, '18-month'), { rule: 'number-mismatch', actual: '18-month', expected: '12-month' }],
      ]);
      // Closed without saving: the disk's text counts again.
      const twelveBack = client.nextDiagnostics(twelve);
      const seedBack = client.nextDiagnostics(seed);
      await client.close(at('article.txt'));
      assert.deepEqual((await twelveBack).diagnostics.map(d => d.code), ['number-mismatch']);
      assert.deepEqual((await seedBack).diagnostics, []);
      // The text on disk is the one indexed first: that index is used again.
      assert.equal(indexLogs(client).length, 2);
    });

    it('re-checks when a source changes on disk, and reports a deleted source at its front matter entry', async () => {
      write('copy.txt', ARTICLE);
      const text = TWELVE.replace('sources: [article.txt]', 'sources: [copy.txt]');
      const file = at('copy.md');
      const uri = fileUri(file);
      assert.deepEqual((await client.open(file, text)).map(d => d.code), ['number-mismatch']);

      write('copy.txt', ARTICLE.replace('18-month', '12-month'));
      let next = client.nextDiagnostics(uri);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(at('copy.txt')), type: 2 }] });
      assert.deepEqual((await next).diagnostics, []);

      fs.unlinkSync(at('copy.txt'));
      next = client.nextDiagnostics(uri);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(at('copy.txt')), type: 3 }] });
      const missing = (await next).diagnostics;
      assert.deepEqual(missing, [
        {
          range: rangeOf(text, 'copy.txt'),
          severity: 1,
          code: 'source-error',
          source: 'grounded',
          message: 'cannot use the source copy.txt: no such file',
          data: { rule: 'source-error' },
          codeDescription: { href: `${HOME}#which-sources-a-draft-is-checked-against` },
        },
      ]);
      assert.deepEqual(client.statuses.filter(s => s.uri === uri).at(-1), {
        uri, total: 0, supported: 0, hasSources: true, problem: 'cannot use the source copy.txt: no such file',
      });

      write('copy.txt', ARTICLE);
      next = client.nextDiagnostics(uri);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(at('copy.txt')), type: 1 }] });
      assert.deepEqual((await next).diagnostics.map(d => d.code), ['number-mismatch']);
    });

    it('reports a front matter source that does not exist, or is outside the workspace, at its entry', async () => {
      const text = SEED.replace('sources: [article.txt]', 'sources: [article.txt, missing.txt]');
      const diagnostics = await client.open(at('missing.md'), text);
      assert.deepEqual(diagnostics.map(d => [d.severity, d.code, d.message, d.range]), [
        [1, 'source-error', 'cannot use the source missing.txt: no such file', rangeOf(text, 'missing.txt')],
      ]);
      const outside = SEED.replace('sources: [article.txt]', 'sources: [../elsewhere.txt]');
      const refused = await client.open(at('outside.md'), outside);
      assert.equal(refused.length, 1);
      assert.equal(refused[0].code, 'source-error');
      assert.deepEqual(refused[0].range, rangeOf(outside, '../elsewhere.txt'));
      assert.match(refused[0].message as string, /^source \.\.\/elsewhere\.txt is outside the workspace .*; set "allowOutsideWorkspace": true in \.grounded\.json to allow it$/);
    });

    it('leaves a draft without sources alone: no diagnostics, hasSources false', async () => {
      const text = TWELVE.replace(/^---\n[^]*?\n---\n/, '');
      const uri = fileUri(at('nosources.md'));
      assert.deepEqual(await client.open(at('nosources.md'), text), []);
      assert.deepEqual(client.statuses.filter(s => s.uri === uri), [{ uri, total: 0, supported: 0, hasSources: false }]);
    });

    it('clears the diagnostics of a draft when it closes', async () => {
      const file = at('closing.md');
      assert.equal((await client.open(file, TWELVE)).length, 1);
      const cleared = client.nextDiagnostics(fileUri(file));
      await client.close(file);
      assert.deepEqual(await cleared, { uri: fileUri(file), diagnostics: [] });
    });

    it('survives a check that throws: logs it, keeps the last diagnostics, and goes on serving', async () => {
      const file = at('fault.md');
      const uri = fileUri(file);
      assert.equal((await client.open(file, TWELVE)).length, 1);
      const logged = client.nextLog(l => l.message.includes('injected fault'));
      const end = TextDocument.create(uri, 'markdown', 1, TWELVE).positionAt(TWELVE.length);
      const version = await client.change(file, [{ range: { start: end, end }, text: `- ${FAULT}\n` }]);
      const log = await logged;
      assert.equal(log.type, 1);
      assert.match(log.message, new RegExp(`^internal error while checking ${uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(version ${version}\\); keeping its last diagnostics: Error: injected fault`));
      // Requests are still answered; nothing was published for the failed version.
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: rangeOf(TWELVE, '12-month').start });
      assert.equal(hover, null);
      assert.deepEqual(client.diagnostics.filter(p => p.uri === uri).map(p => p.version), [1]);
      // The next edit is checked again.
      const next = client.nextDiagnostics(uri, p => p.version === version + 1);
      await client.change(file, [{ range: { start: end, end: { line: end.line + 1, character: 0 } }, text: '' }]);
      assert.deepEqual((await next).diagnostics.map(d => d.code), ['number-mismatch']);
    });

    it('survives a malformed message, a binary-looking draft and a huge one', async () => {
      // Not JSON at all, then a valid request.
      const garbage = '{"jsonrpc": "2.0", "id": 99, "method": oops}';
      client.child.stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
      const binary = `---\nsources: [article.txt]\n---\n${'\u0000\u0001\u0002\u00ff'.repeat(2000)}`;
      const bin = await client.open(at('binary.md'), binary);
      assert.deepEqual(bin.map(d => [d.severity, d.code, d.message]), [[2, 'not-checked', 'not checked: the document looks binary (NUL character at offset 31)']]);
      const huge = `---\nsources: [article.txt]\n---\n${'The two leaders met. '.repeat(20_000)}`;
      const big = await client.open(at('huge.md'), huge);
      assert.deepEqual(big.map(d => [d.severity, d.code, d.message]), [
        [2, 'not-checked', 'not checked while editing: too large (420,031 characters; the limit is 200,000); run `grounded check` instead'],
      ]);
      const uri = fileUri(at('twelve.md'));
      const locations = await client.request<Location[]>('grounded/evidence', { uri, position: rangeOf(TWELVE, '12-month').start });
      assert.deepEqual(locations, [{ uri: articleUri(), range: MUNITIONS }]);
      assert.equal(client.child.exitCode, null);
    });

    async function waitFor<T>(get: () => T | undefined, ms = 5000): Promise<T> {
      for (let waited = 0; waited < ms; waited += 20) {
        const v = get();
        if (v !== undefined) return v;
        await sleep(20);
      }
      assert.fail('timed out');
    }
  });

  describe('a workspace with .grounded.json and settings', () => {
    let ws: string;
    let client: LspClient;
    const at = (rel: string) => path.join(ws, rel);
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
      fs.writeFileSync(at(rel), text);
    };
    const BODY = TWELVE.replace(/^---\n[^]*?\n---\n/, '');

    before(async () => {
      ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-lsp-config-')));
      write('sources/article.txt', ARTICLE);
      write('drafts/a.md', BODY);
      write('drafts/b.md', SEED.replace('sources: [article.txt]', 'sources: [../sources/article.txt]'));
      write('notes/c.md', BODY);
      write('.grounded.json', JSON.stringify({ sources: { 'drafts/a.md': 'sources/*.txt' }, rules: { 'number-mismatch': 'warning' } }));
      ({ client } = await LspClient.start(ws));
    });
    after(async () => {
      await client?.stop();
      fs.rmSync(ws, { recursive: true, force: true });
    });

    it('takes sources and rules from .grounded.json, and the setting overrides the rules', async () => {
      const a = fileUri(at('drafts/a.md'));
      const diagnostics = await client.open(at('drafts/a.md'), BODY);
      assert.deepEqual(diagnostics.map(d => [d.code, d.severity, d.range, d.relatedInformation?.[0].location.uri]), [
        ['number-mismatch', 2, rangeOf(BODY, '12-month'), fileUri(at('sources/article.txt'))],
      ]);
      client.settings = { rules: { 'number-mismatch': 'off' } };
      const next = client.nextDiagnostics(a);
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual((await next).diagnostics, []);
    });

    it('uses the grounded.sources setting for drafts that name no sources themselves', async () => {
      const c = fileUri(at('notes/c.md'));
      client.settings = {};
      assert.deepEqual(await client.open(at('notes/c.md'), BODY), []);
      assert.deepEqual(client.statuses.filter(s => s.uri === c).at(-1), { uri: c, total: 0, supported: 0, hasSources: false });
      client.settings = { sources: ['sources/article.txt'] };
      const next = client.nextDiagnostics(c);
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual((await next).diagnostics.map(d => [d.code, d.severity]), [['number-mismatch', 2]]);
    });

    it('reports an invalid .grounded.json on the draft, and recovers when it is fixed', async () => {
      const a = fileUri(at('drafts/a.md'));
      const invalid = '{"sources": {"drafts/a.md": "sources/*.txt"},}';
      write('.grounded.json', invalid);
      let next = client.nextDiagnostics(a);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(at('.grounded.json')), type: 2 }] });
      const column = invalid.indexOf(',}') + 2; // 1-based, at the "}"
      assert.deepEqual((await next).diagnostics.map(d => [d.code, d.message, d.range]), [
        ['source-error', `cannot use .grounded.json: invalid JSON at line 1, column ${column}: trailing comma before "}"`, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }],
      ]);
      write('.grounded.json', JSON.stringify({ sources: { 'drafts/a.md': 'sources/*.txt' } }));
      client.settings = {};
      next = client.nextDiagnostics(a);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(at('.grounded.json')), type: 2 }] });
      assert.deepEqual((await next).diagnostics.map(d => [d.code, d.severity]), [['number-mismatch', 1]]);
    });

    it('checks every draft of the workspace on grounded/checkWorkspace, with progress', async () => {
      client.settings = {};
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      const before = client.diagnostics.length;
      const result = await client.request<CheckWorkspaceResult>('grounded/checkWorkspace', { workDoneToken: 'check-1' });
      // .grounded.json names drafts/a.md only: that is the one draft (as `grounded check` would pick).
      assert.deepEqual(result, { drafts: 1, errors: 1, warnings: 0, infos: 0, found: 1, withoutSources: 0, withProblems: 0 });
      const published = client.diagnostics.slice(before).filter(p => p.uri === fileUri(at('drafts/a.md')));
      assert.ok(published.length >= 1);
      assert.deepEqual(published.at(-1)!.diagnostics.map(d => d.code), ['number-mismatch']);
      const progress = client.progress.filter(p => p.token === 'check-1').map(p => p.value.kind);
      assert.deepEqual([progress[0], progress.at(-1)], ['begin', 'end']);
      assert.ok(progress.includes('report'));

      // Without the config's draft keys: all Markdown, minus the files that are sources of others.
      write('.grounded.json', '{}');
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(at('.grounded.json')), type: 2 }] });
      client.settings = { sources: ['sources/article.txt'] };
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      const all = await client.request<CheckWorkspaceResult>('grounded/checkWorkspace', {});
      assert.deepEqual(all, { drafts: 3, errors: 2, warnings: 0, infos: 0, found: 3, withoutSources: 0, withProblems: 0 });
    });

    it('does not check a source open beside its draft against the other sources', async () => {
      // The drafts opened so far would use the same setting: close them.
      await client.close(at('drafts/a.md'));
      await client.close(at('notes/c.md'));
      write('refs/x.md', ARTICLE);
      const Y = 'Snow fell on Oslo all week, and the ferries stopped running.\n';
      write('refs/y.md', Y);
      client.settings = { sources: ['refs/*.md'] };
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      const d = await client.open(at('notes/d.md'), BODY);
      assert.deepEqual(d.map(x => x.code), ['number-mismatch']);
      const x = fileUri(at('refs/x.md'));
      assert.deepEqual(await client.open(at('refs/x.md'), ARTICLE), []);
      assert.deepEqual(client.statuses.filter(s => s.uri === x).at(-1), { uri: x, total: 0, supported: 0, hasSources: false });
      // Once its draft closes, it is a draft like any other (checked against refs/y.md: nothing supports it).
      const again = client.nextDiagnostics(x);
      await client.close(at('notes/d.md'));
      await client.change(at('refs/x.md'), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
      const checked = await again;
      assert.ok(checked.diagnostics.length > 0);
      const expected = checkDraft(` ${ARTICLE}`, indexSources([{ path: 'refs/y.md', text: Y, kind: 'markdown' }]), { kind: 'markdown' });
      assert.equal(checked.diagnostics.length, expected.findings.length);
      assert.deepEqual(client.statuses.filter(s => s.uri === x).at(-1), { uri: x, total: expected.sentences.length, supported: 0, hasSources: true });
    });
  });
});
