package uk.police.ecu.casework.audit;

import java.util.List;

/** A page of search results, newest first. */
public record AuditPage(List<AuditEventView> events, int page, int size, long total) {
}
