package org.strengthslint.cli;

import java.nio.file.Path;
import org.strengthslint.api.FailOn;
import org.strengthslint.config.Configuration;
import org.strengthslint.extract.ExtractionLimits;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The settings {@code fix} and {@code review} share: which configuration and profile apply, when to
 * fail, and the limits documents are read within (as for {@code check}).
 */
final class ChangeOptions {
    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            converter = CheckCommand.FailOnConverter.class,
            description = "Exit with 1 when a finding at or above LEVEL remains: error, warning, info or never "
                    + "(default: warning, or failOn from the configuration file).")
    FailOn failOn;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: the nearest .strengths-lint.yml above each file).")
    Path config;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "Profile of settings: default, strict or statutory; overrides the configuration's profile.")
    String profile;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    /** The limits to read documents within: the options, and the configuration's maxExpansion. */
    ExtractionLimits limits(Integer configuredMaxExpansion) {
        return limitOptions.limits(configuredMaxExpansion);
    }

    /** The level to fail at: the option, else the configuration's, else warning. */
    FailOn failOn(Configuration configuration) {
        if (failOn != null) {
            return failOn;
        }
        return configuration.failOn() != null ? configuration.failOn() : FailOn.WARNING;
    }
}
