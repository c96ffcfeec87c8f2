import { BarChart } from '../../../components/bar-chart';
import { countText, totalText } from '../../../lib/withheld-counts';
import type { WeekOfVictimCare } from '../api/statistics';
import { weekLabel } from './statistics-words';

/**
 * Referred and screened out per week as pairs of bars, the figures in the chart's table. A withheld figure has no
 * bar; the table gives it as "fewer than 5".
 */
export function StatisticsChart({ weeks }: { weeks: WeekOfVictimCare[] }) {
  const referred = totalText(weeks.map((w) => w.referred));
  const screenedOut = totalText(weeks.map((w) => w.screenedOut));
  const withheld = weeks.some((w) => w.referred === null || w.screenedOut === null)
    ? ' A figure of fewer than 5 has no bar.'
    : '';
  return (
    <BarChart
      caption="Referred and screened out per week"
      first="Week starting"
      series={['Referred', 'Screened out']}
      format={countText}
      note={`${referred} referred and ${screenedOut} screened out over ${weeks.length} weeks.${withheld}`}
      rows={weeks.map((w) => ({ key: w.week, label: weekLabel(w.week), values: [w.referred, w.screenedOut] }))}
    />
  );
}
