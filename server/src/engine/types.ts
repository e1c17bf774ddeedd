// Shared types of the grounding engine. Offsets are UTF-16 code units (JavaScript string indices), as LSP counts.

/** A half-open range of UTF-16 offsets into one document's text: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

/** An LSP position: 0-based line, 0-based UTF-16 character within the line. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';
/** A configured severity: a severity, or 'off' to disable a rule. */
export type RuleSetting = Severity | 'off';

export type RuleId =
  | 'number-mismatch'
  | 'date-mismatch'
  | 'name-mismatch'
  | 'term-mismatch'
  | 'negation-mismatch'
  | 'quote-mismatch'
  | 'quote-inexact'
  | 'unsupported-number'
  | 'unsupported-name'
  | 'unsupported-sentence'
  | 'empty-draft';

export type DocumentKind = 'markdown' | 'plaintext';

/** A source article as the engine sees it: a display path (relative to the workspace root) and its text. */
export interface SourceDoc {
  path: string;
  text: string;
  kind?: DocumentKind;
}

/** A sentence of a document. `text` is the sentence with non-prose characters (Markdown syntax, code, URLs)
 *  blanked to spaces, so `text.length === end - start` and offsets line up with the original document. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** The block the sentence came from: headings and list items are sentences of their own. */
  block: 'heading' | 'list-item' | 'paragraph' | 'table-cell' | 'blockquote' | 'line';
}

/** Where a finding's evidence lies in a source. */
export interface Evidence {
  /** SourceDoc.path */
  source: string;
  /** The supporting source sentence, whitespace collapsed. */
  quote: string;
  span: Span;
  range: Range;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  /** The wrong words in the draft, not the whole sentence. */
  span: Span;
  range: Range;
  /** The draft's words at `span`. */
  actual: string;
  /** The value to put instead, where the source gives one. */
  expected?: string;
  /** Best evidence first. */
  evidence: Evidence[];
}

/** Per draft sentence: its best evidence, for hovers, definitions and the "n/m sentences supported" overview. */
export interface SentenceReport {
  span: Span;
  range: Range;
  supported: boolean;
  evidence: Evidence[];
}

export interface CheckResult {
  findings: Finding[];
  sentences: SentenceReport[];
}
