import { BarChart } from '../../../components/bar-chart';
import { exactTotal, totalText } from '../../../lib/withheld-counts';
import type { AreaEvaluation, Count } from '../api/evaluation';

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

/**
 * The referral funnel as bars across the page, its figures in the chart's table. A step not known exactly has no
 * bar, only its words.
 */
export function FunnelChart({ steps }: { steps: FunnelStep[] }) {
  return (
    <BarChart
      caption="Referral funnel"
      first="Step"
      series={['People']}
      horizontal
      testId="funnel-chart"
      note={`${steps.map((s) => `${s.label}: ${s.text}`).join('; ')}.`}
      rows={steps.map((s) => ({ key: s.label, label: s.label, values: [s.count], texts: [s.text] }))}
    />
  );
}
