package uk.police.ecu.casework.recovery;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.ecu.casework.audit.AuditEntry;
import uk.police.ecu.casework.audit.AuditLog;
import uk.police.ecu.casework.security.CurrentUser;

/**
 * The dataset for the programme's independent evaluator. Every file leaving the product is a disclosure to
 * the person downloading it, recorded with the participants it describes.
 */
@Service
@PreAuthorize("hasAnyRole('PERFORMANCE_ANALYST', 'O2R_OFFICER', 'ADMINISTRATOR')")
public class EvaluationDatasetService {

    static final String PURPOSE = "Independent evaluation of Offender to Recovery";

    private final EvaluationDatasetRepository participants;
    private final CustodyPeriodRepository custody;
    private final ProgrammeCalendar calendar;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    EvaluationDatasetService(EvaluationDatasetRepository participants, CustodyPeriodRepository custody,
                             ProgrammeCalendar calendar, AuditLog audit, CurrentUser currentUser) {
        this.participants = participants;
        this.custody = custody;
        this.calendar = calendar;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Transactional
    public List<EvaluationDataset.Row> dataset(List<String> areas) {
        List<EvaluationDatasetRepository.Enrolled> enrolled = participants.enrolled(chosen(areas));
        disclosed("o2r-participant", enrolled.stream().map(EvaluationDatasetRepository.Enrolled::reference).toList(),
                "dataset.csv", chosen(areas));
        return rows(enrolled);
    }

    /** {@code file}: the download, or the cohort table as the evaluation page shows it. */
    @Transactional
    public List<EvaluationDataset.CohortRow> cohorts(List<String> areas, String file) {
        disclosed("o2r-cohort", List.of(), file, chosen(areas));
        return EvaluationDataset.cohorts(rows(participants.enrolled(chosen(areas))));
    }

    @Transactional
    public List<EvaluationDataDictionary.Entry> dictionary() {
        disclosed("o2r-data-dictionary", List.of(), "data-dictionary.csv", List.of());
        return EvaluationDataDictionary.ENTRIES;
    }

    private List<EvaluationDataset.Row> rows(List<EvaluationDatasetRepository.Enrolled> enrolled) {
        Map<String, List<CustodyPeriod>> spells = custody.all();
        return enrolled.stream().map(p -> row(p, spells.getOrDefault(p.reference(), List.of()))).toList();
    }

    private EvaluationDataset.Row row(EvaluationDatasetRepository.Enrolled p, List<CustodyPeriod> spells) {
        OffendingWindows.Pair windows = OffendingWindows.of(p.enrolled(), spells, calendar.today());
        OffendingWindows.Window before = windows.before();
        OffendingWindows.Window after = windows.after();
        EvaluationDatasetRepository.Offending offendingBefore = participants.offending(p.reference(), before.from(), before.to());
        EvaluationDatasetRepository.Offending offendingAfter = participants.offending(p.reference(), after.from(), after.to());
        return new EvaluationDataset.Row(EvaluationDataset.pseudonym(p.reference()), p.area(),
                EvaluationDataset.quarterOf(p.enrolled()), p.status(), p.exitReason(), windows.daysAtLiberty(),
                before.calendarDays(), before.custodyDays(), offendingBefore.offences(), offendingBefore.valueGbp(),
                after.calendarDays(), after.custodyDays(), offendingAfter.offences(), offendingAfter.valueGbp());
    }

    /** No area asked for is every area. */
    private static List<String> chosen(List<String> areas) {
        return areas == null ? List.of() : areas.stream().filter(a -> !a.isBlank()).distinct().toList();
    }

    /** {@code areas}: the areas chosen, "all" when none was. */
    private void disclosed(String recordType, List<String> references, String file, List<String> areas) {
        audit.record(AuditEntry.disclosure(recordType, references, currentUser.get().username(), PURPOSE,
                Map.of("file", file, "areas", areas.isEmpty() ? EvaluationDataset.ALL : String.join(",", areas))));
    }
}
