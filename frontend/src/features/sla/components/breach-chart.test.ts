import { describe, expect, it } from 'vitest';
import { chartGeometry } from './breach-chart';

describe('chartGeometry', () => {
  const weeks = [
    { weekStarting: '2026-03-02', breaches: 0 },
    { weekStarting: '2026-03-09', breaches: 4 },
    { weekStarting: '2026-03-16', breaches: 2 },
  ];

  it('draws one bar a week, left to right, in proportion to its breaches', () => {
    const g = chartGeometry(weeks, 340, 260);
    expect(g.top).toBe(5);
    expect(g.bars.map((b) => b.week.weekStarting)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(g.bars[0].x).toBeLessThan(g.bars[1].x);
    expect(g.bars[0].height).toBe(0);
    expect(g.bars[1].height).toBeCloseTo(2 * g.bars[2].height);
    // every bar stands on the axis
    g.bars.forEach((b) => expect(b.y + b.height).toBeCloseTo(g.bottom));
    // and stays inside the plot
    expect(g.bars[2].x + g.bars[2].width).toBeLessThanOrEqual(340 - 10);
    expect(g.ticks).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps a quiet period on a scale of one with flat bars', () => {
    const g = chartGeometry([{ weekStarting: '2026-03-02', breaches: 0 }]);
    expect(g.top).toBe(1);
    expect(g.bars[0].height).toBe(0);
  });
});
