package uk.police.ecu.casework.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest file an import accepts ({@code spring.servlet.multipart.max-file-size}): what the upload page tells
 * the user before they choose a file, and what the refusal of a larger one names, so the two cannot disagree.
 */
@Component
class UploadLimit {

    private final DataSize size;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size}") DataSize size) {
        this.size = size;
    }

    @JsonProperty
    long maxBytes() {
        return size.toBytes();
    }

    /** Whole megabytes, as the page and the refusal write it. */
    @JsonProperty
    long megabytes() {
        return size.toMegabytes();
    }
}
