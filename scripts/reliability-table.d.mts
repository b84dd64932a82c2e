export interface SummaryRow {
  suite: string;
  tried: number;
  /** How `tried` was made, shown before it (e.g. "6 values × 40 places"). */
  triedAs?: string;
  failures: number;
  /** Only for suites that move money; absent (shown as "–") elsewhere. */
  duplicates?: number;
  lost?: number;
  seed?: number;
  seconds?: number;
  note?: string;
  /** Measured figures with their targets (the attack suite), printed under the table. */
  figures?: SummaryFigure[];
}
export interface SummaryFigure {
  name: string;
  value: number;
  /** e.g. "<= 10" */
  target: string;
  met: boolean;
}
export declare const NOT_APPLICABLE: string;
export declare function readSummaryRows(dir: string): SummaryRow[];
export declare function formatSummary(rows: readonly SummaryRow[]): string;
