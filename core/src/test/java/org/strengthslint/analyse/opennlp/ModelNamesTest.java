package org.strengthslint.analyse.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The model file names and versions come from the build (the parent pom, through the filtered
 * models.properties), and they agree with the jars on the class path and with what the package
 * description says it was written for.
 */
class ModelNamesTest {
    private static final ModelNames NAMES = ModelNames.bundled();

    @Test
    void eachModelJarNamesOneOfTheFilesAndEveryFileIsNamed() throws IOException {
        Set<String> named = new TreeSet<>();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("model.properties"))) {
            Properties properties = new Properties();
            try (InputStream in = url.openStream()) {
                properties.load(in);
            }
            named.add(properties.getProperty("model.name"));
        }
        assertEquals(new TreeSet<>(Set.of(NAMES.sentence(), NAMES.tokens(), NAMES.pos())), named);
    }

    @Test
    void eachFileIsOnTheClassPathAndReadable() {
        assertEquals("en", ModelFile.load(NAMES.sentence()).language());
        assertEquals("en", ModelFile.load(NAMES.tokens()).language());
        assertEquals("en", ModelFile.load(NAMES.pos()).language());
    }

    @Test
    void theOpenNlpOnTheClassPathIsThePinnedOne() {
        assertEquals(opennlp.tools.util.Version.currentVersion().toString(), NAMES.openNlpVersion());
    }

    /** Moving a version means re-reading this package against the new OpenNLP: the description must say so. */
    @Test
    void thePackageDescriptionNamesThePinnedVersions() throws IOException {
        String description =
                Files.readString(Path.of("src/main/java/org/strengthslint/analyse/opennlp/package-info.java"));
        assertTrue(
                description.contains("opennlp-tools " + NAMES.openNlpVersion() + " "),
                "package-info.java names opennlp-tools " + NAMES.openNlpVersion());
        assertTrue(
                description.contains("models " + NAMES.modelsVersion() + " "),
                "package-info.java names the models " + NAMES.modelsVersion());
    }
}
