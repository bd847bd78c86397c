package org.strengthslint.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.strengthslint.extract.DocumentReader;

/**
 * Turns the paths on the command line into the list of documents to check, in a stable order.
 * A file named directly is always checked; a folder is searched for supported documents, skipping
 * hidden folders and build output, without following symbolic links.
 */
final class InputCollector {
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");

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
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.add(new Input(null, stdinName));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                inputs.addAll(walk(path));
            } else {
                inputs.add(new Input(path, argument));
            }
        }
        return inputs;
    }

    private static List<Input> walk(Path folder) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(folder)) {
                        String name = dir.getFileName().toString();
                        if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                            && DocumentReader.isSupported(file)) {
                        found.add(new Input(file, file.toString(), true));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(new Input(file, file.toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new Input(folder, folder.toString()));
        }
        found.sort((a, b) -> a.name().compareTo(b.name()));
        return found;
    }
}
