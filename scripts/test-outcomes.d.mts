export interface SkippedTest {
  name: string;
  reason: string;
}
export interface Outcomes {
  failed: string[];
  skipped: SkippedTest[];
  total: number;
}
export interface SuiteCounts {
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
  outcomes?: Outcomes;
  refused?: SkippedTest[];
}
export declare function vitestOutcomes(report: unknown): Outcomes;
export declare function playwrightOutcomes(report: unknown): Outcomes;
export declare function strictCounts(counts: SuiteCounts, maySkip?: (reason: string) => boolean): SuiteCounts;
