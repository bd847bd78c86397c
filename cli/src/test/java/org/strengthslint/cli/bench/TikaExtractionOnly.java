package org.strengthslint.cli.bench;

import java.io.InputStream;
import java.nio.file.Files;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Tika's own extraction alone, as an application would ask Tika for the text of a file: one
 * {@link AutoDetectParser} (content detection, then whichever of the bundled parsers fits) and a
 * {@link BodyContentHandler}, on as many threads as a check uses, for the same files a check
 * reads. {@code bench/office.sh} holds a whole check of the folder to at most 1.2 times this
 * (the target in bench/README.md), and reports the check against {@link ExtractionOnly} beside it
 * (strengths-lint's own reading of the files, which is faster: it picks the one parser for the
 * format without Tika's detection and drives Tika's DOCX and ODT text handlers part by part).
 * Not part of the tests: timings belong in benchmarks.
 */
public final class TikaExtractionOnly {
    private TikaExtractionOnly() {}

    public static void main(String[] args) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        FolderRun.run("TikaExtractionOnly", args, file -> {
            try (InputStream in = Files.newInputStream(file)) {
                BodyContentHandler text = new BodyContentHandler(-1);
                parser.parse(in, text, new Metadata(), new ParseContext());
                return text.toString().length();
            } catch (Exception e) {
                return -1;
            }
        });
    }
}
