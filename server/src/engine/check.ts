// Checks a draft against an index of its sources: segment → claims → evidence → rules → findings.
import { alignTokens, findEvidence } from './align';
import { analyseSentence, type Claim } from './claims';
import { supportingSentences, type RawFinding, type SentenceContext } from './context';
import { disabledLines, isDisabled } from './directives';
import { LineMap } from './lineMap';
import { RULES } from './rules';
import { dateMismatch } from './rules/dateMismatch';
import { nameMismatch } from './rules/nameMismatch';
import { numberMismatch } from './rules/numberMismatch';
import { quoteMismatch } from './rules/quoteMismatch';
import { unsupportedName } from './rules/unsupportedName';
import { unsupportedNumber } from './rules/unsupportedNumber';
import { MIN_SUPPORT, unsupportedSentence } from './rules/unsupportedSentence';
import { segment } from './segment';
import { evidenceOf, type SourceIndex } from './sourceIndex';
import type { CheckResult, DocumentKind, Finding, RuleId, RuleSetting, SentenceReport } from './types';

export interface CheckOptions {
  /** How to read the draft; Markdown by default. */
  kind?: DocumentKind;
  /** Per-rule severity overrides ('off' disables a rule). */
  rules?: Partial<Record<RuleId, RuleSetting>>;
}

/** The rules in the order they run: specific mismatches before the generic "not in any source" rules. */
const RULE_ORDER: Array<(ctx: SentenceContext) => void> = [
  quoteMismatch,
  numberMismatch,
  dateMismatch,
  nameMismatch,
  unsupportedNumber,
  unsupportedName,
  unsupportedSentence,
];

export function checkDraft(text: string, index: SourceIndex, options: CheckOptions = {}): CheckResult {
  const lines = new LineMap(text);
  const disabled = disabledLines(text, lines);
  const findings: Finding[] = [];
  const sentences: SentenceReport[] = [];
  for (const s of segment(text, options.kind ?? 'markdown')) {
    const draft = analyseSentence(s);
    const candidates = findEvidence(draft, index);
    const best = candidates[0];
    const ctx: SentenceContext = {
      draft,
      index,
      candidates,
      alignment: best ? alignTokens(draft.tokens, best.sentence.tokens) : undefined,
      flagged: new Set<Claim>(),
      findings: [],
    };
    for (const rule of RULE_ORDER) rule(ctx);
    let wrong = false;
    for (const f of ctx.findings) {
      const finding = toFinding(f, text, lines, options);
      if (!finding || isDisabled(disabled, finding.range.start.line, finding.rule)) continue;
      if (finding.rule !== 'unsupported-sentence') wrong = true;
      findings.push(finding);
    }
    const span = { start: s.start, end: s.end };
    sentences.push({
      span,
      range: lines.rangeOf(span),
      supported: !wrong && (best?.coverage ?? 0) >= MIN_SUPPORT,
      evidence: supportingSentences(ctx).map(evidenceOf),
    });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { findings, sentences };
}

function toFinding(f: RawFinding, text: string, lines: LineMap, options: CheckOptions): Finding | undefined {
  const setting = options.rules?.[f.rule] ?? RULES[f.rule].defaultSeverity;
  if (setting === 'off') return undefined;
  return {
    rule: f.rule,
    severity: setting,
    message: f.message,
    span: f.span,
    range: lines.rangeOf(f.span),
    actual: text.slice(f.span.start, f.span.end),
    expected: f.expected,
    evidence: f.evidence.map(evidenceOf),
  };
}
