package org.strengthslint.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.strengthslint.architecture.ApiTypes;

/** The server uses core through its public API only (ARCHITECTURE.md, "The public API"). */
class UsesTheApiOnlyTest {
    @Test
    void theServerUsesCoresApiOnly() {
        noClasses()
                .that()
                .resideInAPackage("org.strengthslint.server..")
                .should()
                .dependOnClassesThat(ApiTypes.coreTypesOutsideTheApi())
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.strengthslint.server"));
    }
}
