package uk.police.ecu.loopfixture.first;

import uk.police.ecu.loopfixture.second.Second;

/** Half of a loop between two modules, for {@code ModulesTest} to prove the check sees one. */
public class First {

    public Second next() {
        return new Second();
    }
}
