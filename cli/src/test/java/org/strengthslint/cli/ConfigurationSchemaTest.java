package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.strengthslint.config.ConfigurationLoader;
import org.yaml.snakeyaml.Yaml;

/** The committed JSON Schema for .strengths-lint.yml agrees with the documentation and the loader. */
class ConfigurationSchemaTest {
    private static final Path SCHEMA = Path.of("../schema/strengths-lint.schema.json");
    private final ObjectMapper mapper = new ObjectMapper();

    private Set<ValidationMessage> validate(String yaml) throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Object data = new Yaml().load(yaml);
        JsonNode json = mapper.valueToTree(data == null ? java.util.Map.of() : data);
        return schema.validate(json);
    }

    /** The YAML example in the README's "Configuration" section. */
    private static String readmeExample() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher m = Pattern.compile("## Configuration.*?```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(m.find(), "README has a yaml example under ## Configuration");
        return m.group(1);
    }

    @Test
    void theReadmeExampleIsValidAndLoads() throws Exception {
        String example = readmeExample();
        assertEquals(Set.of(), validate(example));
        ConfigurationLoader.parse(example, "README example", Path.of("."));
    }

    @Test
    void theStarterFileIsValidAndLoads() throws Exception {
        String starter;
        try (InputStream in = InitCommand.class.getResourceAsStream("starter-config.yml")) {
            starter = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(Set.of(), validate(starter));
        ConfigurationLoader.parse(starter, "starter", Path.of("."));
    }

    @Test
    void theSchemaNamesEveryCategoryOfTheBundledLexicon() throws Exception {
        JsonNode schema = mapper.readTree(SCHEMA.toFile());
        Set<String> named = new java.util.TreeSet<>();
        schema.at("/properties/categories/propertyNames/enum").forEach(node -> named.add(node.asText()));
        assertEquals(
                new java.util.TreeSet<>(
                        org.strengthslint.lexicon.Lexicon.bundled().categories().keySet()),
                named);
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws Exception {
        assertFalse(validate("colour: red\n").isEmpty());
        assertFalse(validate("failOn: sometimes\n").isEmpty());
        assertFalse(validate("rules:\n  complex-needs: loud\n").isEmpty());
        assertFalse(validate("categories:\n  shouting: off\n").isEmpty());
    }
}
