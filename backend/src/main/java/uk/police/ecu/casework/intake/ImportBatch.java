package uk.police.ecu.casework.intake;

import java.util.UUID;

/** One batch of an import, as a {@link RowHandler} sees it: whose it is, and its lines in the import's report. */
public interface ImportBatch {

    UUID importJobId();

    /** A good row whose record is already known: nothing was stored again. */
    void duplicate(int line, String column, String value, String reason);

    /** A row stored, but listed for someone to look at. */
    void flagged(int line, String column, String value, String reason);

    /** A row refused by the capability's own rules, after the file's checks passed it. */
    void refused(int line, String column, String value, String reason);
}
