package uk.police.ecu.casework.victimcare;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What each support level offers by default, and the deliveries that restock protect resources. Changing a default
 * or a low-stock level is for victim care supervisors only: the service refuses other officers (403).
 */
@RestController
@RequestMapping("/api/victim-care")
@PreAuthorize(VictimCareService.VICTIM_CARE_OFFICERS)
class CarePlanController {

    private final CarePlanDefaults planDefaults;
    private final ResourceDeliveries deliveries;
    private final CarePlanSettings settings;

    CarePlanController(CarePlanDefaults planDefaults, ResourceDeliveries deliveries, CarePlanSettings settings) {
        this.planDefaults = planDefaults;
        this.deliveries = deliveries;
        this.settings = settings;
    }

    /** Every support level's default plan, from the most support to the least. No personal data. */
    @GetMapping("/plan-defaults")
    List<ReferralDetail.PlanDefaults> planDefaults() {
        return planDefaults.all();
    }

    @PutMapping("/plan-defaults/{supportLevel}")
    ReferralDetail.PlanDefaults changePlanDefault(@PathVariable String supportLevel,
                                                  @RequestBody CarePlanSettings.PlanDefaultChange change) {
        return settings.changeDefault(supportLevel, change);
    }

    @PutMapping("/resources/{resource}/low-stock-threshold")
    ProtectResourceRepository.Stock changeLowStockThreshold(@PathVariable String resource,
                                                            @RequestBody CarePlanSettings.LowStockChange change) {
        return settings.changeLowStockThreshold(resource, change);
    }

    @PostMapping("/resources/{resource}/deliveries")
    ResponseEntity<ProtectResourceRepository.Stock> recordDelivery(@PathVariable String resource,
                                                                   @RequestBody ResourceDeliveries.NewDelivery delivery) {
        return ResponseEntity.status(HttpStatus.CREATED).body(deliveries.record(resource, delivery));
    }

    @GetMapping("/resources/{resource}/deliveries")
    List<ProtectResourceRepository.Delivery> deliveries(@PathVariable String resource) {
        return deliveries.deliveries(resource);
    }
}
