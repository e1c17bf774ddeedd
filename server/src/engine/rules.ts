// The rules the engine reports, with their default severities. Each rule's logic lives in rules/<id>.ts.
import type { RuleId, Severity } from './types';

export interface RuleInfo {
  id: RuleId;
  defaultSeverity: Severity;
  summary: string;
}

export const RULES: Record<RuleId, RuleInfo> = {
  'number-mismatch': {
    id: 'number-mismatch',
    defaultSeverity: 'error',
    summary: 'A number, amount, percentage, duration or time of day differs from the one the supporting source sentence gives.',
  },
  'date-mismatch': {
    id: 'date-mismatch',
    defaultSeverity: 'error',
    summary: 'A date, month, weekday or year differs from the one the supporting source sentence gives.',
  },
  'name-mismatch': {
    id: 'name-mismatch',
    defaultSeverity: 'error',
    summary: 'A person, place or organisation differs from the one the supporting source sentence names.',
  },
  'term-mismatch': {
    id: 'term-mismatch',
    defaultSeverity: 'error',
    summary: 'A word that excludes the one the supporting source sentence uses in its place (a colour, direction, rise or fall, win or loss, relative, sex, or a WordNet antonym).',
  },
  'negation-mismatch': {
    id: 'negation-mismatch',
    defaultSeverity: 'error',
    summary: 'The draft adds or drops a negation (not, never) where it otherwise follows the supporting source sentence word for word.',
  },
  'quote-mismatch': {
    id: 'quote-mismatch',
    defaultSeverity: 'error',
    summary: 'Words in quotation marks that no source contains in that order.',
  },
  'quote-inexact': {
    id: 'quote-inexact',
    defaultSeverity: 'info',
    summary: 'Words in quotation marks that reword a source sentence instead of quoting it verbatim.',
  },
  'unsupported-number': {
    id: 'unsupported-number',
    defaultSeverity: 'warning',
    summary: 'A number or time of day that no source states, in any form.',
  },
  'unsupported-name': {
    id: 'unsupported-name',
    defaultSeverity: 'warning',
    summary: 'A name of a person, place or organisation that no source mentions.',
  },
  'unsupported-sentence': {
    id: 'unsupported-sentence',
    defaultSeverity: 'info',
    summary: 'A sentence for which no source passage could be found.',
  },
  'empty-draft': {
    id: 'empty-draft',
    defaultSeverity: 'info',
    summary: 'The draft has no prose to check: it is empty or holds only front matter, code or comments.',
  },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(s: string): s is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, s);
}
