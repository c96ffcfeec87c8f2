package uk.police.ecu.casework.intake;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.reference.ReferenceData;

/** Makes dissemination readers that check against the reference data as it stands now. */
@Component
public class DisseminationCsvReaders {

    private static final Clock LONDON = Clock.system(ZoneId.of("Europe/London"));

    private final ReferenceData referenceData;

    DisseminationCsvReaders(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** A reader for one import: reference data is read once, here, not per row. */
    public DisseminationCsvReader newReader() {
        return new DisseminationCsvReader(referenceData.nfibCodes(), referenceData.policingAreas(), LONDON);
    }
}
