package uk.police.ecu.casework.recovery;

import java.time.LocalDate;

/** A stage of the treatment pathway, recorded as it happens. */
record PathwayStage(long id, String stage, LocalDate stageDate, String medication, String dischargeReason,
                    String notes, String recordedBy) {

    enum Stage {
        COMMUNITY_TREATMENT, PRESCRIBING, PRE_ADMISSION_COURSE, REHAB_ADMISSION, REHAB_COMPLETION,
        REHAB_EARLY_DISCHARGE, INTENSIVE_THERAPY, RESTORATIVE_MEETING, AFTER_CARE
    }

    enum Medication { METHADONE, ORAL_BUPRENORPHINE, LONG_ACTING_INJECTABLE_BUPRENORPHINE, OTHER }

    enum DischargeReason { SELF_DISCHARGED, SUBSTANCE_USE, BEHAVIOUR, HEALTH, OTHER }
}
