package org.strengthslint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A configuration's include and exclude globs, matched against a path relative to the folder
 * of the configuration file ({@code docs/**}, {@code **}{@code /drafts/**}, {@code *.txt}).
 */
public final class PathFilter {
    private final Path base;
    private final List<PathMatcher> include = new ArrayList<>();
    private final List<PathMatcher> exclude = new ArrayList<>();

    public PathFilter(Configuration configuration) {
        this.base = configuration.folder();
        for (String glob : configuration.include()) {
            include.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        for (String glob : configuration.exclude()) {
            exclude.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
    }

    /** Whether a file found by a folder scan is checked. */
    public boolean accepts(Path file) {
        if (base == null || include.isEmpty() && exclude.isEmpty()) {
            return true;
        }
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(base)) {
            return true;
        }
        Path relative = base.relativize(absolute);
        if (!include.isEmpty() && include.stream().noneMatch(m -> m.matches(relative))) {
            return false;
        }
        for (PathMatcher matcher : exclude) {
            for (Path prefix = relative; prefix != null; prefix = prefix.getParent()) {
                if (matcher.matches(prefix)) {
                    return false; // the file, or a folder it is in
                }
            }
        }
        return true;
    }
}
