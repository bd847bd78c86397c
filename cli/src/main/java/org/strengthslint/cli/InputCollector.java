package org.strengthslint.cli;

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
 * Turns the paths on the command line into the list of documents to check, in a stable order.
 * A file named directly is always checked; a folder is searched recursively for the files its
 * {@link PathFilter} accepts. Symbolic links are followed only where they point inside the folder
 * being searched, each real folder and file is visited once, and loops are never followed.
 */
final class InputCollector {
    /**
     * One document to check: the file, and the name to report it under. A null file means
     * standard input. {@code found} marks files found by searching a folder (which a
     * configuration's include and exclude globs apply to), as against files named directly.
     */
    record Input(Path file, String name, boolean found) {
        Input(Path file, String name) {
            this(file, name, false);
        }
    }

    static List<Input> collect(List<String> arguments, String stdinName) {
        return collect(arguments, stdinName, PathFilter.defaults());
    }

    static List<Input> collect(List<String> arguments, String stdinName, PathFilter filter) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.add(new Input(null, stdinName));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                inputs.addAll(walk(path, filter));
            } else {
                inputs.add(new Input(path, argument));
            }
        }
        return inputs;
    }

    private static List<Input> walk(Path folder, PathFilter filter) {
        List<Input> found = new ArrayList<>();
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            found.add(new Input(folder, folder.toString()));
            return found;
        }
        Set<Path> seenFolders = new HashSet<>();
        Set<Path> seenFiles = new HashSet<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
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
                            found.add(new Input(file, file.toString(), true));
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
                                found.add(new Input(file, file.toString()));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            found.add(new Input(folder, folder.toString()));
        }
        found.sort((a, b) -> a.name().compareTo(b.name()));
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
