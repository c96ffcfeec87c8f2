package uk.police.ecu.casework.intake;

/** The text encodings an uploaded CSV file is read in; the name is what {@code import_job.encoding} holds. */
enum TextEncoding {
    UTF_8("UTF-8"),
    WINDOWS_1252("WINDOWS-1252");

    private final String label;

    TextEncoding(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
