package uk.police.ecu.casework.fraud;

import java.util.Optional;
import uk.police.ecu.casework.shared.CommunicationNeeds;

/**
 * Communication needs victim care recorded for the person listed as the victim of a crime, so the case's
 * officer is not asked for them again. Fraud owns this interface and victim care provides it, keeping the
 * dependency one way (victim care on fraud).
 */
public interface VictimCareCommunicationNeeds {

    Optional<CommunicationNeeds> ofVictimOf(String crimeReference);
}
