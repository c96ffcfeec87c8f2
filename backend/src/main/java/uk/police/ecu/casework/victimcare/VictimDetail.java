package uk.police.ecu.casework.victimcare;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.police.ecu.casework.people.PersonMatcher;
import uk.police.ecu.casework.shared.CommunicationNeeds;

/**
 * A victim (a person) with every crime they were listed on (each with the name and contact details that list
 * gave), every referral of theirs, the possible matches waiting for a decision and the records confirmed to
 * be the same person. {@code linkedTo}: set on a record confirmed to be another victim, whose listings are now
 * with that victim.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VictimDetail(UUID id, String forename, String surname, LocalDate dateOfBirth, Integer age, String phone,
                           String email, String postcode, boolean repeatVictim, List<Listing> listings,
                           List<ReferralDetail> referrals, UUID linkedTo, List<PossibleMatch> possibleMatches,
                           List<PossibleMatch> confirmedLinks, CommunicationNeeds communicationNeeds) {

    /**
     * @param listedAs                the person as this list gave them
     * @param importJobId             the victim list import it came in (null for listings made otherwise)
     * @param joinedReferralReference the person's open referral this crime joined, instead of a referral of its own
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Listing(String crimeReference, LocalDate reportedDate, String nfibCode, String nfibName,
                          Integer ndmScore, BigDecimal lossGbp, LocalDate listWeek, String screeningResult,
                          List<String> screeningReasons, String referralReference, String joinedReferralReference,
                          UUID importJobId, Integer line, ListedAs listedAs) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ListedAs(String forename, String surname, LocalDate dateOfBirth, String phone, String email,
                           String postcode) {
    }

    /**
     * Two victim records that may be one person. {@code victimId}: the record made for the listing that raised
     * it; {@code candidateVictimId}: the person already known. {@code evidence}: each detail side by side.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PossibleMatch(UUID id, UUID victimId, UUID candidateVictimId, String crimeReference, String rule,
                                String reason, List<PersonMatcher.Evidence> evidence, String status, Instant raisedAt,
                                String decidedBy, Instant decidedAt) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Summary(UUID id, String name, LocalDate dateOfBirth, boolean repeatVictim, LatestReferral latestReferral) {
    }

    public record LatestReferral(String reference, ReferralStage stage, Instant referredAt) {
    }

    public record Page(List<Summary> victims, long total) {
    }
}
