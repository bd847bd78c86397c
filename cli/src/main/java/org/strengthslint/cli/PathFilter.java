package org.strengthslint.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.strengthslint.extract.DocumentReader;

/**
 * Which files a folder scan checks. Globs use the syntax of {@link java.nio.file.FileSystem#getPathMatcher}
 * ({@code *}, {@code **}, {@code ?}, {@code [abc]}, {@code {a,b}}), with {@code /} as the separator on
 * every system. A glob without {@code /} is matched against each name on the way (so {@code *.rtf}
 * or {@code archive} match at any depth); a glob with {@code /} against the path relative to the
 * folder given on the command line.
 */
final class PathFilter {
    /** Folders never searched: build output and dependencies. Hidden folders are skipped too. */
    static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");

    private final List<Glob> includes = new ArrayList<>();
    private final List<Glob> excludes = new ArrayList<>();

    PathFilter(List<String> includes, List<String> excludes) {
        includes.forEach(g -> this.includes.add(new Glob(g)));
        excludes.forEach(g -> this.excludes.add(new Glob(g)));
    }

    static PathFilter defaults() {
        return new PathFilter(List.of(), List.of());
    }

    /** True when a folder (relative to the scanned folder) is to be searched. */
    boolean searchFolder(Path relative) {
        String name = relative.getFileName() == null ? "" : relative.getFileName().toString();
        if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
            return false;
        }
        return excludes.stream().noneMatch(g -> g.matches(relative));
    }

    /** True when a file (relative to the scanned folder) is to be checked. */
    boolean checkFile(Path relative) {
        String name = relative.getFileName().toString();
        if (name.startsWith(".") || excludes.stream().anyMatch(g -> g.matches(relative))) {
            return false;
        }
        if (includes.isEmpty()) {
            return DocumentReader.isSupported(relative);
        }
        return includes.stream().anyMatch(g -> g.matches(relative));
    }

    private static final class Glob {
        private final PathMatcher matcher;
        private final boolean wholePath;

        Glob(String glob) {
            String pattern = glob.replace('\\', '/');
            while (pattern.endsWith("/") && pattern.length() > 1) {
                pattern = pattern.substring(0, pattern.length() - 1); // "archive/" means the folder archive
            }
            if (pattern.startsWith("./")) {
                pattern = pattern.substring(2);
            }
            this.wholePath = pattern.contains("/");
            this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        }

        boolean matches(Path relative) {
            if (wholePath) {
                return matcher.matches(relative) || matcher.matches(Path.of(slashed(relative)));
            }
            for (Path part : relative) {
                if (matcher.matches(part)) {
                    return true;
                }
            }
            return false;
        }

        private static String slashed(Path path) {
            return path.toString().replace('\\', '/');
        }
    }
}
