package org.strengthslint.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/**
 * Keeps core's packages as ARCHITECTURE.md draws them: the shared values and data reading at the
 * bottom, the stages above them, {@code Linter} on top, and no cycle anywhere. The OpenNLP bridge
 * ({@code analyse.opennlp}) is part of analyse, used only by it, and uses nothing of ours.
 */
class PackageDependenciesTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.strengthslint");

    @Test
    void packagesUseOnlyWhatTheDrawingAllows() {
        Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("api")
                .definedBy("org.strengthslint.api..")
                .layer("data")
                .definedBy("org.strengthslint.data..")
                .layer("analyse")
                .definedBy("org.strengthslint.analyse")
                .layer("opennlp")
                .definedBy("org.strengthslint.analyse.opennlp..")
                .layer("extract")
                .definedBy("org.strengthslint.extract..")
                .layer("lexicon")
                .definedBy("org.strengthslint.lexicon..")
                .layer("config")
                .definedBy("org.strengthslint.config..")
                .layer("match")
                .definedBy("org.strengthslint.match..")
                .layer("report")
                .definedBy("org.strengthslint.report..")
                .layer("review")
                .definedBy("org.strengthslint.review..")
                .layer("engine")
                .definedBy("org.strengthslint")
                .whereLayer("engine")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("review")
                .mayOnlyBeAccessedByLayers("engine")
                .whereLayer("report")
                .mayOnlyBeAccessedByLayers("engine")
                .whereLayer("match")
                .mayOnlyBeAccessedByLayers("engine")
                .whereLayer("config")
                .mayOnlyBeAccessedByLayers("match", "engine")
                .whereLayer("lexicon")
                .mayOnlyBeAccessedByLayers("config", "match", "report", "engine")
                .whereLayer("extract")
                .mayOnlyBeAccessedByLayers("config", "match", "review", "engine")
                .whereLayer("analyse")
                .mayOnlyBeAccessedByLayers("lexicon", "match", "report", "engine")
                // part of analyse, and below it: only analyse's LanguageModels reaches it
                .whereLayer("opennlp")
                .mayOnlyBeAccessedByLayers("analyse")
                .whereLayer("opennlp")
                .mayNotAccessAnyLayer()
                .whereLayer("data")
                .mayOnlyBeAccessedByLayers(
                        "analyse", "extract", "lexicon", "config", "match", "report", "review", "engine")
                .whereLayer("api")
                .mayOnlyBeAccessedByLayers("extract", "lexicon", "config", "match", "report", "review", "engine")
                .check(CORE);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.strengthslint.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
