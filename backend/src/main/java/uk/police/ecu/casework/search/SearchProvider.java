package uk.police.ecu.casework.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.police.ecu.casework.security.CaseworkUser;

/**
 * What a feature contributes to the search: its records that match, only those the user's own pages would
 * show them, and a description of a record the user opened lately (empty if they may no longer see it).
 */
public interface SearchProvider {

    /** The matches of each kind this feature holds, at most {@code terms.limit() + 1} each (so "more" shows). */
    List<SearchGroup> search(SearchTerms terms, CaseworkUser user);

    /** Record types of the audit trail whose consultations are "opened a record" of this feature. */
    default Set<String> openedRecordTypes() {
        return Set.of();
    }

    /** A record the user opened, as a search result; empty if it is gone or no longer theirs to see. */
    default Optional<SearchResult> opened(String recordType, String recordId, CaseworkUser user) {
        return Optional.empty();
    }
}
