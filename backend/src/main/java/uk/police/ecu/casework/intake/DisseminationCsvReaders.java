package uk.police.ecu.casework.intake;

import java.time.Clock;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.ReferenceData;

/** Makes dissemination readers that check against the reference data as it stands now. */
@Component
public class DisseminationCsvReaders {


    private final ReferenceData referenceData;
    private final Clock clock;

    DisseminationCsvReaders(ReferenceData referenceData, Clock clock) {
        this.clock = clock;
        this.referenceData = referenceData;
    }

    /** A reader for one import: reference data is read once, here, not per row. */
    public DisseminationCsvReader newReader() {
        return new DisseminationCsvReader(referenceData.nfibCodes(), referenceData.policingAreas(), clock);
    }
}
