// Unit tests of the evaluation's metric functions (scripts/evalMetrics.ts), on hand-made cases with exact numbers.
import assert from 'node:assert/strict';
import {
  balancedAccuracy,
  codePointToUtf16,
  codePointToUtf16Mapper,
  computeFileMetrics,
  confusion,
  evaluateTargets,
  falseAlarmRate,
  fmtPercent,
  fmtRatio,
  formatTable,
  locatedHumanSpans,
  naiveFloorBalancedAccuracy,
  naiveFloorFlags,
  naiveFloorMissing,
  naiveFloorTokens,
  overlapsAny,
  pairOutcome,
  parseJsonl,
  runPairs,
  spansOverlap,
  trueNegativeRate,
  truePositiveRate,
  type EvalRecord,
  type FindingLike,
} from '../../scripts/evalMetrics';

function rec(id: string, label: 'consistent' | 'inconsistent', draft: string, source: string, spans: EvalRecord['spans'] = []): EvalRecord {
  return { id, dataset: 'unit', source, draft, label, spans };
}

function f(rule: string, severity: FindingLike['severity'], start: number, end: number): FindingLike {
  return { rule, severity, span: { start, end } };
}

describe('evalMetrics', () => {
  describe('confusion, balanced accuracy, false-alarm rate', () => {
    it('counts a hand-made confusion matrix (3 TP, 1 FN, 1 FP, 4 TN)', () => {
      const items = [
        ...Array.from({ length: 3 }, () => ({ flagged: true, inconsistent: true })),
        { flagged: false, inconsistent: true },
        { flagged: true, inconsistent: false },
        ...Array.from({ length: 4 }, () => ({ flagged: false, inconsistent: false })),
      ];
      const c = confusion(items);
      assert.deepEqual(c, { tp: 3, fp: 1, tn: 4, fn: 1 });
      assert.equal(truePositiveRate(c), 0.75);
      assert.equal(trueNegativeRate(c), 0.8);
      assert.equal(falseAlarmRate(c), 0.2);
      assert.equal(balancedAccuracy(c), 0.775);
    });

    it('gives 0.5 for flag-everything and flag-nothing', () => {
      assert.equal(balancedAccuracy({ tp: 10, fn: 0, fp: 30, tn: 0 }), 0.5);
      assert.equal(balancedAccuracy({ tp: 0, fn: 10, fp: 0, tn: 30 }), 0.5);
      assert.equal(falseAlarmRate({ tp: 10, fn: 0, fp: 30, tn: 0 }), 1);
      assert.equal(falseAlarmRate({ tp: 0, fn: 10, fp: 0, tn: 30 }), 0);
    });

    it('is null (n/a) when a class is missing', () => {
      const onlyInconsistent = { tp: 2, fn: 1, fp: 0, tn: 0 };
      assert.equal(truePositiveRate(onlyInconsistent), 2 / 3);
      assert.equal(falseAlarmRate(onlyInconsistent), null);
      assert.equal(balancedAccuracy(onlyInconsistent), null);
      const onlyConsistent = { tp: 0, fn: 0, fp: 1, tn: 3 };
      assert.equal(truePositiveRate(onlyConsistent), null);
      assert.equal(falseAlarmRate(onlyConsistent), 0.25);
      assert.equal(balancedAccuracy(onlyConsistent), null);
      assert.equal(fmtRatio(null), 'n/a');
      assert.equal(fmtPercent(null), 'n/a');
    });

    it('applies the dev targets: false alarms ≤ 3% and balanced accuracy strictly above the published floor', () => {
      // 1 false alarm in 34 consistent pairs = 2.94% (ok); 1 in 33 = 3.03% (too many).
      const ok = { tp: 5, fn: 5, fp: 1, tn: 33 };
      const tooMany = { tp: 5, fn: 5, fp: 1, tn: 32 };
      assert.equal(fmtPercent(falseAlarmRate(ok)), '2.9%');
      assert.equal(fmtPercent(falseAlarmRate(tooMany)), '3.0%');
      const mOk = { falseAlarmRate: falseAlarmRate(ok), balancedAccuracy: balancedAccuracy(ok) };
      const mTooMany = { falseAlarmRate: falseAlarmRate(tooMany), balancedAccuracy: balancedAccuracy(tooMany) };
      // BA of ok = (0.5 + 33/34) / 2 = 0.7353
      assert.equal(fmtRatio(mOk.balancedAccuracy, 4), '0.7353');
      assert.deepEqual(evaluateTargets(mOk, 0.7), { falseAlarmOk: true, beatsFloor: true, pass: true });
      assert.deepEqual(evaluateTargets(mTooMany, 0.7), { falseAlarmOk: false, beatsFloor: true, pass: false });
      assert.deepEqual(evaluateTargets(mOk, 0.8), { falseAlarmOk: true, beatsFloor: false, pass: false });
      // Equal to the floor is not above it; exactly 3% is allowed.
      assert.deepEqual(evaluateTargets({ falseAlarmRate: 0.03, balancedAccuracy: 0.556 }, 0.556), { falseAlarmOk: true, beatsFloor: false, pass: false });
      assert.deepEqual(evaluateTargets({ falseAlarmRate: null, balancedAccuracy: null }, 0.5), { falseAlarmOk: false, beatsFloor: false, pass: false });
    });
  });

  describe('span overlap (half-open)', () => {
    const human = { start: 5, end: 10 };
    it('needs a shared character', () => {
      assert.equal(spansOverlap({ start: 0, end: 5 }, human), false); // ends where the human span starts
      assert.equal(spansOverlap({ start: 10, end: 12 }, human), false); // starts where it ends
      assert.equal(spansOverlap({ start: 4, end: 6 }, human), true);
      assert.equal(spansOverlap({ start: 5, end: 6 }, human), true);
      assert.equal(spansOverlap({ start: 9, end: 10 }, human), true);
      assert.equal(spansOverlap({ start: 9, end: 15 }, human), true);
      assert.equal(spansOverlap({ start: 0, end: 20 }, human), true); // contains it
      assert.equal(spansOverlap({ start: 6, end: 8 }, human), true); // inside it
    });

    it('treats an empty finding span as a caret and an empty human span as unhittable', () => {
      assert.equal(spansOverlap({ start: 5, end: 5 }, human), true);
      assert.equal(spansOverlap({ start: 9, end: 9 }, human), true);
      assert.equal(spansOverlap({ start: 10, end: 10 }, human), false);
      assert.equal(spansOverlap({ start: 4, end: 4 }, human), false);
      assert.equal(spansOverlap({ start: 0, end: 20 }, { start: 7, end: 7 }), false);
    });

    it('counts a hit on any annotator span, and drops null spans', () => {
      const located = locatedHumanSpans('abcdefghijklmnopqrst', [
        { start: null, end: null, text: 'very bad' },
        { start: 2, end: 4, text: 'cd', annotator: 'a1' },
        { start: 12, end: 15, text: 'mno', annotator: 'a2' },
        { start: 3, end: null, text: 'half' },
      ]);
      assert.deepEqual(located, [{ start: 2, end: 4 }, { start: 12, end: 15 }]);
      assert.equal(overlapsAny({ start: 14, end: 18 }, located), true);
      assert.equal(overlapsAny({ start: 4, end: 12 }, located), false);
      assert.equal(overlapsAny({ start: 0, end: 1 }, []), false);
    });
  });

  describe('code-point to UTF-16 offsets', () => {
    it('shifts offsets after an emoji by one code unit per astral character', () => {
      const text = 'a😀b😀c'; // code points: a 😀 b 😀 c
      assert.equal(text.length, 7);
      const map = codePointToUtf16Mapper(text);
      assert.deepEqual([0, 1, 2, 3, 4, 5].map(map), [0, 1, 3, 4, 6, 7]);
      assert.equal(codePointToUtf16(text, 4), 6);
      assert.equal(text.slice(codePointToUtf16(text, 4), codePointToUtf16(text, 5)), 'c');
      // out of range: clamped
      assert.equal(map(99), 7);
      assert.equal(map(-1), 0);
    });

    it('is the identity without astral characters', () => {
      const text = 'naïve café — “quoted”';
      assert.deepEqual([0, 3, 10, text.length].map(codePointToUtf16Mapper(text)), [0, 3, 10, text.length]);
    });

    it('converts a Python-offset human span into the draft', () => {
      const draft = '🐱 The cat sat on 4 mats.';
      // In Python, draft[17:18] == '4'; in JavaScript the cat takes two code units.
      const [span] = locatedHumanSpans(draft, [{ start: 17, end: 18, text: '4' }]);
      assert.deepEqual(span, { start: 18, end: 19 });
      assert.equal(draft.slice(span.start, span.end), '4');
    });
  });

  describe('naive floor', () => {
    // A two-line JSONL file: an inconsistent pair with a new year and new names, and a consistent pair whose
    // "2019," is not an exact substring of the source (which has "2019."): the floor flags both.
    const jsonl =
      JSON.stringify(rec('p1', 'inconsistent', 'In 2020, Mayor Hidalgo opened the bridge in Paris.', 'In 2019 the mayor opened the bridge in Lyon.')) + '\n' +
      JSON.stringify(rec('p2', 'consistent', 'The bridge opened in 2019, the mayor said.', 'The mayor said the bridge opened in 2019.')) + '\n';

    it('tokenises numbers and capitalised words', () => {
      assert.deepEqual(naiveFloorTokens('In 2020, Mayor Hidalgo opened the bridge in Paris.'), ['2020,', 'In', 'Mayor', 'Hidalgo', 'Paris']);
      assert.deepEqual(naiveFloorTokens('GDP rose 3.5% to $1,200.50 in McAllen'), ['3.5', '1,200.50', 'Mc']);
      assert.deepEqual(naiveFloorTokens('all lower case, no digits'), []);
    });

    it('flags exact strings missing from the source, and scores a two-line file', () => {
      const records = parseJsonl(jsonl, 'two.jsonl');
      assert.equal(records.length, 2);
      assert.deepEqual(naiveFloorMissing(records[0].draft, records[0].source), ['2020,', 'Mayor', 'Hidalgo', 'Paris']);
      assert.deepEqual(naiveFloorMissing(records[1].draft, records[1].source), ['2019,']);
      assert.equal(naiveFloorFlags(records[0].draft, records[0].source), true);
      assert.equal(naiveFloorFlags(records[1].draft, records[1].source), true);
      assert.equal(naiveFloorFlags('The bridge opened.', 'The bridge opened in 2019.'), false);
      // TP 1, FP 1: TPR 1, TNR 0.
      assert.equal(naiveFloorBalancedAccuracy(records), 0.5);
      assert.equal(naiveFloorBalancedAccuracy([records[0], rec('p3', 'consistent', 'the bridge opened.', 'The bridge opened.')]), 1);
    });
  });

  describe('parseJsonl', () => {
    it('skips blank lines and rejects malformed ones with the line number', () => {
      assert.equal(parseJsonl('\n' + JSON.stringify(rec('a', 'consistent', 'd', 's')) + '\n\n').length, 1);
      assert.throws(() => parseJsonl('{"id": "a"\n', 'x.jsonl'), /x\.jsonl:1: invalid JSON/);
      assert.throws(() => parseJsonl(JSON.stringify({ ...rec('a', 'consistent', 'd', 's'), label: 'maybe' }), 'x.jsonl'), /x\.jsonl:1: field "label"/);
      assert.throws(() => parseJsonl('\n' + JSON.stringify({ id: 'a', draft: 'd', label: 'consistent' }), 'x.jsonl'), /x\.jsonl:2: field "source"/);
    });
  });

  describe('runPairs + computeFileMetrics with a fake checker', () => {
    // Drafts are 20 characters; the fake checker's findings are keyed by id.
    const draft = 'abcdefghijklmnopqrst';
    const records: EvalRecord[] = [
      rec('i1', 'inconsistent', draft, 'src A', [{ start: 2, end: 6, text: 'cdef' }]),
      rec('i2', 'inconsistent', draft, 'src A', [{ start: 10, end: 12, text: 'kl', annotator: 'x' }, { start: 14, end: 16, text: 'op', annotator: 'y' }]),
      rec('i3', 'inconsistent', draft, 'src B', [{ start: null, end: null, text: 'very bad' }]),
      rec('i4', 'inconsistent', draft, 'src B'),
      rec('c1', 'consistent', draft, 'src A'),
      rec('c2', 'consistent', draft, 'src A'),
      rec('c3', 'consistent', draft, 'src B'),
      rec('crash', 'consistent', draft, 'src B'),
    ];
    const byId: Record<string, FindingLike[]> = {
      i1: [f('number-mismatch', 'error', 4, 8), f('unsupported-name', 'warning', 0, 2)], // hit, miss ([0,2) vs [2,6))
      i2: [f('name-mismatch', 'error', 15, 18), f('unsupported-sentence', 'info', 0, 20)], // hit (annotator y); info ignored
      i3: [f('unsupported-name', 'warning', 0, 3)], // pair has only a null span: not counted for span precision
      i4: [f('unsupported-sentence', 'info', 0, 20)], // info only: not flagged
      c1: [f('unsupported-name', 'warning', 1, 2)], // false alarm
      c2: [],
      c3: [f('unsupported-sentence', 'info', 0, 20)],
    };
    const crashes: string[] = [];
    const { outcomes, crashes: crashList } = runPairs(
      records,
      r => {
        if (r.id === 'crash') throw new TypeError('cannot read x');
        return byId[r.id];
      },
      c => crashes.push(`${c.id}: ${c.message}`),
    );
    const m = computeFileMetrics(outcomes, ['number-mismatch', 'name-mismatch', 'unsupported-name', 'unsupported-sentence']);

    it('records a crash and goes on', () => {
      assert.deepEqual(crashes, ['crash: TypeError: cannot read x']);
      assert.deepEqual(crashList, [{ id: 'crash', message: 'TypeError: cannot read x' }]);
      assert.equal(outcomes.length, 8);
      assert.equal(m.crashed, 1);
      assert.equal(m.evaluated, 7);
    });

    it('computes pair-level figures over the evaluated pairs', () => {
      assert.equal(m.pairs, 8);
      assert.equal(m.inconsistent, 4);
      assert.equal(m.consistent, 4);
      assert.deepEqual(m.confusion, { tp: 3, fn: 1, fp: 1, tn: 2 });
      assert.equal(m.flagged, 4);
      assert.equal(m.tpr, 0.75);
      assert.equal(m.falseAlarmRate, 1 / 3);
      assert.equal(m.balancedAccuracy, (0.75 + 2 / 3) / 2);
    });

    it('computes span precision over error/warning findings on pairs with located spans', () => {
      assert.equal(m.hasLocatedSpans, true);
      assert.equal(m.pairsWithSpans, 2);
      assert.equal(m.spanFlags, 3);
      assert.equal(m.spanHits, 2);
      assert.equal(m.spanPrecision, 2 / 3);
    });

    it('builds the per-rule table in rule order', () => {
      assert.deepEqual(
        m.perRule.map(r => [r.rule, r.severities.join('/'), r.flags, r.flagsOnInconsistent, r.pairs, r.inconsistentPairs, r.pairPrecision, r.spanFlags, r.spanHits, r.spanPrecision]),
        [
          ['number-mismatch', 'error', 1, 1, 1, 1, 1, 1, 1, 1],
          ['name-mismatch', 'error', 1, 1, 1, 1, 1, 1, 1, 1],
          ['unsupported-name', 'warning', 3, 2, 3, 2, 2 / 3, 1, 0, 0],
          ['unsupported-sentence', 'info', 3, 2, 3, 2, 2 / 3, 1, 1, 1],
        ],
      );
    });

    it('computes the naive floor over every pair, crashed ones included', () => {
      // No draft has a digit or a capitalised word: the floor flags nothing.
      assert.deepEqual(m.naive.confusion, { tp: 0, fn: 4, fp: 0, tn: 4 });
      assert.equal(m.naive.balancedAccuracy, 0.5);
    });

    it('reports span precision as n/a in a file without located spans', () => {
      const noSpans = computeFileMetrics([
        pairOutcome(rec('a', 'inconsistent', draft, 's', [{ start: null, end: null, text: 'note' }]), [f('unsupported-name', 'warning', 0, 1)]),
        pairOutcome(rec('b', 'consistent', draft, 's'), []),
      ]);
      assert.equal(noSpans.hasLocatedSpans, false);
      assert.equal(noSpans.spanPrecision, null);
      assert.equal(noSpans.perRule[0].spanPrecision, null);
      assert.equal(noSpans.balancedAccuracy, 1);
    });
  });

  describe('formatTable', () => {
    it('aligns text left and numbers right', () => {
      const t = formatTable(['rule', 'flags', 'prec.'], [['number-mismatch', 12, '0.500'], ['x', 3, 'n/a']]);
      assert.equal(
        t,
        [
          'rule             flags  prec.',
          '---------------  -----  -----',
          'number-mismatch     12  0.500',
          'x                    3  n/a',
        ].join('\n'),
      );
    });

    it('follows an explicit alignment', () => {
      const t = formatTable(['a', 'b'], [['1', 'xy']], ['right', 'right']);
      assert.equal(t, 'a   b\n-  --\n1  xy');
    });
  });
});
