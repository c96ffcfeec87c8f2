package uk.police.ecu.casework.intake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.police.ecu.casework.reference.PolicingArea;

/** Turns one row of a dissemination file into a {@link DisseminationRow}, recording every problem in its cells. */
final class DisseminationRowMapper {

    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 20_000;

    private final Set<String> knownNfibCodes;
    private final Map<String, String> areaIdsByNameOrId = new HashMap<>();
    private final DateCell pastDate;
    private final DateCell dateOfBirth;

    DisseminationRowMapper(Set<String> knownNfibCodes, Collection<PolicingArea> policingAreas, LocalDate today) {
        this.knownNfibCodes = knownNfibCodes;
        this.pastDate = DateCell.notAfter(today);
        this.dateOfBirth = DateCell.dateOfBirth(today);
        for (PolicingArea area : policingAreas) {
            areaIdsByNameOrId.put(areaKey(area.id()), area.id());
            areaIdsByNameOrId.put(areaKey(area.name()), area.id());
        }
    }

    /** The row's values; only meaningful when {@code cells} has no errors afterwards. */
    DisseminationRow map(RowCells cells) {
        String nfibCode = cells.required("nfib_code", FraudCells.nfibCode());
        return new DisseminationRow(
                cells.line(),
                cells.required("crime_reference", FraudCells.crimeReference()),
                cells.required("reported_date", pastDate),
                nfibCode,
                nfibCode != null && !knownNfibCodes.contains(nfibCode),
                cells.required("victim_type", CellParser.oneOf(VictimType.class)),
                cells.required("victim_name", CellParser.personName(MAX_NAME)),
                cells.optional("victim_date_of_birth", dateOfBirth),
                cells.optional("victim_email", ContactCells.email()),
                cells.optional("victim_phone", ContactCells.phone()),
                cells.optional("victim_postcode", ContactCells.ukPostcode()),
                cells.optional("loss_gbp", new MoneyCell()),
                cells.optional("ndm_score", CellParser.integer(1, 10)),
                cells.optional("policing_area", this::policingArea),
                cells.optional("summary", CellParser.text(MAX_TEXT)),
                cells.optional("suspect_details", CellParser.text(MAX_TEXT)));
    }

    private String policingArea(String value) {
        String id = areaIdsByNameOrId.get(areaKey(value));
        if (id == null) {
            throw new InvalidCellException("Must be one of the force's policing areas, by name or id (e.g. Birmingham East)");
        }
        return id;
    }

    // "Birmingham East", "birmingham-east" and "BIRMINGHAM  EAST" are the same area.
    private static String areaKey(String nameOrId) {
        return nameOrId.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
