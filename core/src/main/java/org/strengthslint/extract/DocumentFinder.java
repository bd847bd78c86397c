package org.strengthslint.extract;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the documents in a folder: every supported document type, skipping hidden folders and
 * build output ({@code target/}, {@code node_modules/}), never following a symbolic link, in a
 * stable (sorted) order. Include and exclude globs are relative to the folder searched.
 */
public final class DocumentFinder {
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");

    private final List<PathMatcher> includes = new ArrayList<>();
    private final List<PathMatcher> excludes = new ArrayList<>();

    /**
     * @param includes globs of files to check (empty: every supported document)
     * @param excludes globs of files or folders to skip
     * @throws IllegalArgumentException for a glob that is not valid, naming it
     */
    public DocumentFinder(List<String> includes, List<String> excludes) {
        for (String glob : includes) {
            this.includes.add(matcher(glob));
        }
        for (String glob : excludes) {
            this.excludes.add(matcher(glob));
        }
    }

    private static PathMatcher matcher(String glob) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + glob + "' is not a valid glob: " + e.getMessage(), e);
        }
    }

    /** The documents under {@code folder}, sorted; a file that cannot be listed is still returned, to be reported. */
    public List<Path> find(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(folder)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    boolean skipped = name.startsWith(".") || SKIPPED_FOLDERS.contains(name)
                            || excluded(folder.relativize(dir));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = folder.relativize(file);
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                            && DocumentReader.isSupported(file) && included(relative) && !excluded(relative)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(folder);
        }
        found.sort(null);
        return found;
    }

    private boolean included(Path relative) {
        return includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relative));
    }

    private boolean excluded(Path relative) {
        return excludes.stream().anyMatch(m -> m.matches(relative));
    }
}
