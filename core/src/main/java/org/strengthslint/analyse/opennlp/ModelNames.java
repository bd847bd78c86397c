package org.strengthslint.analyse.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The OpenNLP versions the build pinned and the names of the model files in the model jars, as
 * Maven wrote them into {@code models.properties} from the parent pom's {@code opennlp.version},
 * {@code opennlp.models.version} and {@code opennlp.models.files}: a new release of the models
 * changes one place, the pom.
 */
record ModelNames(String openNlpVersion, String modelsVersion, String sentence, String tokens, String pos) {
    private static final String RESOURCE = "models.properties";

    /** The names this build was made with. */
    static ModelNames bundled() {
        Properties properties = new Properties();
        try (InputStream in = ModelNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        RESOURCE + " of " + ModelNames.class.getPackageName() + " is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new ModelNames(
                required(properties, "opennlp.version"),
                required(properties, "opennlp.models.version"),
                required(properties, "sentence"),
                required(properties, "tokens"),
                required(properties, "pos"));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.contains("${")) {
            throw new IllegalStateException(RESOURCE + " has no " + key + " (was it filtered by Maven?)");
        }
        return value;
    }
}
