package uk.police.ecu.casework.victimcare;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A social media post or an outreach event the unit reports on APMIS, with its figure: impressions for a post,
 * people engaged for an event. {@code teamId} is the recorder's team, whose officers may correct the figure.
 */
record ProtectActivity(long id, Kind kind, LocalDate heldOn, String title, int figure, String teamId,
                       String recordedBy, Instant recordedAt, String correctedBy, Instant correctedAt) {

    enum Kind { SOCIAL_MEDIA_POST, OUTREACH_EVENT }
}
