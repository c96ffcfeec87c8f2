package uk.police.ecu.casework.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table in {@code docs/access-matrix.md}, read as data. */
record AccessMatrix(List<String> roles, List<Row> rows) {

    /** The demo user who holds each role. */
    static final Map<Role, String> DEMO_USER = new EnumMap<>(Map.of(
            Role.ECU_OFFICER, "ecu.officer",
            Role.ECU_SUPERVISOR, "ecu.supervisor",
            Role.LOCAL_INVESTIGATOR, "local.investigator",
            Role.VICTIM_CARE_OFFICER, "victim.care",
            Role.O2R_OFFICER, "o2r.officer",
            Role.DRUG_REFERRAL_WORKER, "drug.worker",
            Role.PERFORMANCE_ANALYST, "analyst",
            Role.AUDITOR, "auditor",
            Role.ADMINISTRATOR, "admin"));

    static AccessMatrix read() throws IOException {
        return read(Path.of(System.getProperty("repo.dir", ".."), "docs", "access-matrix.md"));
    }

    /** The row for an endpoint, by method and path template. */
    Optional<Row> row(String method, String path) {
        return rows.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).findFirst();
    }

    record Row(String method, String path, boolean anonymousAllowed, Map<String, Boolean> allowedByRole) {

        String key() {
            return method + " " + path;
        }
    }

    static AccessMatrix read(Path file) throws IOException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                    .map(String::trim).toList();
            if (header == null) {
                if (cells.size() > 3 && cells.get(0).equals("method")) {
                    header = cells;
                }
                continue;
            }
            if (cells.size() != header.size()) {
                break;
            }
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 3; i < cells.size(); i++) {
                allowed.put(header.get(i), parse(cells.get(i), line));
            }
            rows.add(new Row(cells.get(0), cells.get(1), cells.get(2).equals("public"), allowed));
        }
        if (header == null) {
            throw new IllegalStateException("No access matrix table in " + file);
        }
        return new AccessMatrix(header.subList(3, header.size()), rows);
    }

    private static boolean parse(String cell, String line) {
        return switch (cell) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException("Cell must be yes or no, was '" + cell + "' in: " + line);
        };
    }
}
