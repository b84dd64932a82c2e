export interface SummaryRow {
  suite: string;
  tried: number;
  failures: number;
  duplicates: number;
  lost: number;
  seed?: number;
  seconds?: number;
  note?: string;
}
export declare function readSummaryRows(dir: string): SummaryRow[];
export declare function formatSummary(rows: readonly SummaryRow[]): string;
