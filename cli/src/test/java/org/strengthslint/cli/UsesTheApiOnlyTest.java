package org.strengthslint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.strengthslint.architecture.ApiTypes;

/** The command line uses core through its public API only (ARCHITECTURE.md, "The public API"). */
class UsesTheApiOnlyTest {
    @Test
    void theCommandLineUsesCoresApiOnly() {
        noClasses()
                .that()
                .resideInAPackage("org.strengthslint.cli..")
                .should()
                .dependOnClassesThat(insideCoreButNotApi())
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.strengthslint.cli"));
    }

    @Test
    void theRuleTellsAnInternalTypeFromAnApiType() {
        ClassFileImporter importer = new ClassFileImporter();
        assertTrue(insideCoreButNotApi().test(importer.importClass(org.strengthslint.analyse.Token.class)));
        assertFalse(insideCoreButNotApi().test(importer.importClass(org.strengthslint.Linter.class)));
        assertFalse(insideCoreButNotApi().test(importer.importClass(org.strengthslint.Linter.CheckedText.class)));
    }

    private static DescribedPredicate<JavaClass> insideCoreButNotApi() {
        return ApiTypes.coreTypesOutsideTheApi();
    }
}
