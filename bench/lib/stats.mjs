// Small numeric helpers shared by the benchmarks.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const ms = (value) => `${value.toFixed(0)} ms`;
export const ratio = (value) => `${value.toFixed(2)}×`;
export const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
