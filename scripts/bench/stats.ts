/** Median and 95th percentile of timings (nearest rank), the way every benchmark here reports them. */
export interface Timing {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

export function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { medianMs: at(0.5), p95Ms: at(0.95), runs: times.length };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const formatTiming = (t: Timing, digits = 2): string => `median ${t.medianMs.toFixed(digits)} ms   p95 ${t.p95Ms.toFixed(digits)} ms   (${t.runs} runs)`;
