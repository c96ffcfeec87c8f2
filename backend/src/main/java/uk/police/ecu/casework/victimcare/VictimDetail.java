package uk.police.ecu.casework.victimcare;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A victim (a person) with every crime they were listed on and every referral of theirs. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VictimDetail(UUID id, String forename, String surname, LocalDate dateOfBirth, Integer age, String phone,
                           String email, String postcode, boolean repeatVictim, List<Listing> listings,
                           List<ReferralDetail> referrals) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Listing(String crimeReference, LocalDate reportedDate, String nfibCode, String nfibName,
                          Integer ndmScore, BigDecimal lossGbp, LocalDate listWeek, String screeningResult,
                          List<String> screeningReasons, String referralReference) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Summary(UUID id, String name, LocalDate dateOfBirth, boolean repeatVictim, LatestReferral latestReferral) {
    }

    public record LatestReferral(String reference, ReferralStage stage, Instant referredAt) {
    }

    public record Page(List<Summary> victims, long total) {
    }
}
