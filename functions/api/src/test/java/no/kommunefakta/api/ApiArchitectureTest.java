package no.kommunefakta.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The functions app as rules: its own packages only under {@code no.kommunefakta.api} (no split packages with the
 * domain module), no cycles between them,
 * and no dependency on the site or the infrastructure.
 */
class ApiArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/functions/api/"))
                .importPackages("no.kommunefakta");
    }

    @Test
    void everyClassOfTheAppLivesUnderItsOwnPackage() {
        classes().should().resideInAPackage("no.kommunefakta.api..")
                .check(app);
    }

    @Test
    void noCyclesBetweenTheAppsPackages() {
        slices().matching("no.kommunefakta.api.(*)..").should().beFreeOfCycles().check(app);
    }

    /**
     * The root package too: {@code api} (the routes and the handler in front of them) uses {@code api.posting},
     * {@code api.rent} and {@code api.request}; the features use {@code api.request}; nothing points back.
     */
    @Test
    void noCyclesBetweenAnyPackagesOfTheApp() {
        slices().matching("no.kommunefakta.(**)").should().beFreeOfCycles().check(app);
    }

    @Test
    void theRequestPackageKnowsNoRouteOrFeature() {
        noClasses().that().resideInAPackage("no.kommunefakta.api.request..")
                .should().dependOnClassesThat().resideInAnyPackage("no.kommunefakta.api", "no.kommunefakta.api.posting..",
                        "no.kommunefakta.api.rent..")
                .check(app);
    }

    @Test
    void theAppNeverReachesIntoTheSiteOrTheInfrastructure() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("no.kommunefakta.site..", "no.kommunefakta.infra..", "no.kommunefakta.publish..")
                .check(app);
    }
}
