// push(...items) and Math.max(...items) pass every item as an argument and
// overflow the call stack past ~100k items (a long one-line dump holds that
// many mentions); these loops do not.

export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

export function maxOf(values: readonly number[]): number | undefined {
  let max: number | undefined;
  for (const value of values) if (max === undefined || value > max) max = value;
  return max;
}

export function minOf(values: readonly number[]): number | undefined {
  let min: number | undefined;
  for (const value of values) if (min === undefined || value < min) min = value;
  return min;
}
