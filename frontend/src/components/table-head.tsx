/** A column heading: its text, or how it is shown when it is not plain text. */
export type Column = string | { label: string; numeric?: boolean; hidden?: boolean };

/**
 * A GOV.UK table's head row: each heading a column header (`scope="col"`), numeric ones right-aligned, and a hidden
 * one (over a column of buttons) still read out by a screen reader.
 */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column) => {
          const { label, numeric, hidden } = typeof column === 'string' ? { label: column } : column;
          return (
            <th
              key={label}
              scope="col"
              className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}
            >
              {hidden ? <span className="govuk-visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
