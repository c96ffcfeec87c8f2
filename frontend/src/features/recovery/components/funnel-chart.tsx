import { niceTop } from '../../../lib/chart-scale';
import { exactTotal, totalText } from '../../../lib/withheld-counts';
import type { AreaEvaluation, Count } from '../api/recovery';

export interface FunnelStep {
  label: string;
  /** null when a count in it was withheld */
  count: number | null;
  text: string;
}

/** Referred → eligible → enrolled → admitted to rehab → completed rehab, over the areas shown. */
export function funnelOf(areas: AreaEvaluation[]): FunnelStep[] {
  const step = (label: string, pick: (a: AreaEvaluation) => Count, figure?: string): FunnelStep => {
    const counts = areas.map(pick);
    const count = exactTotal(counts);
    // A total rounded so as not to give a withheld count away is never shown as exact.
    const rounded = count !== null && areas.some((a) => figure && a.roundedToFive?.includes(figure));
    return { label, count, text: rounded ? `about ${count} (rounded to the nearest 5)` : totalText(counts) };
  };
  return [
    step('Referred', (a) => a.referrals, 'referrals'),
    step('Eligible', (a) => a.eligible, 'eligible'),
    step('Enrolled', (a) => a.enrolments),
    step('Admitted to rehab', (a) => a.rehabAdmissions),
    step('Completed rehab', (a) => a.rehabCompletions),
  ];
}

const WIDTH = 720;
const LABEL_WIDTH = 160;
const BAR_HEIGHT = 28;
const GAP = 12;

/**
 * The referral funnel as horizontal bars. The chart is an image with a text summary; the table
 * after it carries the same figures for anyone who cannot see it. A step not known exactly has no bar,
 * only its words.
 */
export function FunnelChart({ steps }: { steps: FunnelStep[] }) {
  const top = niceTop(Math.max(0, ...steps.map((s) => s.count ?? 0)));
  const plot = WIDTH - LABEL_WIDTH - 60;
  const height = steps.length * (BAR_HEIGHT + GAP) + GAP;
  return (
    <figure className="app-statistics-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        fontFamily="arial, sans-serif"
        role="img"
        aria-labelledby="funnel-chart-title"
        aria-describedby="funnel-chart-desc"
        data-testid="funnel-chart"
      >
        <title id="funnel-chart-title">Referral funnel</title>
        <desc id="funnel-chart-desc">{`${steps.map((s) => `${s.label}: ${s.text}`).join('; ')}. The table below gives the same figures.`}</desc>
        {steps.map((step, i) => {
          const y = GAP + i * (BAR_HEIGHT + GAP);
          const width = step.count === null ? 0 : (step.count / top) * plot;
          return (
            <g key={step.label}>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2 + 5} textAnchor="end" fontSize="14" fill="#0b0c0c">
                {step.label}
              </text>
              {step.count !== null && <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} fill="#1d70b8" />}
              <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT / 2 + 5} fontSize="14" fill="#0b0c0c">
                {step.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
