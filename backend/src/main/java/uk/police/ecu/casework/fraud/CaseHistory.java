package uk.police.ecu.casework.fraud;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.security.UserRepository;

/**
 * What has happened on a case, newest first: the engine's finished tasks and the domain events
 * (events logged, victim updates, plan actions, notes), each with who and when.
 */
@Component
class CaseHistory {

    record Entry(OffsetDateTime at, String who, String what, String detail) {
    }

    /** What a note is called on the timeline (the front end adds a new note under the same title). */
    static final String NOTE = "Note";

    private final HistoryService history;
    private final JdbcClient jdbc;
    private final UserRepository users;

    CaseHistory(HistoryService history, JdbcClient jdbc, UserRepository users) {
        this.history = history;
        this.jdbc = jdbc;
        this.users = users;
    }

    List<Entry> of(Crime crime) {
        Map<String, String> names = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        String reference = crime.crimeReference();
        entries.add(new Entry(crime.receivedAt(), name(names, crime.receivedBy()), "Dissemination received",
                crime.nfibCode().equals(crime.originalNfibCode()) ? crime.nfibCode()
                        : crime.originalNfibCode() + ", recategorised as " + crime.nfibCode()));
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(reference).finished().list()) {
            entries.add(new Entry(task.getEndTime().toInstant().atOffset(ZoneOffset.UTC),
                    name(names, task.getAssignee()), "Completed: " + task.getName(), null));
        }
        entries.addAll(jdbc.sql("""
                        SELECT logged_at, logged_by, event_type, occurred_on, details FROM case_event
                        WHERE crime_reference = ?""")
                .param(reference)
                .query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class), name(names, rs.getString(2)),
                        "Event logged: " + label(rs.getString(3)) + " on " + rs.getDate(4).toLocalDate(),
                        rs.getString(5)))
                .list());
        entries.addAll(jdbc.sql("""
                        SELECT recorded_at, recorded_by, update_type, method, told_on, notes FROM victim_update
                        WHERE crime_reference = ?""")
                .param(reference)
                .query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class), name(names, rs.getString(2)),
                        "Victim told (" + label(rs.getString(3)) + ") by " + label(rs.getString(4)) + " on "
                                + rs.getDate(5).toLocalDate(), rs.getString(6)))
                .list());
        entries.addAll(jdbc.sql("""
                        SELECT recorded_at, recorded_by, description, owner, due_date FROM investigation_plan_action
                        WHERE crime_reference = ?""")
                .param(reference)
                .query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class), name(names, rs.getString(2)),
                        "Plan action: " + rs.getString(3), "Owner " + rs.getString(4) + ", due "
                        + rs.getDate(5).toLocalDate()))
                .list());
        entries.addAll(jdbc.sql("SELECT created_at, author, text FROM case_note WHERE crime_reference = ?")
                .param(reference)
                .query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class), name(names, rs.getString(2)),
                        NOTE, rs.getString(3)))
                .list());
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries;
    }

    private String name(Map<String, String> names, String username) {
        if (username == null) {
            return null;
        }
        return names.computeIfAbsent(username, u -> users.displayName(u).orElse(u));
    }

    private static String label(String code) {
        String words = code.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
