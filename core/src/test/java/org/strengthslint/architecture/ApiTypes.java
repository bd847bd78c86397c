package org.strengthslint.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;

/**
 * The public API of core (ARCHITECTURE.md, "The public API"): what a library user may rely on, and
 * all that the front ends (the command line, the server, the Maven plugin) may use. {@code
 * PublicTypesTest} holds core to it, and each front end's boundary test holds the front end to it.
 */
public final class ApiTypes {
    private ApiTypes() {}

    /** The fully qualified names of the API's top-level types. */
    public static final Set<String> API = Set.of(
            "org.strengthslint.CheckRun",
            "org.strengthslint.CheckSession",
            "org.strengthslint.DocumentFix",
            "org.strengthslint.DocumentReview",
            "org.strengthslint.Linter",
            "org.strengthslint.analyse.LanguageModels",
            "org.strengthslint.api.CheckResult",
            "org.strengthslint.api.Edit",
            "org.strengthslint.api.FailOn",
            "org.strengthslint.api.Finding",
            "org.strengthslint.api.Rejection",
            "org.strengthslint.api.Severity",
            "org.strengthslint.api.Version",
            "org.strengthslint.config.Configuration",
            "org.strengthslint.config.ConfigurationLoader",
            "org.strengthslint.data.InvalidDataException",
            "org.strengthslint.extract.DocumentFinder",
            "org.strengthslint.extract.ExtractionLimits",
            "org.strengthslint.extract.UnreadableDocumentException",
            "org.strengthslint.lexicon.Category",
            "org.strengthslint.lexicon.ConditionSpec",
            "org.strengthslint.lexicon.Fit",
            "org.strengthslint.lexicon.Lexicon",
            "org.strengthslint.lexicon.LexiconEntry",
            "org.strengthslint.lexicon.LexiconLoader",
            "org.strengthslint.lexicon.Profile",
            "org.strengthslint.report.Baseline",
            "org.strengthslint.report.CheckstyleReportWriter",
            "org.strengthslint.report.CsvReportWriter",
            "org.strengthslint.report.GithubReportWriter",
            "org.strengthslint.report.HtmlReportWriter",
            "org.strengthslint.report.JsonReportWriter",
            "org.strengthslint.report.JunitReportWriter",
            "org.strengthslint.report.Report",
            "org.strengthslint.report.ReportFormat",
            "org.strengthslint.report.ReportWriter",
            "org.strengthslint.report.RulesJsonWriter",
            "org.strengthslint.report.SarifReportWriter",
            "org.strengthslint.report.Summary",
            "org.strengthslint.report.TextReportWriter",
            "org.strengthslint.report.VisibleText",
            "org.strengthslint.review.ReviewResult");

    /**
     * A type of core (any package of it, nested types by their top-level type) that is not on the
     * API list: what a front end's classes must not depend on.
     */
    public static DescribedPredicate<JavaClass> coreTypesOutsideTheApi() {
        return DescribedPredicate.describe("core types outside the public API", type -> {
            String name = type.getName();
            if (!name.startsWith("org.strengthslint.") || FRONT_ENDS.stream().anyMatch(name::startsWith)) {
                return false;
            }
            int nested = name.indexOf('$');
            return !API.contains(nested < 0 ? name : name.substring(0, nested));
        });
    }

    private static final Set<String> FRONT_ENDS =
            Set.of("org.strengthslint.cli.", "org.strengthslint.server.", "org.strengthslint.maven.");
}
