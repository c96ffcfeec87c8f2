package uk.police.ecu.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Repository;
import org.springframework.web.server.ResponseStatusException;

/**
 * The modules are the packages under {@code uk.police.ecu.casework}; each may use another's public types
 * (its API) but not what lies in a sub-package, and no two may depend on each other, directly or round a
 * loop. The module map in {@code docs/modules/} is drawn from the same model, so it cannot drift.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(CaseworkApplication.class);
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.police.ecu.casework");
    private static final Path MAP = Path.of("../docs/modules/components.puml");

    @Test
    void shouldKeepEveryModuleFreeOfCyclesAndOfOtherModulesInternals() {
        MODULES.verify();
    }

    @Test
    void shouldRefuseTwoModulesThatDependOnEachOther() {
        ImportOption testClassesToo = location -> true;
        assertThatThrownBy(() -> ApplicationModules.of("uk.police.ecu.loopfixture", testClassesToo).verify())
                .isInstanceOf(Violations.class).hasMessageContaining("Cycle detected");
    }

    /** Intake reads, checks, batches and reports files; what a row becomes is each capability's own RowHandler. */
    @Test
    void shouldKeepIntakeFreeOfTheCapabilitiesWhoseFilesItReads() {
        noClasses().that().resideInAPackage("uk.police.ecu.casework.intake..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.police.ecu.casework.fraud..",
                        "uk.police.ecu.casework.victimcare..", "uk.police.ecu.casework.recovery..",
                        "uk.police.ecu.casework.tasks..", "uk.police.ecu.casework.sla..")
                .check(PRODUCT);
    }

    /** The domain says what went wrong in its own words (NotFoundException, ConflictException…); only the web layer speaks HTTP. */
    @Test
    void shouldLeaveHttpStatusesToTheWebLayer() {
        noClasses().that().doNotHaveSimpleName("ApiExceptionHandler")
                .should().dependOnClassesThat().areAssignableTo(ResponseStatusException.class)
                .check(PRODUCT);
    }

    /**
     * One way to the database: a module's SQL lives in its {@code *Repository} classes, on {@link JdbcClient}
     * with named parameters; services, tasks and controllers call those. {@code system} is the exception:
     * it makes the database itself (roles, migrations, durability), not the product's records.
     */
    @Test
    void shouldReachTheDatabaseOnlyThroughRepositories() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().resideOutsideOfPackage("uk.police.ecu.casework.system..")
                .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcOperations.class,
                        NamedParameterJdbcOperations.class, DataSource.class, Connection.class)
                .because("SQL belongs in the owning module's repository")
                .check(PRODUCT);
        noClasses().that(areOutsideRepositories())
                .should().dependOnClassesThat().belongToAnyOf(MapSqlParameterSource.class, SqlParameterSource.class)
                .because("a WHERE clause and its parameters are built where they run: in the repository")
                .check(PRODUCT);
        // The audit chain alone needs what JdbcClient lacks: a batch insert and a fetch size for the walk.
        noClasses().that().resideOutsideOfPackage("uk.police.ecu.casework.system..")
                .and().doNotHaveSimpleName("AuditChainRepository")
                .should().dependOnClassesThat().belongToAnyOf(JdbcOperations.class, NamedParameterJdbcOperations.class)
                .because("one style of SQL: JdbcClient with named parameters")
                .check(PRODUCT);
        classes().that().haveSimpleNameEndingWith("Repository").should().beAnnotatedWith(Repository.class)
                .check(PRODUCT);
    }

    /** Classes that are not a {@code *Repository} nor declared inside one. */
    private static DescribedPredicate<JavaClass> areOutsideRepositories() {
        return DescribedPredicate.describe("are outside *Repository classes", type -> {
            JavaClass outermost = type;
            while (outermost.getEnclosingClass().isPresent()) {
                outermost = outermost.getEnclosingClass().get();
            }
            return !outermost.getSimpleName().endsWith("Repository");
        });
    }

    /** Run with {@code -Dmodules.redraw=true} after a change of dependencies, and commit the new map. */
    @Test
    void shouldShowTheModulesAsTheyAreInTheCommittedModuleMap() throws IOException {
        Path drawn = Files.createTempDirectory("modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml();
        String map = Files.readString(drawn.resolve("components.puml"));
        if (Boolean.getBoolean("modules.redraw")) {
            Files.createDirectories(MAP.getParent());
            Files.writeString(MAP, map);
        }
        assertThat(map.lines().sorted()).as("docs/modules/components.puml: redraw it with -Dmodules.redraw=true")
                .containsExactlyElementsOf(Files.readString(MAP).lines().sorted().toList());
    }
}
