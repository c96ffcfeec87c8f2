package uk.police.ecu.casework.intake;

/** A data row of a CSV file, read through its header. */
public record CsvRow(CsvHeader header, CsvRecord record) {

    /** The physical line the row starts on. */
    public int line() {
        return record.line();
    }

    /** The value in a column, stripped of surrounding spaces; empty when blank or absent. */
    public String value(String column) {
        return header.value(record, column);
    }

    public int valuesBeyondHeader() {
        return header.valuesBeyondHeader(record);
    }
}
