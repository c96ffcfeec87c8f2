package uk.police.ecu.casework.audit;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * "Recent items": the records a user opened lately, newest first, each once. Taken from the audit trail that
 * already records every opening, so nothing else has to be kept about what people look at.
 */
@Service
public class OpenedRecords {

    /** One record the user opened. */
    public record Opened(String recordType, String recordId) {
    }

    private final OpenedRecordRepository repository;

    OpenedRecords(OpenedRecordRepository repository) {
        this.repository = repository;
    }

    public List<Opened> lastOpenedBy(String username, Set<String> recordTypes, int limit) {
        return repository.lastOpened(username, recordTypes, limit);
    }
}
