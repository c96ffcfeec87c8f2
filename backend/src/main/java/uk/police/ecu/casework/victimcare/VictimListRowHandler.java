package uk.police.ecu.casework.victimcare;

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

/**
 * Weekly victim lists. Each good row is a person on a crime: the person is recognised if already
 * known (and then flagged as a repeat victim when the crime is new to them), the listing is
 * screened and stored whatever the result, and a referred listing starts its victim care referral.
 * The same person on the same crime again (a list sent twice, a row re-sent a week later) is a
 * duplicate: nothing stored, screened or started twice.
 */
@Component
class VictimListRowHandler implements RowHandler<VictimListRow> {

    private final VictimRepository victims;
    private final VictimCareScreening screening;
    private final VictimCareReferrals referrals;
    private final AuditLog audit;

    VictimListRowHandler(VictimRepository victims, VictimCareScreening screening, VictimCareReferrals referrals,
                         AuditLog audit) {
        this.victims = victims;
        this.screening = screening;
        this.referrals = referrals;
        this.audit = audit;
    }

    @Override
    public BatchOutcome store(List<VictimListRow> rows, ImportBatch batch) {
        UUID jobId = batch.importJobId();
        Tally tally = new Tally();
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
        return new BatchOutcome(rows.size(), tally.created, tally.duplicates, tally.repeatListings, tally.referred,
                tally.screenedOut, tally.repeatListings);
    }

    private void importRow(ImportBatch batch, VictimListRow row, Tally tally) {
        Optional<UUID> known = victims.matching(row);
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
            batch.flagged(row.line(), "crime_reference", row.crimeReference(),
                    "Repeat victim: also listed on %s; linked to their earlier record"
                            .formatted(String.join(", ", earlierCrimes)));
        }
        ScreeningOutcome outcome = screening.screen(new ScreeningFacts(row.nfibCode(), row.dateOfBirth(),
                row.reportedDate(), row.ndmScore(), repeatVictim));
        UUID listingId = UUID.randomUUID();
        String reference = outcome.referred() ? referrals.nextReference() : null;
        victims.insertListing(listingId, victimId, row, batch.importJobId(), outcome, reference);
        if (reference != null) {
            referrals.start(reference, listingId);
            tally.referred++;
        } else {
            tally.screenedOut++;
        }
        tally.created++;
        tally.listed.add(victimId.toString());
    }

    private static final class Tally {
        private final Set<String> listed = new LinkedHashSet<>();
        private final Set<String> repeat = new LinkedHashSet<>();
        private int created;
        private int duplicates;
        private int repeatListings;
        private int referred;
        private int screenedOut;
    }
}
