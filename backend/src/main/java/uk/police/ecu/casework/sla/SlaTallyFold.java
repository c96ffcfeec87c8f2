package uk.police.ecu.casework.sla;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the clock changes the triggers appended ({@code sla_clock_tally_change}) into the day tally the
 * dashboard reads ({@code sla_clock_tally}), so the changes table holds only the last few seconds of work. One
 * statement, so a reader sees the changes either still appended or already in the tally, never both or
 * neither. One node folds at a time: another finding the lock taken leaves the work to it.
 */
@Component
public class SlaTallyFold {

    /** The advisory lock key ("ECU-TALY" in ASCII). */
    private static final long FOLD_LOCK = 0x4543552d54414c59L;

    private final SlaTallyRepository tally;

    SlaTallyFold(SlaTallyRepository tally) {
        this.tally = tally;
    }

    /** How many tally rows changed; none if another node is folding. */
    @Transactional
    @Scheduled(fixedDelayString = "${casework.sla.tally-fold.interval:PT15S}",
            initialDelayString = "${casework.sla.tally-fold.interval:PT15S}")
    public int fold() {
        if (!tally.tryLock(FOLD_LOCK)) {
            return 0;
        }
        return tally.foldChanges();
    }
}
