package uk.police.ecu.casework.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Communication needs as a row of a needs table: fraud keeps them per crime, victim care per person, in tables
 * of the same columns ({@code interpreter_needed}, {@code interpreter_language}, {@code preferred_channel},
 * {@code times_to_avoid}, {@code other_needs}, {@code recorded_by}, {@code recorded_at}). Each module's
 * repository keeps its own SQL; this reads and fills the columns they share, so the two cannot drift apart.
 */
public final class CommunicationNeedsRow {

    private CommunicationNeedsRow() {
    }

    /** The needs in the current row, read by column name; {@code recordedOn} says which team's record it is. */
    public static CommunicationNeeds read(ResultSet rs, String recordedOn) throws SQLException {
        String channel = rs.getString("preferred_channel");
        return new CommunicationNeeds(rs.getBoolean("interpreter_needed"), rs.getString("interpreter_language"),
                channel == null ? null : CommunicationNeeds.Channel.valueOf(channel), rs.getString("times_to_avoid"),
                rs.getString("other_needs"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class), recordedOn);
    }

    /**
     * The named parameters of a recording: {@code :interpreterNeeded}, {@code :interpreterLanguage},
     * {@code :preferredChannel}, {@code :timesToAvoid}, {@code :otherNeeds}, {@code :recordedBy},
     * {@code :recordedAt}.
     */
    public static Map<String, Object> parameters(CommunicationNeeds.Entry needs, String recordedBy,
                                                 OffsetDateTime at) {
        // A HashMap, not Map.of: most of the values may be null.
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("interpreterNeeded", needs.interpreterNeeded());
        parameters.put("interpreterLanguage", needs.interpreterLanguage());
        parameters.put("preferredChannel", needs.preferredChannel() == null ? null : needs.preferredChannel().name());
        parameters.put("timesToAvoid", needs.timesToAvoid());
        parameters.put("otherNeeds", needs.otherNeeds());
        parameters.put("recordedBy", recordedBy);
        parameters.put("recordedAt", at);
        return parameters;
    }
}
