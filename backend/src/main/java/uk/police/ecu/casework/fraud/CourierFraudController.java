package uk.police.ecu.casework.fraud;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Marks or unmarks a crime as courier fraud. Roles are checked by the marker. */
@RestController
class CourierFraudController {

    private final CourierFraudMarker marker;

    CourierFraudController(CourierFraudMarker marker) {
        this.marker = marker;
    }

    @PutMapping("/api/fraud/cases/{crimeReference}/courier-fraud")
    CourierFraudMarker.Marker mark(@PathVariable String crimeReference,
                                   @RequestBody(required = false) CourierFraudMarker.Marker body) {
        return marker.mark(crimeReference, body);
    }
}
