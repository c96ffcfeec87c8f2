package uk.police.ecu.casework.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream as UTF-8 one character at a time, refusing malformed input.
 * {@link java.io.InputStreamReader} would either replace bad bytes silently or throw before handing
 * over the characters decoded ahead of them, losing the position; this hands over every good
 * character first, so the caller knows on which line the bad bytes sit.
 */
final class StrictUtf8Reader {

    static final int END = -1;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    private boolean endOfInput;
    private boolean finished;
    private boolean malformed;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    /** The next character, or {@link #END}; throws {@link NotUtf8Exception} where the bytes are not UTF-8. */
    int read() {
        while (!chars.hasRemaining()) {
            if (malformed) {
                throw new NotUtf8Exception();
            }
            if (finished) {
                return END;
            }
            decodeMore();
        }
        return chars.get();
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
            malformed = true;
        } else if (endOfInput && result.isUnderflow()) {
            decoder.flush(chars);
            finished = true;
        }
        chars.flip();
    }

    private int readBytes() {
        try {
            return in.read(bytes.array(), bytes.position(), bytes.remaining());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class NotUtf8Exception extends RuntimeException {
        NotUtf8Exception() {
            super(null, null, false, false);
        }
    }
}
