package org.strengthslint.config;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@code .strengths-lint.yml} that governs a file: the nearest one in its folder or a
 * folder above it. Answers are remembered per folder, so a scan of thousands of files looks at
 * each folder once. Thread-safe.
 */
public final class ConfigurationFinder {
    private final Map<Path, Optional<Path>> byFolder = new ConcurrentHashMap<>();

    /** The configuration file for {@code path} (a file or a folder), if there is one. */
    public Optional<Path> find(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        return folder == null ? Optional.empty() : inFolder(folder);
    }

    private Optional<Path> inFolder(Path folder) {
        Optional<Path> known = byFolder.get(folder);
        if (known != null) {
            return known;
        }
        Path candidate = folder.resolve(ConfigurationLoader.FILE_NAME);
        Optional<Path> found;
        // Anything by that name counts, not only a regular file: a pipe or a link to a device
        // named .strengths-lint.yml is reported by the loader rather than silently passed over.
        if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
            found = Optional.of(candidate);
        } else {
            Path parent = folder.getParent();
            found = parent == null ? Optional.empty() : inFolder(parent);
        }
        byFolder.put(folder, found);
        return found;
    }
}
