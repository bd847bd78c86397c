package org.strengthslint.report;

import java.nio.file.InvalidPathException;

/** A result's path as the reports name it. */
final class ReportPaths {
    private ReportPaths() {}

    /**
     * The path as {@link Fingerprints#normalisePath} gives it; a name that is no path on this
     * system (a name given for standard input, say, holding what no file name can) is shown as
     * given, with forward slashes, rather than failing the report.
     */
    static String of(String path) {
        try {
            return Fingerprints.normalisePath(path);
        } catch (InvalidPathException notAPath) {
            return path.replace('\\', '/');
        }
    }
}
