package org.strengthslint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.strengthslint.lexicon.Category;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.lexicon.LexiconEntry;
import org.strengthslint.lexicon.Profile;

/**
 * The rules of a lexicon as JSON: what {@code rules --format json} prints and {@code GET
 * /api/rules} of {@code serve} returns (docs/reports.md, "Rules as JSON").
 */
public final class RulesJsonWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private RulesJsonWriter() {}

    /** Writes {@code entries} (of {@code lexicon}) with the lexicon's categories and profiles. */
    public static void write(Lexicon lexicon, List<LexiconEntry> entries, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller owns the writer
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("rules");
            for (LexiconEntry entry : entries) {
                json.writeStartObject();
                json.writeStringField("id", entry.id());
                json.writeStringField("category", entry.category());
                json.writeStringField("severity", entry.severity().label());
                strings(json, "terms", entry.terms());
                strings(json, "suggestions", entry.suggestions());
                json.writeStringField("why", entry.why());
                json.writeStringField("explanation", entry.explanation());
                strings(json, "sources", entry.sources());
                strings(json, "flaggedExamples", entry.flaggedExamples());
                strings(json, "cleanExamples", entry.cleanExamples());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("categories");
            for (Category category : lexicon.categories().values()) {
                json.writeStartObject();
                json.writeStringField("id", category.id());
                json.writeStringField("title", category.title());
                json.writeStringField("description", category.description());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("profiles");
            for (Profile profile : lexicon.profiles().values()) {
                json.writeStartObject();
                json.writeStringField("id", profile.id());
                json.writeStringField("description", profile.description());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
