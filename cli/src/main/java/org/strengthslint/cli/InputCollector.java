package org.strengthslint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strengthslint.extract.DocumentFinder;

/**
 * Turns the paths on the command line into the list of documents to check, in a stable order.
 * A file named directly is always checked; a folder is searched recursively for the files its
 * {@link DocumentFinder} accepts. Symbolic links are followed only where they point inside the folder
 * being searched, each real folder and file is visited once, and loops are never followed.
 */
final class InputCollector {
    /**
     * One document to check: the file, and the name to report it under. A null file means
     * standard input. {@code found} marks files found by searching a folder (which a
     * configuration's include and exclude globs apply to), as against files named directly;
     * {@code folder} is the folder argument it was found in (null for a file named directly).
     */
    record Input(Path file, String name, String folder) {
        Input(Path file, String name) {
            this(file, name, null);
        }

        boolean found() {
            return folder != null;
        }
    }

    static List<Input> collect(List<String> arguments, String stdinName) {
        return collect(arguments, stdinName, DocumentFinder.defaults());
    }

    /** The arguments that are folders, in the order given. */
    static List<String> folders(List<String> arguments) {
        return arguments.stream()
                .filter(a -> !a.equals("-") && Files.isDirectory(Path.of(a)))
                .toList();
    }

    static List<Input> collect(List<String> arguments, String stdinName, DocumentFinder finder) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.add(new Input(null, stdinName));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                for (Path file : finder.find(path)) {
                    inputs.add(new Input(file, file.toString(), argument));
                }
            } else {
                inputs.add(new Input(path, argument));
            }
        }
        return inputs;
    }
}
