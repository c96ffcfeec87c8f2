package uk.police.ecu.casework.victimcare;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.search.SearchGroup;
import uk.police.ecu.casework.search.SearchKind;
import uk.police.ecu.casework.search.SearchProvider;
import uk.police.ecu.casework.search.SearchResult;
import uk.police.ecu.casework.search.SearchTerms;
import uk.police.ecu.casework.security.CaseworkUser;
import uk.police.ecu.casework.security.Role;

/** Victims and victim care referrals for the search box: victim care officers only, as on their pages. */
@Component
class VictimCareSearch implements SearchProvider {

    private static final DateTimeFormatter BORN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final VictimSearchRepository found;

    VictimCareSearch(VictimSearchRepository found) {
        this.found = found;
    }

    @Override
    public List<SearchGroup> search(SearchTerms terms, CaseworkUser user) {
        if (!user.hasRole(Role.VICTIM_CARE_OFFICER)) {
            return List.of();
        }
        return List.of(
                new SearchGroup(SearchKind.VICTIMS, found.victims(terms).stream().map(VictimCareSearch::victim).toList()),
                new SearchGroup(SearchKind.REFERRALS,
                        found.referrals(terms).stream().map(VictimCareSearch::referral).toList()));
    }

    @Override
    public Set<String> openedRecordTypes() {
        return Set.of(VictimCareService.VICTIM, VictimCareService.REFERRAL);
    }

    @Override
    public Optional<SearchResult> opened(String recordType, String recordId, CaseworkUser user) {
        if (!user.hasRole(Role.VICTIM_CARE_OFFICER)) {
            return Optional.empty();
        }
        if (VictimCareService.REFERRAL.equals(recordType)) {
            return found.referral(recordId).map(VictimCareSearch::referral);
        }
        try {
            return found.victim(UUID.fromString(recordId)).map(VictimCareSearch::victim);
        } catch (IllegalArgumentException notAVictimId) {
            return Optional.empty();
        }
    }

    private static SearchResult victim(VictimSearchRepository.FoundVictim victim) {
        String description = victim.dateOfBirth() == null ? "Date of birth not recorded"
                : "Born " + BORN.format(victim.dateOfBirth());
        return new SearchResult(SearchKind.VICTIMS, victim.name(), description,
                "/victim-care/victims/" + victim.id(), VictimCareService.VICTIM, victim.id().toString());
    }

    private static SearchResult referral(VictimSearchRepository.FoundReferral referral) {
        String stage = referral.stage().replace('_', ' ').toLowerCase(Locale.ROOT);
        return new SearchResult(SearchKind.REFERRALS, referral.reference(),
                referral.victimName() + " · crime " + referral.crimeReference() + " · " + stage,
                "/victim-care/referrals/" + referral.reference(), VictimCareService.REFERRAL, referral.reference());
    }
}
