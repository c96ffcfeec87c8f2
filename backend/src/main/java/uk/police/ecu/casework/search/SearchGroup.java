package uk.police.ecu.casework.search;

import java.util.List;

/** The results of one kind a provider found (possibly one more than the limit, so the page can say "more"). */
public record SearchGroup(SearchKind kind, List<SearchResult> results) {
}
