package uk.police.ecu.casework.retention;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an erasure did: the fields and engine data it removed, or, when the record had already been
 * erased, when and by whom that was done (and nothing else).
 */
public record Erasure(boolean alreadyErased, OffsetDateTime erasedAt, String erasedBy, List<String> erased) {

    public Erasure {
        erased = erased == null ? List.of() : List.copyOf(erased);
    }

    public static Erasure done(ErasureStamp stamp, List<String> erased) {
        return new Erasure(false, stamp.at(), stamp.by(), erased);
    }

    public static Erasure earlier(OffsetDateTime erasedAt, String erasedBy) {
        return new Erasure(true, erasedAt, erasedBy, List.of());
    }
}
