package uk.police.ecu.casework.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's own tools (Cockpit) look but do not touch. With the engine's authorizations on, a webapp
 * user may do only what {@link EngineOperators} grants: read definitions, instances, incidents and jobs,
 * never variables, and change nothing. The product's own calls carry no engine authentication, so its
 * rules, not the engine's, decide what officers do. Expressions in queries would run code on the server.
 */
@Component
class EngineAuthorizationPlugin extends AbstractProcessEnginePlugin {

    private static final String IDENTITY_PATTERN = "[a-zA-Z0-9._@-]+";

    private final EngineOperators operators;

    EngineAuthorizationPlugin(EngineOperators operators) {
        this.operators = operators;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationEnabled(true);
        configuration.setEnforceSpecificVariablePermission(true);
        configuration.setResourceAuthorizationProvider(new NoDefaultAuthorizations());
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(false);
        // Usernames and team ids as the product spells them (ecu.supervisor, casework-operators).
        configuration.setUserResourceWhitelistPattern(IDENTITY_PATTERN);
        configuration.setGroupResourceWhitelistPattern(IDENTITY_PATTERN);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        operators.grantReadOnly(engine);
    }
}
