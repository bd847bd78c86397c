package org.strengthslint.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.strengthslint.CheckSession;
import org.strengthslint.Linter;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.config.Configuration;
import org.strengthslint.lexicon.Lexicon;

/**
 * The linters the server checks with: one per profile of the lexicon in use, each with the
 * organisation's configuration, built once at start and shared by every request.
 */
final class ProfileLinters implements AutoCloseable {
    private final Map<String, Linter> byProfile;
    private final List<CheckSession> sessions;
    private final String configuredProfile;
    private final Optional<java.nio.file.Path> configurationFile;

    private ProfileLinters(
            Map<String, Linter> byProfile,
            List<CheckSession> sessions,
            String configuredProfile,
            Optional<java.nio.file.Path> configurationFile) {
        this.byProfile = byProfile;
        this.sessions = sessions;
        this.configuredProfile = configuredProfile;
        this.configurationFile = configurationFile;
    }

    /** @throws org.strengthslint.data.InvalidDataException when the configuration or its lexicon is invalid */
    static ProfileLinters build(ServerOptions options, LanguageModels models) {
        CheckSession configured = CheckSession.builder(models)
                .configuration(options.configuration())
                .limits(unused -> options.limits())
                .build();
        List<CheckSession> sessions = new ArrayList<>(List.of(configured));
        try {
            Linter organisation = configured.linterFor(options.folder());
            Configuration configuration = organisation.configuration();
            Lexicon lexicon = organisation.lexicon();
            String chosen = configuration.profile() == null ? Linter.DEFAULT_PROFILE : configuration.profile();
            Map<String, CompletableFuture<Linter>> building = new LinkedHashMap<>();
            for (String profile : lexicon.profiles().keySet()) {
                if (profile.equals(chosen)) {
                    building.put(profile, CompletableFuture.completedFuture(organisation));
                } else {
                    CheckSession session = CheckSession.builder(models)
                            .configuration(options.configuration())
                            .profile(profile)
                            .limits(unused -> options.limits())
                            .build();
                    sessions.add(session);
                    building.put(profile, session.startLinter(options.folder()));
                }
            }
            Map<String, Linter> byProfile = new LinkedHashMap<>();
            building.forEach((profile, linter) -> byProfile.put(profile, linter.join()));
            return new ProfileLinters(byProfile, sessions, chosen, configured.configurationFileFor(options.folder()));
        } catch (RuntimeException e) {
            sessions.forEach(CheckSession::close);
            throw e;
        }
    }

    /** The profile the organisation's configuration chooses ("default" when it names none). */
    String configuredProfile() {
        return configuredProfile;
    }

    /** The configuration file in use, if any. */
    Optional<java.nio.file.Path> configurationFile() {
        return configurationFile;
    }

    /** The linter of a profile, by the id a request gives (null or blank: the configured one). */
    Linter linter(String profile) {
        String id = profile == null || profile.isBlank() ? configuredProfile : profile;
        Linter linter = byProfile.get(id);
        if (linter == null) {
            throw new ApiError(
                    400, "there is no profile '" + id + "' (there are: " + String.join(", ", byProfile.keySet()) + ")");
        }
        return linter;
    }

    Linter configured() {
        return byProfile.get(configuredProfile);
    }

    @Override
    public void close() {
        sessions.forEach(CheckSession::close);
    }
}
