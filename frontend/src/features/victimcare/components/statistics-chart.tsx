import { totalText } from '../../../lib/withheld-counts';
import { niceTop } from '../../../lib/chart-scale';
import type { WeekOfVictimCare } from '../api/statistics';
import { weekLabel } from './statistics-words';

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 40;
const BOTTOM = HEIGHT - 40;
const PLOT_HEIGHT = BOTTOM - 10;
const SERIES = [
  { key: 'referred', label: 'Referred', colour: '#1d70b8' },
  { key: 'screenedOut', label: 'Screened out', colour: '#b1b4b6' },
] as const;

/**
 * Referred and screened out per week as pairs of bars. The chart is an image with a text summary;
 * the tables on the page carry the same figures for anyone who cannot see it. A withheld figure has
 * no bar; the tables give it as "fewer than 5".
 */
export function StatisticsChart({ weeks }: { weeks: WeekOfVictimCare[] }) {
  const top = niceTop(Math.max(0, ...weeks.flatMap((w) => [w.referred ?? 0, w.screenedOut ?? 0])));
  const slot = weeks.length === 0 ? 0 : (WIDTH - LEFT - 10) / weeks.length;
  const barWidth = Math.max(2, (slot * 0.8) / 2);
  const ticks = top <= 5 ? Array.from({ length: top + 1 }, (_, i) => i) : [0, top / 2, top];
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  const referred = totalText(weeks.map((w) => w.referred));
  const screenedOut = totalText(weeks.map((w) => w.screenedOut));
  const withheld = weeks.some((w) => w.referred === null || w.screenedOut === null)
    ? ' A figure of fewer than 5 has no bar.'
    : '';
  return (
    <figure className="app-statistics-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        fontFamily="arial, sans-serif"
        role="img"
        aria-labelledby="statistics-chart-title"
        aria-describedby="statistics-chart-desc"
        data-testid="statistics-chart"
      >
        <title id="statistics-chart-title">Referred and screened out per week</title>
        <desc id="statistics-chart-desc">
          {`${referred} referred and ${screenedOut} screened out over ${weeks.length} weeks; the tables below give each week's figures.${withheld}`}
        </desc>
        {ticks.map((tick) => {
          const y = BOTTOM - (tick / top) * PLOT_HEIGHT;
          return (
            <g key={tick}>
              <line x1={LEFT} x2={WIDTH - 10} y1={y} y2={y} stroke="#b1b4b6" strokeWidth="1" />
              <text x={LEFT - 6} y={y + 4} textAnchor="end" fontSize="12" fill="#0b0c0c">
                {tick}
              </text>
            </g>
          );
        })}
        {weeks.map((week, i) => (
          <g key={week.week}>
            {SERIES.map((series, s) => {
              const count = week[series.key];
              if (count === null) return null;
              const height = (count / top) * PLOT_HEIGHT;
              return (
                <rect
                  key={series.key}
                  x={LEFT + i * slot + slot * 0.1 + s * barWidth}
                  y={BOTTOM - height}
                  width={barWidth}
                  height={height}
                  fill={series.colour}
                />
              );
            })}
            {i % labelEvery === 0 && (
              <text x={LEFT + i * slot + slot / 2} y={BOTTOM + 18} textAnchor="middle" fontSize="12" fill="#0b0c0c">
                {weekLabel(week.week)}
              </text>
            )}
          </g>
        ))}
        <line x1={LEFT} x2={WIDTH - 10} y1={BOTTOM} y2={BOTTOM} stroke="#0b0c0c" strokeWidth="1" />
      </svg>
      <figcaption className="govuk-body-s app-statistics-chart__key" aria-hidden="true">
        {SERIES.map((series) => (
          <span key={series.key} className="app-statistics-chart__key-item">
            <span className="app-statistics-chart__swatch" style={{ backgroundColor: series.colour }} /> {series.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
