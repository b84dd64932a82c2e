export interface SummaryRow {
  suite: string;
  tried: number;
  failures: number;
  duplicates: number;
  lost: number;
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
export declare function readSummaryRows(dir: string): SummaryRow[];
export declare function formatSummary(rows: readonly SummaryRow[]): string;
