package uk.police.ecu.casework.fraud;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One kind of record that belongs on a case's timeline. New kinds of record add a source rather than growing
 * {@link CaseHistory}; {@code name} turns a username into the person's name.
 */
interface CaseHistorySource {

    List<CaseHistory.Entry> entries(String crimeReference, UnaryOperator<String> name);
}
