package org.strengthslint.lexicon;

import java.nio.file.Path;
import org.strengthslint.Linter;
import org.strengthslint.config.ConfigurationLoader;

/**
 * Linters with the strict profile, which reports every entry (the default profile leaves the law's
 * terms of art and some workplace words out): for the tests of the entries themselves.
 */
final class StrictProfile {
    private StrictProfile() {}

    static Linter.Builder builder() {
        return Linter.builder()
                .configuration(ConfigurationLoader.parse("profile: strict\n", "strict.yml", Path.of(".")));
    }

    static Linter linter() {
        return builder().build();
    }
}
