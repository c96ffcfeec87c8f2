package uk.police.ecu.casework.intake;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.search.SearchGroup;
import uk.police.ecu.casework.search.SearchKind;
import uk.police.ecu.casework.search.SearchProvider;
import uk.police.ecu.casework.search.SearchResult;
import uk.police.ecu.casework.search.SearchTerms;
import uk.police.ecu.casework.security.CaseworkUser;

/**
 * Import files for the search box: only the kinds the user may see on the import pages (disseminations for
 * the ECU, weekly victim lists for victim care), found by file name.
 */
@Component
class ImportSearch implements SearchProvider {

    static final String RECORD_TYPE = "import";
    private static final DateTimeFormatter UPLOADED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ImportSearchRepository imports;
    private final List<FileImport<?>> kinds;
    private final Clock clock;

    ImportSearch(ImportSearchRepository imports, List<FileImport<?>> kinds, Clock clock) {
        this.imports = imports;
        this.kinds = kinds;
        this.clock = clock;
    }

    @Override
    public List<SearchGroup> search(SearchTerms terms, CaseworkUser user) {
        List<String> seen = kinds.stream().filter(kind -> kind.viewers().stream().anyMatch(user::hasRole))
                .map(FileImport::kind).toList();
        if (seen.isEmpty()) {
            return List.of();
        }
        return List.of(new SearchGroup(SearchKind.IMPORTS,
                imports.search(terms, seen).stream().map(this::result).toList()));
    }

    private SearchResult result(ImportSearchRepository.Found found) {
        boolean victimList = VictimListImport.KIND.equals(found.kind());
        String kind = victimList ? "Weekly victim list" : "Disseminations";
        String uploaded = UPLOADED.format(found.uploadedAt().atZoneSameInstant(clock.getZone()));
        String status = found.status().toLowerCase(Locale.ROOT);
        return new SearchResult(SearchKind.IMPORTS, found.fileName(),
                kind + " · uploaded " + uploaded + " · " + status,
                (victimList ? "/victim-care/imports/" : "/fraud/imports/") + found.id(), RECORD_TYPE,
                found.id().toString());
    }
}
