// The language server's pure parts, without a server process: settings, the disable directive edit, Markdown
// escaping, the debounce scheduler, the idle collector, the source store and the drafts' dependencies.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { disableEdit } from '../../server/src/lsp/codeActions';
import { escapeMarkdown } from '../../server/src/lsp/hover';
import { fullCollection, IdleCollector } from '../../server/src/lsp/idleCollect';
import { Scheduler } from '../../server/src/lsp/scheduler';
import { Checker } from '../../server/src/lsp/checker';
import { Drafts } from '../../server/src/lsp/drafts';
import { defaultSettings, effectiveRules, parseSettings, unwrapSettings } from '../../server/src/lsp/settings';
import { Workspaces } from '../../server/src/lsp/workspaces';
import { pathToUri } from '../../server/src/lsp/uri';
import { SourceStore } from '../../server/src/lsp/sourceStore';
import { runStepwise } from '../../server/src/lsp/stepwise';
import { GlobCache } from '../../server/src/workspace/globCache';
import { sleep } from './lspClient';

describe('lsp units', () => {
  describe('settings', () => {
    it('reads the settings wherever a client puts them, and ignores invalid values with a warning', () => {
      const flat = { sources: ['a.txt'], rules: { 'number-mismatch': 'warning' }, debounceMs: 40 };
      assert.deepEqual(unwrapSettings({ settings: flat }), flat);
      assert.deepEqual(unwrapSettings({ grounded: flat }), flat);
      assert.deepEqual(unwrapSettings(flat), flat);
      assert.deepEqual(parseSettings(flat), { sources: ['a.txt'], rules: { 'number-mismatch': 'warning' }, debounceMs: 40 });
      const warnings: string[] = [];
      const parsed = parseSettings({ sources: [1], rules: { bogus: 'error', 'name-mismatch': 'loud', 'date-mismatch': 'off' }, debounceMs: -5 }, undefined, w => warnings.push(w));
      assert.deepEqual(parsed, { sources: [], rules: { 'date-mismatch': 'off' }, debounceMs: 150 });
      assert.deepEqual(warnings, [
        'ignoring grounded.sources: expected a list of paths or globs',
        'ignoring grounded.rules › bogus: unknown rule',
        'ignoring grounded.rules › name-mismatch: expected one of error, warning, info, off',
        'ignoring grounded.debounceMs: expected a number of milliseconds >= 0',
      ]);
      assert.deepEqual(parseSettings({ sources: ' b.txt ', debounceMs: 1e9 }).sources, ['b.txt']);
      assert.equal(parseSettings({ debounceMs: 1e9 }).debounceMs, 10_000);
    });

    it('lets the setting override .grounded.json rule by rule', () => {
      assert.deepEqual(effectiveRules({ 'number-mismatch': 'off', 'date-mismatch': 'warning' }, { 'number-mismatch': 'error' }), {
        'number-mismatch': 'error',
        'date-mismatch': 'warning',
      });
    });
  });

  describe('disableEdit', () => {
    const doc = (text: string) => TextDocument.create('file:///d.md', 'markdown', 1, text);

    it('inserts a directive line above, indented like the line', () => {
      assert.deepEqual(disableEdit(doc('Intro.\n\n  - A 12-month war.\n'), 2, 'number-mismatch'), {
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
        newText: '  <!-- grounded-disable-next-line number-mismatch -->\n',
      });
      assert.equal(disableEdit(doc('A.\r\nA 12-month war.\r\n'), 1, 'number-mismatch')!.newText, '<!-- grounded-disable-next-line number-mismatch -->\r\n');
    });

    it('adds the rule to a directive already above, or does nothing when that covers it', () => {
      const text = '<!-- grounded-disable-next-line name-mismatch -->\nA 12-month war in Syria.\n';
      assert.deepEqual(disableEdit(doc(text), 1, 'number-mismatch'), {
        range: { start: { line: 0, character: 45 }, end: { line: 0, character: 45 } },
        newText: ' number-mismatch',
      });
      assert.equal(disableEdit(doc(text), 1, 'name-mismatch'), undefined);
      assert.equal(disableEdit(doc('<!-- grounded-disable-next-line -->\nA 12-month war.\n'), 1, 'number-mismatch'), undefined);
    });
  });

  it('escapes Markdown syntax in quoted source text', () => {
    assert.equal(escapeMarkdown('A *bold* [link](x) <b> `code` under_score'), 'A \\*bold\\* \\[link\\](x) \\<b\\> \\`code\\` under\\_score');
    assert.equal(escapeMarkdown('1. First'), '1\\. First');
    assert.equal(escapeMarkdown('- item'), '\\- item');
    assert.equal(escapeMarkdown('The “sacred fight” goes on.'), 'The “sacred fight” goes on.');
  });

  it('debounces per document: a newer request replaces a pending one', async () => {
    const runs: Array<[string, number]> = [];
    const s = new Scheduler((uri, generation) => runs.push([uri, generation]));
    s.schedule('a', 30);
    s.schedule('b', 10);
    s.schedule('a', 30);
    assert.equal(s.isPending('a'), true);
    await sleep(150);
    assert.deepEqual(runs, [['b', 1], ['a', 2]]);
    assert.equal(s.isPending('a'), false);
    s.schedule('a', 10);
    assert.equal(s.cancel('a'), true);
    await sleep(30);
    assert.deepEqual(runs.length, 2);
    s.dispose();
  });

  it('runs a check scheduled with no delay on the next turn of the event loop, replaceable and cancellable', async () => {
    const runs: Array<[string, number]> = [];
    const s = new Scheduler((uri, generation) => runs.push([uri, generation]));
    s.schedule('a', 0);
    s.schedule('a', 0); // replaces the first
    s.schedule('b', 0);
    assert.equal(s.cancel('b'), true);
    assert.deepEqual(runs, []); // never synchronously
    await new Promise(resolve => setImmediate(resolve));
    assert.deepEqual(runs, [['a', 2]]);
    assert.equal(s.isPending('a'), false);
    s.schedule('c', 0);
    s.dispose();
    await sleep(10);
    assert.deepEqual(runs, [['a', 2]]);
  });

  describe('Drafts', () => {
    const sorted = (xs: string[]) => [...xs].sort();

    it('maps each source to the drafts depending on it, through shared and separate lists', () => {
      const d = new Drafts();
      const shared = ['/s/a.txt', '/s/b.txt'];
      d.setSources('u1', shared);
      d.setSources('u2', shared);
      d.setSources('u3', ['/s/b.txt', '/s/c.txt']);
      assert.deepEqual(sorted(d.dependentsOf('/s/a.txt')), ['u1', 'u2']);
      assert.deepEqual(sorted(d.dependentsOf('/s/b.txt')), ['u1', 'u2', 'u3']);
      assert.deepEqual(d.dependentsOf('/s/c.txt'), ['u3']);
      assert.deepEqual(d.dependentsOf('/s/none.txt'), []);
      assert.equal(d.isSourceOfAnother('/s/a.txt', 'u1'), true);
      assert.equal(d.isSourceOfAnother('/s/c.txt', 'u3'), false);
      assert.equal(d.isSourceOfAnother('/s/c.txt', 'u1'), true);
    });

    it('forgets a list once no draft uses it, and a draft that changes or drops its sources', () => {
      const d = new Drafts();
      const shared = ['/s/a.txt', '/s/b.txt'];
      d.setSources('u1', shared);
      d.setSources('u2', shared);
      d.setSources('u1', ['/s/c.txt']);
      assert.deepEqual(d.dependentsOf('/s/a.txt'), ['u2']);
      assert.deepEqual(d.dependentsOf('/s/c.txt'), ['u1']);
      d.remove('u2');
      assert.deepEqual(d.dependentsOf('/s/a.txt'), []);
      assert.equal(d.isSourceOfAnother('/s/b.txt', 'u1'), false);
      d.setSources('u1', []);
      assert.deepEqual(d.dependentsOf('/s/c.txt'), []);
      // Equal lists that are different arrays, and a file named twice in one list.
      d.setSources('u1', ['/s/a.txt', '/s/a.txt']);
      d.setSources('u2', ['/s/a.txt']);
      assert.deepEqual(sorted(d.dependentsOf('/s/a.txt')), ['u1', 'u2']);
      d.remove('u1');
      assert.deepEqual(d.dependentsOf('/s/a.txt'), ['u2']);
      d.remove('u2');
      assert.deepEqual(d.dependentsOf('/s/a.txt'), []);
    });
  });

  describe('SourceStore', () => {
    let dir: string;
    beforeEach(() => (dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-store-')))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('prefers an open editor over the disk, versions texts by content, and builds one index per version', () => {
      const file = path.join(dir, 'a.txt');
      fs.writeFileSync(file, 'Kim met Putin in 2023.\n');
      const built: string[] = [];
      const store = new SourceStore(docs => built.push(docs.map(d => d.text).join('|')));
      assert.deepEqual(store.read(file), { text: 'Kim met Putin in 2023.\n' });
      const v1 = store.version(file);
      const index = (text: string) => store.indexFor(dir, [file], [{ path: 'a.txt', text }]);
      const first = index('Kim met Putin in 2023.\n');
      assert.equal(index('Kim met Putin in 2023.\n'), first);
      assert.equal(store.setOpen(file, 'Kim met Putin in 2023.\n'), false); // same text: nothing changes
      assert.equal(store.setOpen(file, 'Kim met Putin in 2022.\n'), true);
      assert.deepEqual(store.read(file), { text: 'Kim met Putin in 2022.\n' });
      const second = index('Kim met Putin in 2022.\n');
      assert.notEqual(second, first);
      assert.equal(store.setClosed(file), true); // back to the disk's text, and its version
      assert.equal(store.version(file), v1);
      assert.equal(index('Kim met Putin in 2023.\n'), first);
      assert.deepEqual(built, ['Kim met Putin in 2023.\n', 'Kim met Putin in 2022.\n']);
      store.retainIndexes(new Set([first.key]));
      assert.equal(store.indexCount, 2); // the unused one stays as a spare

      fs.unlinkSync(file);
      assert.equal(store.fileChanged(file), true);
      const r = store.read(file);
      assert.ok('error' in r && r.error.reason === 'no such file');
    });

    it('keys the index of one list of files (kept from check to check) by their current versions', () => {
      const a = path.join(dir, 'a.txt');
      const b = path.join(dir, 'b.txt');
      fs.writeFileSync(a, 'Kim met Putin in 2023.\n');
      fs.writeFileSync(b, 'They met in Vostochny.\n');
      const store = new SourceStore();
      const files = [a, b];
      const docs = () => files.map(f => ({ path: path.basename(f), text: (store.read(f) as { text: string }).text }));
      const first = store.indexFor(dir, files, docs());
      assert.equal(store.indexFor(dir, files, docs()), first);
      store.setOpen(b, 'They met in Moscow.\n');
      const second = store.indexFor(dir, files, docs());
      assert.notEqual(second, first);
      assert.equal(second.key, store.indexFor(dir, [a, b], docs()).key); // the same key as a fresh list's
      assert.equal(second.index.sentences[1].sentence.text, 'They met in Moscow.');
      store.setClosed(b);
      assert.equal(store.indexFor(dir, files, docs()), first);
      assert.notEqual(store.indexFor(path.join(dir, 'other'), files, docs()).key, first.key); // another root
    });
  });

  describe('Checker', () => {
    let dir: string;
    beforeEach(() => (dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-checker-')))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("reuses a draft's loaded sources while they are unchanged, and loads them again when one changes", () => {
      const draft = path.join(dir, 'draft.md');
      const text = '---\nsources: [a.txt, b.txt]\n---\nKim met Putin in 2023 in Vladivostok.\n';
      fs.writeFileSync(path.join(dir, 'a.txt'), 'Kim met Putin in 2023.\n');
      fs.writeFileSync(path.join(dir, 'b.txt'), 'The talks were held in Vladivostok.\n');
      const workspaces = new Workspaces();
      workspaces.init({ rootUri: pathToUri(dir) });
      const indexed: string[][] = [];
      const store = new SourceStore(docs => indexed.push(docs.map(d => d.text)));
      const deps = { workspaces, store, support: () => ({ relatedInformation: true, codeDescription: true }), isSourceOfAnother: () => false, globCache: new GlobCache() };
      const checker = new Checker(deps);
      const check = (t: string) => checker.check({ uri: pathToUri(draft), version: 1, file: draft, text: t, kind: 'markdown' }, defaultSettings());
      const codes = (t: string) => check(t).diagnostics.map(d => d.code);
      assert.deepEqual(codes(text), []);
      assert.deepEqual(codes(text + '\n'), []);
      assert.equal(indexed.length, 1);
      // A source changed on disk (another size, so another stamp): loaded and indexed again.
      fs.writeFileSync(path.join(dir, 'a.txt'), 'Kim met Putin in 2019, not later.\n');
      assert.deepEqual(codes(text), ['date-mismatch']);
      assert.deepEqual(indexed.at(-1), ['Kim met Putin in 2019, not later.\n', 'The talks were held in Vladivostok.\n']);
      // A source open in an editor with unsaved text counts, and so does closing it.
      store.setOpen(path.join(dir, 'b.txt'), 'The talks were held in Moscow.\n');
      assert.deepEqual(codes(text.replace('2023', '2019')), ['unsupported-name']);
      store.setClosed(path.join(dir, 'b.txt'));
      assert.deepEqual(codes(text.replace('2023', '2019')), []);
      // The sources unchanged but their index dropped (no draft used it): built again from the sources' texts.
      const before = indexed.length;
      for (let i = 0; i < 5; i++) store.indexFor(dir, [path.join(dir, `x${i}.txt`)], [{ path: `x${i}.txt`, text: `Text ${i}.` }]);
      store.retainIndexes(new Set());
      assert.deepEqual(codes(text.replace('2023', '2019')), []);
      assert.equal(indexed.length, before + 6);
      assert.deepEqual(indexed.at(-1), ['Kim met Putin in 2019, not later.\n', 'The talks were held in Vladivostok.\n']);
      // Every result equals a fresh checker's (nothing kept from before).
      const fresh = new Checker({ ...deps, store: new SourceStore() });
      const t2 = text.replace('2023', '2021');
      assert.deepEqual(check(t2).diagnostics, fresh.check({ uri: pathToUri(draft), version: 1, file: draft, text: t2, kind: 'markdown' }, defaultSettings()).diagnostics);
    });
    it("plans a draft's config glob again when files may have changed, walking again only where a folder changed", () => {
      fs.mkdirSync(path.join(dir, 'sources'));
      fs.mkdirSync(path.join(dir, 'drafts'));
      fs.writeFileSync(path.join(dir, '.grounded.json'), JSON.stringify({ sources: { 'drafts/*.md': ['sources/*.txt'] } }));
      fs.writeFileSync(path.join(dir, 'sources/a.txt'), 'Kim met Putin in 2023.\n');
      const past = (Date.now() - 60_000) / 1000;
      fs.utimesSync(path.join(dir, 'sources'), past, past); // written long ago (see globCache.ts, RACY_MS)
      const workspaces = new Workspaces();
      workspaces.init({ rootUri: pathToUri(dir) });
      const globCache = new GlobCache();
      const checker = new Checker({ workspaces, store: new SourceStore(), support: () => ({ relatedInformation: true, codeDescription: true }), isSourceOfAnother: () => false, globCache });
      const check = (name: string, text: string) => {
        const draft = path.join(dir, 'drafts', name);
        return checker.check({ uri: pathToUri(draft), version: 1, file: draft, text, kind: 'markdown' }, defaultSettings());
      };
      const text = 'Kim met Putin in 2023 in Vladivostok.\n';
      assert.deepEqual(check('one.md', text).sources, [path.join(dir, 'sources/a.txt')]);
      // Another draft opened: its glob is not walked again while the folder is unchanged.
      checker.filesChanged();
      assert.deepEqual(check('two.md', text).sources, [path.join(dir, 'sources/a.txt')]);
      assert.deepEqual(check('one.md', text).sources, [path.join(dir, 'sources/a.txt')]);
      assert.equal(globCache.walks, 1);
      // A source created: seen once files may have changed (a document opened, a file watcher's event).
      fs.writeFileSync(path.join(dir, 'sources/b.txt'), 'The talks were held in Vladivostok.\n');
      checker.filesChanged();
      assert.deepEqual(check('one.md', text).sources, [path.join(dir, 'sources/a.txt'), path.join(dir, 'sources/b.txt')]);
      assert.deepEqual(check('one.md', text).diagnostics, []);
      // And a source deleted.
      fs.unlinkSync(path.join(dir, 'sources/a.txt'));
      checker.filesChanged();
      assert.deepEqual(check('two.md', text).sources, [path.join(dir, 'sources/b.txt')]);
    });
  });
  describe('runStepwise', () => {
    it('runs one step per turn of the event loop, in order, a step again until it is done, with other work between', async () => {
      const log: string[] = [];
      let calls = 0;
      runStepwise([
        () => (log.push('a'), true),
        () => (log.push(`b${++calls}`), calls === 3),
        () => (log.push('c'), true),
      ]);
      assert.equal(log.length, 0, 'nothing runs before the next turn');
      // Work queued meanwhile (an edit's check, on setImmediate with a debounce of 0) runs between two steps.
      setImmediate(() => log.push('edit'));
      await sleep(20);
      assert.deepEqual(log, ['a', 'edit', 'b1', 'b2', 'b3', 'c']);
    });

    it('stops at a step that throws and tells of it', async () => {
      const log: string[] = [];
      const errors: unknown[] = [];
      runStepwise([() => (log.push('a'), true), () => { throw new Error('boom'); }, () => (log.push('c'), true)], e => errors.push(e));
      await sleep(20);
      assert.deepEqual(log, ['a']);
      assert.equal(errors.length, 1);
    });
  });

  describe('IdleCollector', () => {
    it('collects once after the checks stop, not while they keep coming', async () => {
      let calls = 0;
      const idle = new IdleCollector(() => calls++, 400, 0);
      for (let i = 0; i < 5; i++) {
        idle.touch(); // a check every 10 ms: the wait restarts each time
        await sleep(10);
      }
      assert.equal(calls, 0);
      await sleep(600);
      assert.equal(calls, 1);
      assert.equal(idle.collections, 1);
      idle.dispose();
    });

    it('skips the collection when the heap has not grown enough, and does nothing without a collector', async () => {
      let calls = 0;
      const idle = new IdleCollector(() => calls++, 10, 1024 ** 4);
      idle.touch();
      await sleep(40);
      assert.equal(calls, 0);
      const none = new IdleCollector(undefined, 10, 0);
      none.touch();
      await sleep(40);
      assert.equal(none.collections, 0);
    });

    it('runs a real full collection that frees unreachable memory', () => {
      const collect = fullCollection();
      assert.ok(collect, 'the runtime lets the server collect');
      collect();
      const base = process.memoryUsage().heapUsed;
      let garbage: number[][] | undefined = Array.from({ length: 100_000 }, (_, i) => new Array<number>(64).fill(i));
      const full = process.memoryUsage().heapUsed;
      assert.ok(full - base > 40 * 1024 * 1024, 'the garbage takes room before the collection');
      garbage = undefined;
      collect();
      assert.ok(full - process.memoryUsage().heapUsed > 35 * 1024 * 1024, 'the collection freed it');
      void garbage;
    });
  });
});
