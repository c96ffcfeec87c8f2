// Which tasks of the page a supervisor has ticked for a bulk reassignment. Only tasks on the page
// shown can stay selected, so a refresh or a new page never reassigns something out of sight.

export type Selection = readonly string[];

export type SelectionAction =
  | { type: 'toggle'; id: string }
  /** tick or untick every task on the page */
  | { type: 'page'; ids: readonly string[]; selected: boolean }
  /** the page was fetched again: forget anything no longer on it */
  | { type: 'shown'; ids: readonly string[] }
  | { type: 'clear' };

export const noSelection: Selection = [];

export function selectionReducer(selection: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'toggle':
      return selection.includes(action.id) ? selection.filter((id) => id !== action.id) : [...selection, action.id];
    case 'page':
      return action.selected
        ? [...selection, ...action.ids.filter((id) => !selection.includes(id))]
        : selection.filter((id) => !action.ids.includes(id));
    case 'shown': {
      const kept = selection.filter((id) => action.ids.includes(id));
      return kept.length === selection.length ? selection : kept;
    }
    case 'clear':
      return selection.length === 0 ? selection : noSelection;
  }
}

/** Whether every task on the page is ticked (an empty page never is). */
export const allSelected = (selection: Selection, ids: readonly string[]) =>
  ids.length > 0 && ids.every((id) => selection.includes(id));
