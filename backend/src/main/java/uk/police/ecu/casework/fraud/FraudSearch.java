package uk.police.ecu.casework.fraud;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.search.SearchGroup;
import uk.police.ecu.casework.search.SearchKind;
import uk.police.ecu.casework.search.SearchProvider;
import uk.police.ecu.casework.search.SearchResult;
import uk.police.ecu.casework.search.SearchTerms;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.Role;

/**
 * Crimes for the search box, as {@link FraudCaseAccess} lets the case page show them: every crime to the ECU,
 * a local investigator only the crimes allocated to their teams, nobody else any.
 */
@Component
class FraudSearch implements SearchProvider {

    static final String RECORD_TYPE = "crime";

    private final CrimeSearchRepository crimes;

    FraudSearch(CrimeSearchRepository crimes) {
        this.crimes = crimes;
    }

    @Override
    public List<SearchGroup> search(SearchTerms terms, CaseworkUser user) {
        Seen seen = Seen.by(user);
        if (seen.none()) {
            return List.of();
        }
        return List.of(new SearchGroup(SearchKind.CRIMES,
                crimes.search(terms, seen.every(), seen.teams()).stream().map(FraudSearch::result).toList()));
    }

    @Override
    public Set<String> openedRecordTypes() {
        return Set.of(RECORD_TYPE);
    }

    @Override
    public Optional<SearchResult> opened(String recordType, String recordId, CaseworkUser user) {
        Seen seen = Seen.by(user);
        if (seen.none()) {
            return Optional.empty();
        }
        return crimes.find(recordId, seen.every(), seen.teams()).map(FraudSearch::result);
    }

    /** The crimes the user's case page would show: every one, or those allocated to some teams. */
    private record Seen(boolean every, List<String> teams) {

        static Seen by(CaseworkUser user) {
            if (user.hasRole(Role.ECU_OFFICER) || user.hasRole(Role.ECU_SUPERVISOR)) {
                return new Seen(true, List.of());
            }
            return new Seen(false, user.hasRole(Role.LOCAL_INVESTIGATOR) ? user.teamIds() : List.of());
        }

        boolean none() {
            return !every && teams.isEmpty();
        }
    }

    private static SearchResult result(CrimeSearchRepository.Found crime) {
        String description = crime.victimName() == null ? statusOf(crime.status())
                : "Victim " + crime.victimName() + " · " + statusOf(crime.status());
        return new SearchResult(SearchKind.CRIMES, crime.crimeReference(), description,
                "/cases/" + crime.crimeReference(), RECORD_TYPE, crime.crimeReference());
    }

    private static String statusOf(String status) {
        String words = status.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
