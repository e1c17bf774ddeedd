// The TextMate injection grammars in syntaxes/: they parse, package.json registers them, their regexes use only
// syntax that Oniguruma and JavaScript read alike (so testing them here as JS RegExps is meaningful), and they match
// what the engine reads: the directives of server/src/engine/directives.ts and the front matter `sources:` key.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { disabledLines } from '../../server/src/engine/directives';
import { LineMap } from '../../server/src/engine/lineMap';
import { RULES } from '../../server/src/engine/rules';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, Rule>;
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

function load(file: string): Grammar {
  return JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', file), 'utf8'));
}

const directives = load('grounded-markdown.injection.tmLanguage.json');
const frontMatter = load('grounded-frontmatter.injection.tmLanguage.json');

/** Every regex in a grammar, with where it is. */
function regexes(g: Grammar): [string, string][] {
  const out: [string, string][] = [];
  const visit = (rule: Rule, where: string) => {
    for (const key of ['match', 'begin', 'end'] as const) if (rule[key] !== undefined) out.push([`${where}.${key}`, rule[key]!]);
    rule.patterns?.forEach((r, i) => visit(r, `${where}.patterns[${i}]`));
    for (const [n, r] of Object.entries(rule.captures ?? {})) visit(r, `${where}.captures[${n}]`);
  };
  g.patterns.forEach((r, i) => visit(r, `patterns[${i}]`));
  for (const [name, r] of Object.entries(g.repository)) visit(r, `repository.${name}`);
  return out;
}

