package uk.police.ecu.casework.intake;

import java.time.Clock;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.ReferenceDataRepository;

/** Makes dissemination readers that check against the reference data as it stands now. */
@Component
public class DisseminationCsvReaders {


    private final ReferenceDataRepository referenceData;
    private final Clock clock;

    DisseminationCsvReaders(ReferenceDataRepository referenceData, Clock clock) {
        this.clock = clock;
        this.referenceData = referenceData;
    }

    /** A reader for one import: reference data is read once, here, not per row. */
    public DisseminationCsvReader newReader() {
        return new DisseminationCsvReader(referenceData.nfibCodes(), referenceData.policingAreas(), clock);
    }
}
