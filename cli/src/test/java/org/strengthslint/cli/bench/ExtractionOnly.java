package org.strengthslint.cli.bench;

import org.strengthslint.extract.DocumentReader;
import org.strengthslint.extract.UnreadableDocumentException;

/**
 * strengths-lint's own extraction alone: reads every document under a folder through the same
 * reader as a check (the one Tika parser for the format; for DOCX and ODT, Tika's text handlers
 * driven part by part), on as many threads as a check uses, and checks nothing.
 * {@code bench/office.sh} reports a whole check of the folder against this, without a target: the
 * difference is what the checking itself costs. The target is against
 * {@link TikaExtractionOnly}. Not part of the tests: timings belong in benchmarks.
 */
public final class ExtractionOnly {
    private ExtractionOnly() {}

    public static void main(String[] args) throws Exception {
        DocumentReader reader = new DocumentReader();
        FolderRun.run("ExtractionOnly", args, file -> {
            try {
                return reader.read(file, file.toString()).text().length();
            } catch (UnreadableDocumentException e) {
                return -1;
            }
        });
    }
}
