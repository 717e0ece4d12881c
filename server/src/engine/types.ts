// Shared types of the pure engine: offsets are UTF-16 code-unit offsets into the document text.

export type Severity = 'off' | 'info' | 'warning' | 'error';

export interface TextRange {
  start: number;
  end: number;
}

/** A 0-based line and column (UTF-16 code units), as LSP counts them. */
export interface Position {
  line: number;
  column: number;
}

export interface TextEdit {
  /** [start, end) offsets in the original text. */
  range: [number, number];
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** True when `text` of the edits uses snippet tab stops ($1, ${1:default}). */
  snippet?: boolean;
}

export interface RelatedInfo {
  range: TextRange;
  message: string;
}

/** What a rule hands to `report`. The framework stamps id, severity and docs link. */
export interface Report {
  range: TextRange;
  message: string;
  fix?: Fix;
  /** Further fixes offered as quick fixes, not applied by "fix all". */
  suggestions?: Fix[];
  related?: RelatedInfo[];
  /** The words that triggered the finding, for explanations and evaluation. */
  evidence?: string[];
  /** Lowers this finding below the rule's configured severity (e.g. 'info' for a side note); never raises it. */
  severity?: Exclude<Severity, 'off'>;
  /**
   * False for a finding that details part of a judgment another finding already scores (a purpose
   * sentence failing in a second way): graders list it but take no points for it.
   */
  scored?: false;
}

export interface Finding extends Report {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  start: Position;
  end: Position;
  docsUrl: string;
}
