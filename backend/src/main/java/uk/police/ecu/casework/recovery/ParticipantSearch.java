package uk.police.ecu.casework.recovery;

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

/**
 * O2R participants for the search box, as {@link ParticipantAccess} lets the participant page show them: to
 * O2R officers and drug referral workers of the participant's local authority area only.
 */
@Component
class ParticipantSearch implements SearchProvider {

    private final ParticipantSearchRepository participants;
    private final ParticipantAccess access;

    ParticipantSearch(ParticipantSearchRepository participants, ParticipantAccess access) {
        this.participants = participants;
        this.access = access;
    }

    @Override
    public List<SearchGroup> search(SearchTerms terms, CaseworkUser user) {
        List<String> areas = access.areasOf(user);
        if (areas.isEmpty()) {
            return List.of();
        }
        return List.of(new SearchGroup(SearchKind.PARTICIPANTS,
                participants.search(terms, areas).stream().map(ParticipantSearch::result).toList()));
    }

    @Override
    public Set<String> openedRecordTypes() {
        return Set.of(RecoveryProcess.RECORD_TYPE);
    }

    @Override
    public Optional<SearchResult> opened(String recordType, String recordId, CaseworkUser user) {
        List<String> areas = access.areasOf(user);
        return areas.isEmpty() ? Optional.empty() : participants.find(recordId, areas).map(ParticipantSearch::result);
    }

    private static SearchResult result(ParticipantSearchRepository.Found participant) {
        String status = participant.status().replace('_', ' ').toLowerCase(Locale.ROOT);
        return new SearchResult(SearchKind.PARTICIPANTS, participant.reference(), participant.name() + " · " + status,
                "/recovery/participants/" + participant.reference(), RecoveryProcess.RECORD_TYPE,
                participant.reference());
    }
}
