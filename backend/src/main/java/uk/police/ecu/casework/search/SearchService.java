package uk.police.ecu.casework.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.audit.OpenedRecords;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.CurrentUser;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * One search box over every feature: each provider finds its own records as its pages would show them.
 * Results naming people are a consultation of those records, audited as the victims list audits its
 * searches (the record type of each kind, the records shown and the search); nothing is written to logs.
 */
@Service
public class SearchService {

    static final int LIMIT = 20;
    static final int RECENT = 10;
    static final int SHORTEST = 2;
    static final int LONGEST = 100;

    private final List<SearchProvider> providers;
    private final OpenedRecords opened;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    SearchService(List<SearchProvider> providers, OpenedRecords opened, CurrentUser currentUser, AuditLog audit) {
        this.providers = providers;
        this.opened = opened;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    public SearchPage search(String query) {
        CaseworkUser user = currentUser.get();
        if (query == null || query.isBlank()) {
            return new SearchPage("", LIMIT, List.of(), recent(user));
        }
        String text = query.strip();
        if (text.length() < SHORTEST) {
            throw InvalidInputException.field("q", "Enter at least " + SHORTEST + " characters to search for");
        }
        if (text.length() > LONGEST) {
            throw InvalidInputException.field("q", "Search for " + LONGEST + " characters or fewer");
        }
        SearchTerms terms = SearchTerms.of(text, LIMIT);
        Map<SearchKind, List<SearchResult>> found = new EnumMap<>(SearchKind.class);
        for (SearchProvider provider : providers) {
            for (SearchGroup group : provider.search(terms, user)) {
                found.computeIfAbsent(group.kind(), k -> new ArrayList<>()).addAll(group.results());
            }
        }
        List<SearchPage.Group> groups = found.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> group(e.getKey(), e.getValue())).toList();
        groups.forEach(group -> recordConsultation(group, text));
        return new SearchPage(text, LIMIT, groups, List.of());
    }

    private static SearchPage.Group group(SearchKind kind, List<SearchResult> results) {
        boolean more = results.size() > LIMIT;
        return new SearchPage.Group(kind, kind.label(), more ? results.subList(0, LIMIT) : results, more);
    }

    private void recordConsultation(SearchPage.Group group, String text) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        group.results().forEach(r -> byType.computeIfAbsent(r.recordType(), t -> new ArrayList<>()).add(r.recordId()));
        byType.forEach((type, ids) -> audit.record(AuditEntry.consultation(type, ids, null,
                Map.of("list", "search", "search", text))));
    }

    /** The records the user opened lately that they may still see, newest first. */
    private List<SearchResult> recent(CaseworkUser user) {
        Set<String> types = new HashSet<>();
        providers.forEach(p -> types.addAll(p.openedRecordTypes()));
        return opened.lastOpenedBy(user.username(), types, RECENT).stream()
                .map(o -> describe(o, user)).flatMap(Optional::stream).toList();
    }

    private Optional<SearchResult> describe(OpenedRecords.Opened record, CaseworkUser user) {
        return providers.stream().filter(p -> p.openedRecordTypes().contains(record.recordType()))
                .map(p -> p.opened(record.recordType(), record.recordId(), user)).flatMap(Optional::stream)
                .findFirst();
    }

}
