package uk.police.ecu.casework.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files, and whether it is durable.
 *
 * @param dataDir directory of the embedded cluster; blank means a throwaway temporary directory
 * @param durable fsync and synchronous_commit on: the run command's database holds real work
 * @param port fixed port for the embedded server; 0 picks a free one
 */
@ConfigurationProperties("casework.database.embedded")
public record DatabaseSettings(String dataDir, boolean durable, int port) {
}
