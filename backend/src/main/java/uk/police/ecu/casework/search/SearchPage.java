package uk.police.ecu.casework.search;

import java.util.List;

/**
 * The results page: what was searched for, the results grouped by kind (only kinds with results, each cut
 * at the limit with {@code more} set when there were more) and, for an empty search, the records the user
 * opened lately.
 */
public record SearchPage(String query, int limit, List<Group> groups, List<SearchResult> recent) {

    /** The results of one kind. */
    public record Group(SearchKind kind, String label, List<SearchResult> results, boolean more) {
    }
}
