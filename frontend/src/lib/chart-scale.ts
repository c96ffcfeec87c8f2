// How tall a bar chart's y axis is: one rule for the SLA, victim care and recovery charts alike.

/** The top of the y axis: 1, 2 or 5 times a power of ten, at least the largest value (and at least 1). */
export function niceTop(max: number): number {
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= max) ?? 10 * power;
}
