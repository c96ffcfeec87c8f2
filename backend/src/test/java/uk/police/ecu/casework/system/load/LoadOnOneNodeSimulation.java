package uk.police.ecu.casework.system.load;

/** The load test on one node (run first: its section comes first in the summary). */
public class LoadOnOneNodeSimulation extends LoadSimulation {

    public LoadOnOneNodeSimulation() {
        super(1);
    }
}
