package uk.police.ecu.casework.system.load;

/** The load test on two nodes sharing one PostgreSQL, behind the sticky proxy. */
public class LoadOnTwoNodesSimulation extends LoadSimulation {

    public LoadOnTwoNodesSimulation() {
        super(2);
    }
}
