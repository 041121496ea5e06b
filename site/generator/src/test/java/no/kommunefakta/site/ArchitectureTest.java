package no.kommunefakta.site;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The site generator's architecture as rules: no package or class cycles, the pipeline's entry point depended on by
 * nobody, the model and data packages free of Quarkus, and no dependency on the functions' API module.
 */
class ArchitectureTest {

    private static JavaClasses site;

    @BeforeAll
    static void importClasses() {
        site = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.kommunefakta.site");
    }

    @Test
    void noPackageCycles() {
        slices().matching("no.kommunefakta.site.(**)").should().beFreeOfCycles().check(site);
    }

    @Test
    void noClassCyclesAcrossPackages() {
        // one slice per top-level class; nested classes belong to their owner
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String name = c.getName();
                int dollar = name.indexOf('$');
                return SliceIdentifier.of(dollar < 0 ? name : name.substring(0, dollar));
            }

            @Override
            public String getDescription() {
                return "top-level classes of no.kommunefakta.site";
            }
        }).should().beFreeOfCycles().check(site.that(com.tngtech.archunit.base.DescribedPredicate.describe(
                "not a template class", c -> !c.isAnnotatedWith("io.quarkus.qute.CheckedTemplate"))));
    }

    @Test
    void theEntryPointIsAtTheTopOfThePipeline() {
        noClasses().that().resideInAPackage("no.kommunefakta.site.(*)..")
                .should().dependOnClassesThat().resideInAPackage("no.kommunefakta.site")
                .check(site);
    }

    @Test
    void dataAndModelPackagesDoNotUseQuarkus() {
        noClasses().that().resideInAnyPackage("no.kommunefakta.site.data..", "no.kommunefakta.site.jsonstat..",
                "no.kommunefakta.site.region..", "no.kommunefakta.site.prikking..", "no.kommunefakta.site.nokkeltall..",
                "no.kommunefakta.site.model..", "no.kommunefakta.site.output..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.eclipse.microprofile..")
                .check(site);
    }

    @Test
    void theSiteUsesOnlyTheKostraDomainOfTheFunctions() {
        noClasses().that().resideInAPackage("no.kommunefakta.site..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are in no.kommunefakta but neither in .site nor in .kostra (the functions' API module, Funqy)",
                        (JavaClass c) -> c.getPackageName().startsWith("no.kommunefakta.")
                                && !c.getPackageName().startsWith("no.kommunefakta.site")
                                && !c.getPackageName().startsWith("no.kommunefakta.kostra")))
                .orShould().dependOnClassesThat().resideInAnyPackage("io.quarkus.funqy..")
                .check(site);
    }
}
