package org.strengthslint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Making a type of core public is a decision, not a habit: every public top-level type is either
 * part of the API a library user may rely on (ARCHITECTURE.md, "The public API") or on the short
 * list of internals that are public only because another package of core, or a front end (the
 * command line, the Maven plugin), uses them. A new public type fails this test until it is put
 * on one of the lists, or made package-private.
 */
class PublicTypesTest {
    /** What a library user needs: {@link ApiTypes#API}. */
    static final Set<String> API = ApiTypes.API;

    /** Public only for other packages of core; not supported for library users, and not used by the front ends. */
    static final Set<String> INTERNAL = Set.of(
            "org.strengthslint.analyse.BlockAnalysis",
            "org.strengthslint.analyse.FormHashes",
            "org.strengthslint.analyse.Inflector",
            "org.strengthslint.analyse.Spelling",
            "org.strengthslint.analyse.Token",
            "org.strengthslint.analyse.VerbForms",
            "org.strengthslint.analyse.Whitespace",
            "org.strengthslint.analyse.WordScanner",
            "org.strengthslint.analyse.opennlp.OpenNlpTools",
            "org.strengthslint.config.ConfigurationFinder",
            "org.strengthslint.config.PathFilter",
            "org.strengthslint.data.Excerpt",
            "org.strengthslint.data.NearestName",
            "org.strengthslint.data.RepositoryFiles",
            "org.strengthslint.data.Utf8Text",
            "org.strengthslint.data.YamlNode",
            "org.strengthslint.extract.Document",
            "org.strengthslint.extract.DocumentFormat",
            "org.strengthslint.extract.DocumentReader",
            "org.strengthslint.extract.TracedText",
            "org.strengthslint.extract.EncodedText",
            "org.strengthslint.extract.InlineSuppressions",
            "org.strengthslint.extract.LineIndex",
            "org.strengthslint.lexicon.ConditionKey",
            "org.strengthslint.lexicon.MarkedExample",
            "org.strengthslint.lexicon.PatternSyntax",
            "org.strengthslint.lexicon.RuleSetting",
            "org.strengthslint.match.ContextConditions",
            "org.strengthslint.match.Quotations",
            "org.strengthslint.match.TermMatcher",
            "org.strengthslint.review.DocxReview",
            "org.strengthslint.review.OdtReview",
            "org.strengthslint.review.TextFix");

    @Test
    void everyPublicTypeIsOnAList() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.strengthslint");
        Set<String> publicTypes = new TreeSet<>();
        for (JavaClass type : core) {
            if (type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC)) {
                publicTypes.add(type.getName());
            }
        }
        Set<String> listed = new TreeSet<>(API);
        listed.addAll(INTERNAL);
        assertEquals(listed, publicTypes, "public types of core not on a list (or listed but no longer public)");
    }
}
