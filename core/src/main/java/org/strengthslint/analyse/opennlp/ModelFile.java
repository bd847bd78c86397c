package org.strengthslint.analyse.opennlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An OpenNLP model file, opened without OpenNLP: a zip of a manifest (the tool's settings), the
 * maximum entropy model, and the tool's resources. OpenNLP's own loader builds a hash map of
 * every feature before {@link PackedMaxentModel} packs them again, which was half the time it
 * took to load the models; reading the file here lets the features go straight into the packed
 * form.
 */
final class ModelFile {
    private final String name;
    private final Properties manifest;
    private final Map<String, byte[]> entries;

    private ModelFile(String name, Properties manifest, Map<String, byte[]> entries) {
        this.name = name;
        this.manifest = manifest;
        this.entries = entries;
    }

    /** Reads a model file from the class path. */
    static ModelFile load(String resource) {
        try (InputStream in = ModelFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            Map<String, byte[]> entries = new HashMap<>();
            try (ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
            Properties manifest = new Properties();
            byte[] properties = entries.get("manifest.properties");
            if (properties == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " has no manifest.properties");
            }
            manifest.load(new ByteArrayInputStream(properties));
            return new ModelFile(resource, manifest, entries);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }

    String language() {
        return setting("Language");
    }

    /** A setting from the manifest, which must be there. */
    String setting(String key) {
        String value = manifest.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("OpenNLP model " + name + " has no " + key + " in its manifest");
        }
        return value;
    }

    /** An entry of the file, which must be there. */
    byte[] entry(String entry) {
        byte[] bytes = entries.get(entry);
        if (bytes == null) {
            throw new IllegalStateException("OpenNLP model " + name + " has no " + entry);
        }
        return bytes;
    }

    /** The maximum entropy model in an entry, packed. */
    PackedMaxentModel maxentModel(String entry) {
        try {
            return PackedMaxentModel.read(entry(entry));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read " + entry + " in OpenNLP model " + name + ": " + e.getMessage(), e);
        }
    }
}
