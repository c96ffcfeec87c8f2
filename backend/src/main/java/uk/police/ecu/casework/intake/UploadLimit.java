package uk.police.ecu.casework.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest file an import accepts ({@code spring.servlet.multipart.max-file-size}), and the words that refuse a
 * larger one: the upload page shows the limit and refuses with these words before sending a file, the server after
 * receiving one, so the two cannot disagree.
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

    @JsonProperty
    String refusal() {
        return ("The file is larger than the %d MB limit, so nothing was imported. Check this is the right file, or "
                + "split it into files under %d MB").formatted(megabytes(), megabytes());
    }
}
