package org.strengthslint.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.strengthslint.architecture.ApiTypes;

/** The server uses core through its public API only (ARCHITECTURE.md, "The public API"). */
class UsesTheApiOnlyTest {
    @Test
    void theServerUsesCoresApiOnly() {
        DescribedPredicate<JavaClass> outsideTheApi =
                DescribedPredicate.describe("core types outside the public API", type -> {
                    String name = type.getName();
                    if (!name.startsWith("org.strengthslint.") || name.startsWith("org.strengthslint.server.")) {
                        return false;
                    }
                    int nested = name.indexOf('$');
                    return !ApiTypes.API.contains(nested < 0 ? name : name.substring(0, nested));
                });
        noClasses()
                .that()
                .resideInAPackage("org.strengthslint.server..")
                .should()
                .dependOnClassesThat(outsideTheApi)
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.strengthslint.server"));
    }
}
