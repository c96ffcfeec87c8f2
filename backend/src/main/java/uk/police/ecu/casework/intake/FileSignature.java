package uk.police.ecu.casework.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file people most often upload by mistake in place of a CSV file, known by their first
 * bytes, so the refusal can say what the file is rather than only that it is not text.
 */
final class FileSignature {

    /** The longest signature: how many leading bytes {@link #of} needs to see. */
    static final int LONGEST = 8;

    private static final List<FileSignature> KNOWN = List.of(
            new FileSignature("an Excel workbook (.xlsx) or another zip file", 'P', 'K', 3, 4),
            new FileSignature("an Excel 97-2003 workbook (.xls) or another Office file",
                    0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            new FileSignature("UTF-16 text (what Excel saves as \"Unicode Text\")", 0xFF, 0xFE),
            new FileSignature("UTF-16 text", 0xFE, 0xFF),
            new FileSignature("a PDF document", '%', 'P', 'D', 'F', '-'),
            new FileSignature("a PNG image", 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'),
            new FileSignature("a JPEG image", 0xFF, 0xD8, 0xFF),
            new FileSignature("a GIF image", 'G', 'I', 'F', '8'));

    private final String kind;
    private final byte[] start;

    private FileSignature(String kind, int... start) {
        this.kind = kind;
        this.start = new byte[start.length];
        for (int i = 0; i < start.length; i++) {
            this.start[i] = (byte) start[i];
        }
    }

    /** What a file starting with these bytes is, if it is one of the known kinds that are not CSV text. */
    static Optional<String> of(byte[] head) {
        return KNOWN.stream().filter(s -> s.matches(head)).map(s -> s.kind).findFirst();
    }

    private boolean matches(byte[] head) {
        return head.length >= start.length && Arrays.equals(head, 0, start.length, start, 0, start.length);
    }
}
