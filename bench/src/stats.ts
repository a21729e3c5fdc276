/** Summary of repeated measurements: the median and the spread around it. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Median absolute deviation as a fraction of the median (0.03 = 3 %). */
  relativeMad: number;
  samples: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(values: readonly number[]): Summary {
  const center = median(values);
  const deviations = values.map((value) => Math.abs(value - center));
  return {
    median: center,
    min: Math.min(...values),
    max: Math.max(...values),
    relativeMad: center === 0 ? 0 : median(deviations) / center,
    samples: values.length,
  };
}

/** Reads a positive integer from the environment, or returns the default. */
export function envInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}

/** Rotates a list by `offset`, so that each round starts with a different contender. */
export function rotate<T>(items: readonly T[], offset: number): T[] {
  const shift = offset % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

export const format = {
  integer: (value: number) => Math.round(value).toLocaleString("en-US"),
  fixed: (value: number, digits = 1) => value.toFixed(digits),
  ratio: (value: number) => `${value.toFixed(2)}×`,
  percent: (value: number) => `±${(value * 100).toFixed(1)} %`,
  kilobytes: (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`,
  megabytes: (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`,
};
