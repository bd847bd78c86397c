package org.strengthslint.config;

import java.nio.file.Path;
import org.strengthslint.extract.DocumentFinder;

/**
 * A configuration's include and exclude globs, matched against a path relative to the folder
 * of the configuration file, with the same glob rules as the command line's --include and
 * --exclude (see {@link DocumentFinder}): {@code policies/**}, {@code *.md}, {@code drafts}.
 */
public final class PathFilter {
    private final Path base;
    private final DocumentFinder globs;

    public PathFilter(Configuration configuration) {
        this.base = configuration.folder();
        this.globs =
                configuration.include().isEmpty() && configuration.exclude().isEmpty()
                        ? null
                        : new DocumentFinder(configuration.include(), configuration.exclude());
    }

    /** Whether a file found by a folder scan is checked. */
    public boolean accepts(Path file) {
        if (base == null || globs == null) {
            return true;
        }
        Path absolute = file.toAbsolutePath().normalize();
        return !absolute.startsWith(base) || globs.checkFile(base.relativize(absolute));
    }
}