/** The regex as JavaScript reads it, after checking it uses no Oniguruma-only syntax. */
function js(source: string, flags = ''): RegExp {
  const onigurumaOnly = [/\\[GAzZhHK]/, /\(\?>/, /[*+?}]\+/, /\(\?[imx]+[:)-]/, /\\p\{\^/, /\[\[:/];
  for (const re of onigurumaOnly) assert.doesNotMatch(source, re, `${source} uses Oniguruma-only syntax`);
  return new RegExp(source, flags);
}

/** Resolves `#name` includes within the grammar (only local ones are used). */
function resolve(g: Grammar, rule: Rule): Rule {
  if (!rule.include) return rule;
  assert.match(rule.include, /^#/, 'only local includes');
  const target = g.repository[rule.include.slice(1)];
  assert.ok(target, `${rule.include} exists`);
  return resolve(g, target);
}

/** Tokenises a captured group with its capture patterns the way TextMate does: at each position the earliest
 *  match wins, ties going to the first pattern. Returns [text, scope] pairs for the matched pieces. */
function tokens(g: Grammar, patterns: Rule[], text: string): [string, string][] {
  const rules = patterns.map(p => resolve(g, p));
  const out: [string, string][] = [];
  let pos = 0;
  while (pos < text.length) {
    let best: { index: number; text: string; name: string } | undefined;
    for (const r of rules) {
      const re = js(r.match!, 'g');
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m[0] !== '' && (!best || m.index < best.index)) best = { index: m.index, text: m[0], name: r.name! };
    }
    if (!best) break;
    out.push([best.text, best.name]);
    pos = best.index + best.text.length;
  }
  return out;
}

describe('client/grammar (syntaxes/)', () => {
  it('registers both injection grammars in package.json', () => {
    const grammars = manifest.contributes.grammars as { injectTo: string[]; scopeName: string; path: string }[];
    assert.deepEqual(
      grammars.map(g => g.scopeName).sort(),
      [directives.scopeName, frontMatter.scopeName].sort(),
    );
    for (const g of grammars) {
      assert.deepEqual(g.injectTo, ['text.html.markdown']);
      const file = path.join(root, g.path);
      assert.ok(fs.existsSync(file), g.path);
      assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).scopeName, g.scopeName);
    }
    assert.equal(directives.scopeName, 'grounded.markdown.injection');
    assert.match(directives.injectionSelector, /^L:text\.html\.markdown\b/);
    assert.equal(frontMatter.injectionSelector, 'L:meta.embedded.block.frontmatter');
  });

  it('uses only regex syntax that Oniguruma and JavaScript read alike', () => {
    const all = [...regexes(directives), ...regexes(frontMatter)];
    assert.ok(all.length >= 5);
    for (const [where, source] of all) assert.doesNotThrow(() => js(source), where);
  });

  it('names exactly the engine\'s rules', () => {
    const ids = /\(\?:([\w|-]+)\)/.exec(directives.repository['rule-id'].match!)![1].split('|');
    assert.deepEqual(ids, Object.keys(RULES));
  });

  describe('directives', () => {
    const directive = directives.repository.directive;
    const re = () => js(directive.match!, 'g');

    const lines = [
      '<!-- grounded-disable-next-line -->',
      '<!--grounded-disable-line-->',
      'The 12-month conflict. <!-- grounded-disable-line number-mismatch -->',
      '- item <!-- grounded-disable-next-line number-mismatch, date-mismatch bogus-rule -->',
      '<!-- grounded-disable-line   quote-mismatch , unsupported-sentence   -->',
    ];
    const notDirectives = [
      '<!-- a plain comment -->',
      '<!-- grounded-disable -->',
      '<!-- grounded-enable-line -->',
      'grounded-disable-line number-mismatch',
      '<!-- grounded-disable-lines -->',
      '<!-- grounded-disable-line number-mismatch; date-mismatch -->',
    ];

    it('matches the directives the engine obeys, and nothing else', () => {
      for (const line of [...lines, ...notDirectives]) {
        const engine = disabledLines(line, new LineMap(line)).size > 0;
        const grammar = re().test(line);
        assert.equal(grammar, engine, `${line}: grammar ${grammar}, engine ${engine}`);
      }
      for (const line of lines) assert.ok(re().test(line), line);
      for (const line of notDirectives) assert.ok(!re().test(line), line);
    });

    it('scopes the keyword, known rule ids and unknown ones', () => {
      const line = 'Text <!-- grounded-disable-next-line number-mismatch, bogus-rule date-mismatch --> more.';
      const m = re().exec(line)!;
      assert.equal(m[0], '<!-- grounded-disable-next-line number-mismatch, bogus-rule date-mismatch -->');
      assert.equal(m[2], 'grounded-disable-next-line');
      assert.equal(directive.captures!['2'].name, 'keyword.control.directive.grounded');
      assert.equal(m[1], '<!--');
      assert.equal(m[4], '-->');
      assert.deepEqual(tokens(directives, directive.captures!['3'].patterns!, m[3]), [
        ['number-mismatch', 'constant.language.rule.grounded'],
        [',', 'punctuation.separator.comma.grounded'],
        ['bogus-rule', 'invalid.illegal.unknown-rule.grounded'],
        ['date-mismatch', 'constant.language.rule.grounded'],
      ]);
      // A rule id inside a longer word is not a rule id.
      assert.deepEqual(tokens(directives, directive.captures!['3'].patterns!, ' number-mismatch-x xnumber-mismatch'), [
        ['number-mismatch-x', 'invalid.illegal.unknown-rule.grounded'],
        ['xnumber-mismatch', 'invalid.illegal.unknown-rule.grounded'],
      ]);
      for (const id of Object.keys(RULES)) {
        assert.deepEqual(tokens(directives, directive.captures!['3'].patterns!, ` ${id}`), [[id, 'constant.language.rule.grounded']]);
      }
    });
  });

  describe('front matter sources key', () => {
    const key = frontMatter.repository['sources-key'];
    const re = () => js(key.match!);

    it('matches the top-level sources key', () => {
      for (const line of ['sources: [article.txt]', 'sources:', 'sources: article.txt', 'sources:  # comment', 'sources :\t[a]']) {
        const m = re().exec(line);
        assert.ok(m, line);
        assert.equal(m[1], 'sources');
        assert.equal(m[2], ':');
      }
      assert.match(key.captures!['1'].name!, /keyword\.other\.sources\.grounded/);
    });

    it('leaves other keys, nested keys and values alone', () => {
      for (const line of ['  sources: nested', 'resources: a', 'sourcesx: a', 'sources:x', 'title: sources: a', '- sources: a', '"sources": a']) {
        assert.ok(!re().test(line), line);
      }
    });
  });
});
