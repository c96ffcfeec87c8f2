package uk.police.ecu.casework.intake;

/** One line of an import report: a refused row, a duplicate of a known crime, or a row flagged for review. */
public record ImportReportEntry(String kind, int line, String columnName, String value, String reason) {
}
