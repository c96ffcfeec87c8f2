import { BarChart } from '../../../components/bar-chart';
import type { WeekOfBreaches } from '../api/sla';
import { shortDate } from './sla-words';

/** Breaches per week, oldest first, drawn as bars with the same figures in the table beside them. */
export function BreachChart({ weeks }: { weeks: WeekOfBreaches[] }) {
  const total = weeks.reduce((sum, w) => sum + w.breaches, 0);
  return (
    <BarChart
      caption="Breaches per week"
      first="Week starting"
      series={['Breaches']}
      note={`${total} breaches over ${weeks.length} weeks.`}
      testId="breach-trend-table"
      rows={weeks.map((w) => ({ key: w.weekStarting, label: shortDate(w.weekStarting), values: [w.breaches] }))}
    />
  );
}
