package org.strengthslint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.strengthslint.Linter;
import org.strengthslint.api.CheckResult;
import org.strengthslint.report.JsonReportWriter;
import org.strengthslint.report.Report;

/** The JSON the server writes itself: objects field by field, the report in the contract of {@code check --format json}. */
final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {}

    /** What a generator writes one object's fields with. */
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    static String object(Fields fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The JSON report of one result, exactly as {@code check --format json} writes it. */
    static String report(Linter linter, CheckResult result) {
        StringWriter out = new StringWriter();
        try {
            new JsonReportWriter().write(new Report(List.of(result), linter.lexicon()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
