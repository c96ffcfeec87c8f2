package uk.police.ecu.casework.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of an uploaded CSV file one character at a time, refusing what is not text.
 *
 * <p>UTF-8 first. Excel on Windows saves "CSV (Comma delimited)" in Windows-1252, so a file whose
 * first byte that is not UTF-8 comes before any other non-ASCII character (a byte order mark
 * included) is read as Windows-1252 from there on: every character before it was ASCII, which
 * both encodings write alike, so nothing already handed over changes meaning. A file that mixes
 * UTF-8 with other bytes, or has bytes Windows-1252 leaves undefined, is refused rather than
 * guessed at, so a £ or an é is never silently turned into something else.
 *
 * <p>Every good character is handed over before a refusal, so the caller knows on which line the
 * bad bytes sit ({@link java.io.InputStreamReader} would lose the position).
 */
final class CsvTextReader {

    static final int END = -1;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    private TextEncoding encoding = TextEncoding.UTF_8;
    private CharsetDecoder decoder = strict(TextEncoding.UTF_8);
    private boolean onlyAsciiSoFar = true;
    private boolean endOfInput;
    private boolean finished;
    private NotTextException refusal;

    CsvTextReader(InputStream in) {
        this.in = in;
    }

    /** The encoding a whole file is read in; throws {@link NotTextException} when it is neither. */
    static TextEncoding encodingOf(InputStream in) {
        CsvTextReader text = new CsvTextReader(in);
        while (text.read() != END) {
            // only the encoding is wanted
        }
        return text.encoding();
    }

    /** The next character, or {@link #END}; throws {@link NotTextException} where the bytes are not text. */
    int read() {
        while (!chars.hasRemaining()) {
            if (refusal != null) {
                throw refusal;
            }
            if (finished) {
                return END;
            }
            decodeMore();
        }
        char c = chars.get();
        onlyAsciiSoFar &= c < 0x80;
        return c;
    }

    /** The encoding the characters so far were read in. */
    TextEncoding encoding() {
        return encoding;
    }

    private void decodeMore() {
        chars.clear();
        if (!endOfInput) {
            bytes.compact();
            int n = readBytes();
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
            notText();
        } else if (endOfInput && result.isUnderflow()) {
            decoder.flush(chars);
            finished = true;
        }
        chars.flip();
    }

    /** The decoder stopped at the bad bytes, having handed over what came before them. */
    private void notText() {
        if (encoding == TextEncoding.UTF_8 && onlyAsciiSoFar && onlyAscii(chars)) {
            encoding = TextEncoding.WINDOWS_1252;
            decoder = strict(TextEncoding.WINDOWS_1252);
        } else {
            refusal = new NotTextException(encoding == TextEncoding.UTF_8
                    ? NotTextException.Reason.MIXED_ENCODINGS : NotTextException.Reason.NOT_WINDOWS_1252);
        }
    }

    private static boolean onlyAscii(CharBuffer decoded) {
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static CharsetDecoder strict(TextEncoding encoding) {
        Charset charset = encoding == TextEncoding.UTF_8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private int readBytes() {
        try {
            return in.read(bytes.array(), bytes.position(), bytes.remaining());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that are not text in an encoding the reader accepts. */
    static final class NotTextException extends RuntimeException {

        enum Reason { MIXED_ENCODINGS, NOT_WINDOWS_1252 }

        private final Reason reason;

        NotTextException(Reason reason) {
            super(null, null, false, false);
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }
}
