package uk.police.ecu.casework.tasks;

import uk.police.ecu.casework.shared.CommunicationNeeds;

/**
 * What a task that contacts the victim shows at the top of its form: the victim's communication needs
 * ({@code recorded} is null when none are recorded) and the page where they are recorded ({@code recordAt}).
 */
public record ContactNeeds(CommunicationNeeds recorded, String recordAt) {
}
