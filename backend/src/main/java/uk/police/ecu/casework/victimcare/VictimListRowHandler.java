package uk.police.ecu.casework.victimcare;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.intake.BatchOutcome;
import uk.police.ecu.casework.intake.ImportBatch;
import uk.police.ecu.casework.intake.RowHandler;
import uk.police.ecu.casework.intake.VictimListRow;
import uk.police.ecu.casework.people.ListedPerson;
import uk.police.ecu.casework.people.PersonMatcher;

/**
 * Weekly victim lists. Each good row is a person on a crime: the person is recognised if already
 * known by name and date of birth ({@link PersonMatcher}; and then flagged as a repeat victim when the crime
 * is new to them), or else a new victim, with a possible match raised where the evidence is partial. The
 * listing is screened and stored whatever the result, with the person as the list gave them. A referred
 * listing starts its victim care referral, or joins the person's referral if one is still open (one referral
 * per person at a time). The same person on the same crime again (a list sent twice, a row re-sent a week
 * later) is a duplicate: nothing stored, screened or started twice.
 */
@Component
class VictimListRowHandler implements RowHandler<VictimListRow> {

    private final VictimRepository victims;
    private final PersonMatching matching;
    private final PossibleMatchRepository possibleMatches;
    private final VictimCareScreening screening;
    private final VictimCareReferrals referrals;
    private final AuditLog audit;
    private final Clock clock;

    VictimListRowHandler(VictimRepository victims, PersonMatching matching, PossibleMatchRepository possibleMatches,
                         VictimCareScreening screening, VictimCareReferrals referrals, AuditLog audit, Clock clock) {
        this.victims = victims;
        this.matching = matching;
        this.possibleMatches = possibleMatches;
        this.screening = screening;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public BatchOutcome store(List<VictimListRow> rows, ImportBatch batch) {
        UUID jobId = batch.importJobId();
        Tally tally = new Tally();
        matching.fillMissingKeys();
        for (VictimListRow row : rows) {
            importRow(batch, row, tally);
        }
        if (!tally.listed.isEmpty()) {
            audit.record(AuditEntry.collection("victim", List.copyOf(tally.listed),
                    Map.of("importJob", jobId.toString(), "source", "weekly victim list", "listings", tally.created)));
        }
        if (!tally.repeat.isEmpty()) {
            audit.record(AuditEntry.alteration("victim", List.copyOf(tally.repeat),
                    Map.of("importJob", jobId.toString(), "change", "flagged as a repeat victim")));
        }
        if (!tally.joined.isEmpty()) {
            audit.record(AuditEntry.alteration(VictimCareService.REFERRAL, List.copyOf(tally.joined),
                    Map.of("importJob", jobId.toString(), "change",
                            "a later crime of the same person joined the open referral; contact plan to be reviewed")));
        }
        return new BatchOutcome(rows.size(), tally.created, tally.duplicates, tally.flaggedLines.size(), tally.referred,
                tally.screenedOut, tally.repeatListings);
    }

    private void importRow(ImportBatch batch, VictimListRow row, Tally tally) {
        ListedPerson person = ListedPeople.of(row);
        Optional<UUID> sameCrime = victims.listedOnCrime(row.crimeReference(), person.nameKey());
        PersonMatching.Outcome matched = sameCrime.isPresent()
                ? new PersonMatching.Outcome(sameCrime, List.of()) : matching.match(person);
        Optional<UUID> known = matched.samePerson();
        List<String> earlierCrimes = known.map(victims::crimesOf).orElse(List.of());
        if (earlierCrimes.contains(row.crimeReference())) {
            tally.duplicates++;
            batch.duplicate(row.line(), "crime_reference", row.crimeReference(),
                    "This victim is already listed on crime %s; not listed or referred again".formatted(row.crimeReference()));
            return;
        }
        UUID victimId = known.orElseGet(() -> victims.create(row));
        boolean repeatVictim = !earlierCrimes.isEmpty();
        if (repeatVictim) {
            victims.markRepeatVictim(victimId, row);
            tally.repeat.add(victimId.toString());
            tally.repeatListings++;
            flag(batch, tally, row.line(), "crime_reference", row.crimeReference(),
                    "Repeat victim: also listed on %s; linked to their earlier record"
                            .formatted(String.join(", ", earlierCrimes)));
        }
        ScreeningOutcome outcome = screening.screen(new ScreeningFacts(row.nfibCode(), row.dateOfBirth(),
                row.reportedDate(), row.ndmScore(), repeatVictim));
        UUID listingId = UUID.randomUUID();
        Optional<String> openReferral = outcome.referred() && repeatVictim
                ? referrals.openReferralOf(victimId) : Optional.empty();
        String reference = outcome.referred() && openReferral.isEmpty() ? referrals.nextReference() : null;
        victims.insertListing(listingId, victimId, row, batch.importJobId(), outcome, reference,
                openReferral.orElse(null));
        if (reference != null) {
            referrals.startFollowing(reference, listingId, victimId);
            tally.referred++;
        } else if (openReferral.isPresent()) {
            referrals.join(openReferral.get(), listingId, row.crimeReference());
            tally.joined.add(openReferral.get());
            tally.referred++;
            flag(batch, tally, row.line(), "crime_reference", row.crimeReference(),
                    "Joined %s, this person's open referral, instead of starting a second one; contact plan to be reviewed"
                            .formatted(openReferral.get()));
        } else {
            tally.screenedOut++;
        }
        raisePossibleMatches(batch, tally, row, victimId, listingId, matched.possibleMatches());
        tally.created++;
        tally.listed.add(victimId.toString());
    }

    private void raisePossibleMatches(ImportBatch batch, Tally tally, VictimListRow row, UUID victimId, UUID listingId,
                                      List<PersonMatching.Possible> possible) {
        for (PersonMatching.Possible candidate : possible) {
            possibleMatches.raise(UUID.randomUUID(), victimId, candidate.candidateVictimId(), listingId,
                    candidate.match(), clock.instant());
        }
        if (!possible.isEmpty()) {
            flag(batch, tally, row.line(), "victim_surname", row.surname(),
                    "Possible match with %d victim(s) already known (%s): kept as a new victim until a victim care"
                            .formatted(possible.size(), possible.get(0).match().reason())
                            + " officer confirms or rejects it");
        }
    }

    /** A row stored but put in the report for someone to look at; counted once however many reasons it has. */
    private static void flag(ImportBatch batch, Tally tally, int line, String column, String value, String reason) {
        batch.flagged(line, column, value, reason);
        tally.flaggedLines.add(line);
    }

    private static final class Tally {
        private final Set<Integer> flaggedLines = new LinkedHashSet<>();
        private final Set<String> listed = new LinkedHashSet<>();
        private final Set<String> repeat = new LinkedHashSet<>();
        private final Set<String> joined = new LinkedHashSet<>();
        private int created;
        private int duplicates;
        private int repeatListings;
        private int referred;
        private int screenedOut;
    }
}
