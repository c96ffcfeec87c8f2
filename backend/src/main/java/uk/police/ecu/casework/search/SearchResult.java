package uk.police.ecu.casework.search;

/**
 * One thing found: what it is called, a line saying which one it is, and the page that shows it.
 * {@code recordType}/{@code recordId} name it on the audit trail.
 */
public record SearchResult(SearchKind kind, String title, String description, String path, String recordType,
                           String recordId) {
}
