package org.strengthslint.cli.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strengthslint.cli.Main;

/**
 * The documents the build writes for the launcher's class data sharing training: every one is
 * read as the format it claims, with the example's text (so its parser is loaded by the training
 * run, and the run exits 0, which the launcher needs before it stores the archive).
 */
class TrainingDocumentsTest {
    @Test
    void everyDocumentIsReadAsItsFormatWithTheExamplesFindings(@TempDir Path folder) throws Exception {
        TrainingDocuments.main(new String[] {"../examples/hostel-warning-letter.md", folder.toString()});
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {"check", "--fail-on", "never", "--format", "json", folder.toString()},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        Map<String, String> read = new TreeMap<>();
        for (JsonNode file : new ObjectMapper().readTree(out.toString()).get("files")) {
            String name = Path.of(file.get("path").asText()).getFileName().toString();
            read.put(
                    name,
                    file.get("format").asText() + ", error " + file.get("error") + ", "
                            + file.get("findings").size() + " findings");
        }
        Map<String, String> expected = new TreeMap<>();
        for (String format : new String[] {"docx", "eml", "html", "odp", "odt", "pdf", "pptx", "rtf"}) {
            expected.put("letter." + format, format + ", error null, 15 findings");
        }
        assertEquals(expected, read);
    }
}
