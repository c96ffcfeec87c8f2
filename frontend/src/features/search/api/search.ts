import { api } from '../../../lib/api-client';

export type SearchKind = 'CRIMES' | 'VICTIMS' | 'REFERRALS' | 'PARTICIPANTS' | 'IMPORTS';

/** One thing found, with the page that shows it. */
export interface SearchResult {
  kind: SearchKind;
  title: string;
  description: string;
  path: string;
}

/** The results of one kind; `more` when there were more than `limit`. */
export interface SearchGroup {
  kind: SearchKind;
  label: string;
  results: SearchResult[];
  more: boolean;
}

export interface SearchPage {
  query: string;
  limit: number;
  groups: SearchGroup[];
  /** the records the user opened lately, for an empty search */
  recent: SearchResult[];
}

export function search(q: string): Promise<SearchPage> {
  return api.get<SearchPage>(`/api/search?q=${encodeURIComponent(q)}`);
}
