package no.kommunefakta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The domain module (chart of accounts, validator, money, internal rent) as rules: plain Java without a framework,
 * features without cycles between them, and nothing that knows about the functions app, the site or the infrastructure.
 */
class DomainArchitectureTest {

    private static JavaClasses domain;

    @BeforeAll
    static void importClasses() {
        domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.kommunefakta");
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.quarkus..", "jakarta..", "javax.inject..", "org.eclipse.microprofile..",
                        "io.vertx..", "software.amazon..")
                .check(domain);
    }

    @Test
    void theDomainKnowsNothingOfItsUsers() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("no.kommunefakta.api..", "no.kommunefakta.site..", "no.kommunefakta.infra..",
                        "no.kommunefakta.cli..", "no.kommunefakta.publish..")
                .check(domain);
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("no.kommunefakta.(*)..").should().beFreeOfCycles().check(domain);
    }

    /**
     * Every package apart, nested ones included: the rules ({@code posting.rule}) use the values of {@code posting}
     * and are used by the validators ({@code posting.validation}), never the other way round.
     */
    @Test
    void noCyclesBetweenPackages() {
        slices().matching("no.kommunefakta.(**)").should().beFreeOfCycles().check(domain);
    }

    @Test
    void theRulesNeverReachTheValidators() {
        noClasses().that().resideInAPackage("no.kommunefakta.posting.rule..")
                .should().dependOnClassesThat().resideInAPackage("no.kommunefakta.posting.validation..")
                .check(domain);
    }

    @Test
    void moneyIsTheBottomLayer() {
        noClasses().that().resideInAPackage("no.kommunefakta.money..")
                .should().dependOnClassesThat().resideInAnyPackage("no.kommunefakta.posting..", "no.kommunefakta.rent..",
                        "no.kommunefakta.kostra..")
                .check(domain);
    }
}
