package uk.police.ecu.casework.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnProperty(name = DemoContribution.SWITCH, havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoData> contributions;

    DemoDataLoader(List<DemoData> contributions) {
        this.contributions = contributions;
    }

    @Override
    public void run(ApplicationArguments args) {
        contributions.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
        log.info("Demo data loaded ({} contributions)", contributions.size());
    }
}
