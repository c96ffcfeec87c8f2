package uk.police.ecu.loopfixture.second;

import uk.police.ecu.loopfixture.first.First;

/** The other half of the loop in {@code uk.police.ecu.loopfixture}. */
public class Second {

    public First back() {
        return new First();
    }
}
