package org.strengthslint.cli;

import java.util.ArrayList;
import java.util.List;
import org.strengthslint.extract.DocumentFinder;
import org.strengthslint.extract.ExtractionLimits;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code check} about which documents are read and how far: folder globs and the
 * per-file limits ({@link LimitOptions}). A picocli mixin, kept apart from the other options of {@link CheckCommand}.
 */
final class DocumentOptions {
    @Option(
            names = "--include",
            paramLabel = "GLOB",
            converter = GlobConverter.class,
            description = "In folders, check only files matching GLOB (repeatable). A GLOB without '/' matches "
                    + "file names anywhere ('*.docx'); with '/' it matches the path inside the folder "
                    + "('policies/**/*.pdf'). Default: every supported document type.")
    List<String> includes = new ArrayList<>();

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            converter = GlobConverter.class,
            description =
                    "In folders, skip files and folders matching GLOB (repeatable), as for --include "
                            + "('archive', 'drafts/**', '*.rtf'). Hidden folders, target/ and node_modules/ are always skipped.")
    List<String> excludes = new ArrayList<>();

    @Option(
            names = "--allow-empty",
            description = "Do not treat a folder with no document to check as an error (by default it "
                    + "ends the run with exit code 2, so that a gate never passes by checking nothing).")
    boolean allowEmpty;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    /** The limits from the command line, over those of the configuration (null: none there). */
    ExtractionLimits limits(Integer configuredMaxExpansion) {
        return limitOptions.limits(configuredMaxExpansion);
    }

    /** "include: 'a', 'b'; exclude: none", for messages about what a folder scan looked for. */
    String describeGlobs() {
        return "include: " + quoted(includes, "every supported document type") + "; exclude: "
                + quoted(excludes, "none");
    }

    private static String quoted(List<String> globs, String none) {
        return globs.isEmpty()
                ? none
                : String.join(", ", globs.stream().map(g -> "'" + g + "'").toList());
    }

    DocumentFinder finder() {
        return new DocumentFinder(includes, excludes);
    }

    /** A glob the folder scan can use: a usage error (one line) otherwise. */
    static final class GlobConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String problem = DocumentFinder.globProblem(value);
            if (problem != null) {
                throw new CommandLine.TypeConversionException("glob '" + value + "' " + problem);
            }
            return value;
        }
    }
}
