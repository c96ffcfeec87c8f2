package uk.police.ecu.casework.operations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the figures a monitoring system scrapes, all in one statement so a scrape costs one query. */
@Repository
class BusinessMetricsRepository {

    private final JdbcClient jdbc;

    BusinessMetricsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    BusinessFigures figures(Instant now) {
        Map<String, Long> openTasksByQueue = new HashMap<>();
        long[] totals = new long[4];
        jdbc.sql("""
                        SELECT 'queue' AS kind, q.queue AS name, count(*) AS n
                        FROM task_projection t CROSS JOIN LATERAL unnest(t.candidate_groups) AS q(queue)
                        GROUP BY q.queue
                        UNION ALL
                        SELECT 'total', 'sla-warnings', count(*) FROM sla_clock
                        WHERE result = 'OPEN' AND warn_at <= :now
                        UNION ALL
                        SELECT 'total', 'sla-breaches', count(*) FROM sla_clock
                        WHERE result = 'BREACHED' AND stopped_at IS NULL
                        UNION ALL
                        SELECT 'total', 'rows-imported', coalesce(sum(good_rows_done), 0) FROM import_job
                        UNION ALL
                        SELECT 'total', 'rows-failed', coalesce(sum(error_rows), 0) FROM import_job""")
                .param("now", Timestamp.from(now))
                .query(rs -> {
                    String name = rs.getString("name");
                    long n = rs.getLong("n");
                    if ("queue".equals(rs.getString("kind"))) {
                        openTasksByQueue.put(name, n);
                    } else {
                        totals[switch (name) {
                            case "sla-warnings" -> 0;
                            case "sla-breaches" -> 1;
                            case "rows-imported" -> 2;
                            default -> 3;
                        }] = n;
                    }
                });
        return new BusinessFigures(Map.copyOf(openTasksByQueue), totals[0], totals[1], totals[2], totals[3]);
    }

    /** What the service holds at one moment; the import figures are totals over every import kept. */
    record BusinessFigures(Map<String, Long> openTasksByQueue, long slaWarnings, long slaBreaches,
                           long importRowsImported, long importRowsFailed) {

        static final BusinessFigures NONE = new BusinessFigures(Map.of(), 0, 0, 0, 0);
    }
}
