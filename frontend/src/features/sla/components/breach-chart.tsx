import type { WeekOfBreaches } from '../api/sla';
import { niceTop } from '../../../lib/chart-scale';
import { shortDate } from './sla-words';

export interface ChartGeometry {
  width: number;
  height: number;
  /** the plot's left and bottom edges, leaving room for the axis labels */
  left: number;
  bottom: number;
  /** the value at the top of the y axis: a round number at or above the tallest bar */
  top: number;
  ticks: number[];
  bars: { x: number; y: number; width: number; height: number; week: WeekOfBreaches }[];
}

/** Where each week's bar goes, bars in week order from left to right, heights in proportion to breaches. */
export function chartGeometry(weeks: WeekOfBreaches[], width = 720, height = 260): ChartGeometry {
  const left = 40;
  const bottom = height - 40;
  const plotHeight = bottom - 10;
  const top = niceTop(Math.max(0, ...weeks.map((w) => w.breaches)));
  const slot = weeks.length === 0 ? 0 : (width - left - 10) / weeks.length;
  const barWidth = Math.max(2, slot * 0.7);
  const ticks = top <= 5 ? Array.from({ length: top + 1 }, (_, i) => i) : [0, top / 2, top];
  const bars = weeks.map((week, i) => {
    const barHeight = (week.breaches / top) * plotHeight;
    return {
      x: left + i * slot + (slot - barWidth) / 2,
      y: bottom - barHeight,
      width: barWidth,
      height: barHeight,
      week,
    };
  });
  return { width, height, left, bottom, top, ticks, bars };
}

/**
 * Breaches per week as a bar chart drawn in SVG, with the same figures in a table for anyone who
 * cannot see the chart (the chart is an image with a text summary; the table is the accessible version).
 */
export function BreachChart({ weeks }: { weeks: WeekOfBreaches[] }) {
  const g = chartGeometry(weeks);
  const total = weeks.reduce((sum, w) => sum + w.breaches, 0);
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  return (
    <>
      <svg
        className="app-breach-chart"
        viewBox={`0 0 ${g.width} ${g.height}`}
        width="100%"
        fontFamily='"GDS Transport", arial, sans-serif'
        role="img"
        aria-labelledby="breach-chart-title breach-chart-desc"
        data-testid="breach-chart"
      >
        <title id="breach-chart-title">Breaches per week</title>
        <desc id="breach-chart-desc">
          {`${total} breaches over ${weeks.length} weeks; the table below gives each week's figure.`}
        </desc>
        {g.ticks.map((tick) => {
          const y = g.bottom - (tick / g.top) * (g.bottom - 10);
          return (
            <g key={tick}>
              <line x1={g.left} x2={g.width - 10} y1={y} y2={y} stroke="#b1b4b6" strokeWidth="1" />
              <text x={g.left - 6} y={y + 4} textAnchor="end" fontSize="12" fill="#0b0c0c">
                {tick}
              </text>
            </g>
          );
        })}
        {g.bars.map((bar, i) => (
          <g key={bar.week.weekStarting}>
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="#d4351c">
              <title>{`Week of ${shortDate(bar.week.weekStarting)}: ${bar.week.breaches}`}</title>
            </rect>
            {i % labelEvery === 0 && (
              <text x={bar.x + bar.width / 2} y={g.bottom + 18} textAnchor="middle" fontSize="12" fill="#0b0c0c">
                {shortDate(bar.week.weekStarting)}
              </text>
            )}
          </g>
        ))}
        <line x1={g.left} x2={g.width - 10} y1={g.bottom} y2={g.bottom} stroke="#0b0c0c" strokeWidth="1" />
      </svg>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Breaches per week as a table</span>
        </summary>
        <div className="govuk-details__text">
          <table className="govuk-table" data-testid="breach-trend-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Breaches per week</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Week starting
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Breaches
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {weeks.map((w) => (
                <tr className="govuk-table__row" key={w.weekStarting}>
                  <th scope="row" className="govuk-table__header">
                    {shortDate(w.weekStarting)}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{w.breaches}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
