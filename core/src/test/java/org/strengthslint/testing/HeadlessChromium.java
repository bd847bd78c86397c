package org.strengthslint.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where Chromium is for the tests that open pages in a browser, and the flags it needs here. */
public final class HeadlessChromium {
    /**
     * Flags for running Chromium headless as root in a sandbox with a closed network: without the
     * background-networking ones Chromium keeps trying hosts it cannot reach. The headless mode and
     * the profile folder are each caller's own.
     */
    public static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private HeadlessChromium() {}

    /** Chromium's executable, or null where it is not installed. */
    public static Path binary() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }
}
