import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarChartRow {
  key: string;
  label: string;
  /** One value per series, in the order of {@link BarChartProps.series}; null is withheld and has no bar. */
  values: (number | null)[];
  /** Words for the table in place of the values, e.g. "about 10 (rounded to the nearest 5)". */
  texts?: string[];
  /** Shown after the values, for example the change on the previous period. */
  note?: string;
  /** Where the row's records are listed, for those allowed to see them. */
  href?: string;
}

export interface BarChartProps {
  caption: string;
  /** Heading of the label column. */
  first: string;
  series: string[];
  rows: BarChartRow[];
  noteHeading?: string;
  /** Formats a value in the table (a withheld one too); the chart draws the number. */
  format?: (value: number | null) => string;
  /** Said above the table, for example how withheld figures are shown. */
  note?: string;
  /** Names the table for the browser journeys. */
  testId?: string;
  /** Draws the bars across the page, for a funnel whose labels are long. */
  horizontal?: boolean;
}

/** GOV.UK colours, so the bars match the service's palette and the previous period is the quieter one. */
const COLOURS = ['#1d70b8', '#b1b4b6', '#00703c', '#f47738'];

function shown(value: number | null): string {
  return value == null ? 'not shown' : String(value);
}

const num = 'govuk-table__cell govuk-table__cell--numeric';
const numHead = 'govuk-table__header govuk-table__header--numeric';

/**
 * A bar chart drawn by Chart.js, hidden from assistive technology because the same data is always given beside it
 * as a GOV.UK table, which screen readers, printing and tests read instead.
 */
export function BarChart({
  caption,
  first,
  series,
  rows,
  noteHeading,
  format = shown,
  note,
  testId,
  horizontal = false,
}: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Redrawn only when the data changes, not on every render of the page around it.
  const data = JSON.stringify({
    labels: rows.map((r) => r.label),
    datasets: series.map((name, i) => ({
      label: name,
      data: rows.map((r) => r.values[i] ?? null),
      backgroundColor: COLOURS[i % COLOURS.length],
    })),
  });

  useEffect(() => {
    // No drawing surface in a browser without canvas (or a test's DOM): the table carries the data alone.
    const context = typeof window.CanvasRenderingContext2D === 'undefined' ? null : canvas.current?.getContext('2d');
    if (!context) return undefined;
    const chart = new Chart(context, {
      type: 'bar',
      data: JSON.parse(data),
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true } },
      },
    });
    return () => chart.destroy();
  }, [data, horizontal]);

  return (
    <div className="app-bar-chart">
      {rows.length > 0 && (
        <div className="app-bar-chart__canvas" style={{ position: 'relative', height: '16rem' }}>
          <canvas ref={canvas} aria-hidden="true" />
        </div>
      )}
      {note && <p className="govuk-body-s">{note}</p>}
      <table className="govuk-table" data-testid={testId}>
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {first}
            </th>
            {series.map((s) => (
              <th scope="col" className={numHead} key={s}>
                {s}
              </th>
            ))}
            {noteHeading && (
              <th scope="col" className={numHead}>
                {noteHeading}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.length === 0 && (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={series.length + (noteHeading ? 2 : 1)}>
                None in either period
              </td>
            </tr>
          )}
          {rows.map((r) => (
            <tr className="govuk-table__row" key={r.key}>
              <th scope="row" className="govuk-table__header">
                {r.href ? (
                  <Link className="govuk-link" to={r.href}>
                    {r.label}
                  </Link>
                ) : (
                  r.label
                )}
              </th>
              {r.values.map((v, i) => (
                <td className={num} key={series[i] ?? i}>
                  {r.texts?.[i] ?? format(v)}
                </td>
              ))}
              {noteHeading && <td className={num}>{r.note ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
