package org.strengthslint.extract;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the documents in a folder, and decides which files a folder scan checks, with the globs
 * of {@link Glob}.
 */
public final class DocumentFinder {
    /** Folders never searched: build output and dependencies. Hidden folders are skipped too. */
    static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");

    private final List<Glob> includes = new ArrayList<>();
    private final List<Glob> excludes = new ArrayList<>();

    /**
     * @param includes globs of files to check (empty: every supported document type)
     * @param excludes globs of files or folders to skip
     * @throws IllegalArgumentException for a glob that is not valid, naming it
     */
    public DocumentFinder(List<String> includes, List<String> excludes) {
        includes.forEach(g -> this.includes.add(new Glob(g)));
        excludes.forEach(g -> this.excludes.add(new Glob(g)));
    }

    /** What is wrong with an include or exclude glob, without repeating it, or null when it can be used. */
    public static String globProblem(String glob) {
        return Glob.problem(glob);
    }

    /** Every supported document, skipping hidden folders, target/ and node_modules/. */
    public static DocumentFinder defaults() {
        return new DocumentFinder(List.of(), List.of());
    }

    /** True when a folder (relative to the scanned folder) is to be searched. */
    public boolean searchFolder(Path relative) {
        String name =
                relative.getFileName() == null ? "" : relative.getFileName().toString();
        if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
            return false;
        }
        return excludes.stream().noneMatch(g -> g.matches(relative));
    }

    /** True when a file (relative to the scanned folder) is to be checked. */
    public boolean checkFile(Path relative) {
        String name = relative.getFileName().toString();
        if (name.startsWith(".") || excludes.stream().anyMatch(g -> g.matches(relative))) {
            return false;
        }
        if (includes.isEmpty()) {
            return DocumentReader.isSupported(relative);
        }
        return includes.stream().anyMatch(g -> g.matches(relative));
    }

    /**
     * The documents under {@code folder}, in a stable (sorted) order. Symbolic links are followed
     * only where they point inside the folder, each real folder and file is found once, and loops
     * are never followed. A file or folder that cannot be listed is returned too, so that it is
     * reported rather than lost.
     */
    public List<Path> find(Path folder) {
        DocumentFinder filter = this;
        List<Path> found = new ArrayList<>();
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            found.add(folder);
            return found;
        }
        Set<Path> seenFolders = new HashSet<>();
        Set<Path> seenFiles = new HashSet<>();
        try {
            Files.walkFileTree(
                    folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            Path real = realPath(dir);
                            if (real == null || !real.startsWith(root) || !seenFolders.add(real)) {
                                return FileVisitResult.SKIP_SUBTREE; // outside the tree, or already searched
                            }
                            if (!dir.equals(folder) && !filter.searchFolder(folder.relativize(dir))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!attrs.isRegularFile() || !filter.checkFile(folder.relativize(file))) {
                                return FileVisitResult.CONTINUE;
                            }
                            Path real = realPath(file);
                            if (real == null || !real.startsWith(root) || !seenFiles.add(real)) {
                                return FileVisitResult.CONTINUE; // a link out of the tree, or seen already
                            }
                            found.add(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                return FileVisitResult.CONTINUE; // a link back up the tree: not followed
                            }
                            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                                return FileVisitResult.CONTINUE; // a broken link
                            }
                            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                                    || filter.checkFile(folder.relativize(file))) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            found.add(folder);
        }
        found.sort(null);
        return found;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
