package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format has one {@link Extractor}, named by {@link DocumentFormat#extractor()}, that reads
 * that format's bytes into a document labelled with it, and reads them the same whether they come
 * from a file or from memory.
 */
class ExtractorTest {
    /** A document of each format, and the start of its text as a reader sees it. */
    private static final Map<DocumentFormat, Sample> SAMPLES = Map.ofEntries(
            Map.entry(DocumentFormat.TEXT, new Sample(null, "Final warning\n\nDear Mr Pike,")),
            Map.entry(DocumentFormat.MARKDOWN, new Sample("parity.md", "# Final warning\n\nDear Mr Pike,")),
            Map.entry(DocumentFormat.DOCX, new Sample("parity.docx", "Final warning\nDear Mr Pike,")),
            Map.entry(DocumentFormat.DOC, new Sample("parity.doc", "Final warning\nDear Mr Pike,")),
            Map.entry(DocumentFormat.ODT, new Sample("parity.odt", "Final warning\nDear Mr Pike,")),
            Map.entry(DocumentFormat.RTF, new Sample("parity.rtf", "Final warning\nDear Mr Pike,")),
            Map.entry(DocumentFormat.PDF, new Sample("parity.pdf", "Final warning\nDear Mr Pike,")),
            Map.entry(DocumentFormat.HTML, new Sample("parity.html", "Final warning\nDear Mr Pike,")),
            Map.entry(DocumentFormat.EML, new Sample("notice.eml", "Room 12: he has complex needs\nHi Priya,")),
            Map.entry(DocumentFormat.MSG, new Sample("review.msg", "Room 12 review\nFrom\nSarah Whitfield")),
            Map.entry(DocumentFormat.PPTX, new Sample("slides.pptx", "Outreach team update\nWe met twelve people")),
            Map.entry(DocumentFormat.ODP, new Sample("slides.odp", "Outreach team update\nWe met twelve people")));

    private record Sample(String file, String start) {
        Source fromFile() {
            return new Source.FileSource(OfficeExtractionTest.DOCUMENTS.resolve(file));
        }

        Source fromMemory() throws Exception {
            return new Source.BytesSource(
                    file == null
                            ? "Final warning\n\nDear Mr Pike,\n".getBytes(StandardCharsets.UTF_8)
                            : Files.readAllBytes(OfficeExtractionTest.DOCUMENTS.resolve(file)));
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void eachFormatsExtractorReadsThatFormat(DocumentFormat format) throws Exception {
        Sample sample = SAMPLES.get(format);
        Document fromMemory =
                format.extractor().extract(sample.fromMemory(), format, "sample", ExtractionLimits.DEFAULT);
        assertEquals(format.label(), fromMemory.format());
        assertTrue(fromMemory.text().startsWith(sample.start()), fromMemory.text());
        if (sample.file() != null) {
            Document fromFile =
                    format.extractor().extract(sample.fromFile(), format, "sample", ExtractionLimits.DEFAULT);
            assertEquals(fromMemory.text(), fromFile.text());
            assertEquals(fromMemory.blocks(), fromFile.blocks());
        }
    }

    /** The reader reads each format with that format's extractor, and gets what the extractor gives. */
    @ParameterizedTest
    @EnumSource(
            value = DocumentFormat.class,
            names = {"TEXT", "MARKDOWN"},
            mode = EnumSource.Mode.EXCLUDE)
    void theReaderGivesTheDetectedFormatsExtractorTheDocument(DocumentFormat format) throws Exception {
        Sample sample = SAMPLES.get(format);
        byte[] bytes = Files.readAllBytes(OfficeExtractionTest.DOCUMENTS.resolve(sample.file()));
        Document direct = format.extractor().extract(sample.fromMemory(), format, "sample", ExtractionLimits.DEFAULT);
        try (DocumentReader reader = new DocumentReader()) {
            Document read = reader.read(bytes, "sample." + format.extensions().get(0));
            assertEquals(direct.text(), read.text());
            assertEquals(direct.format(), read.format());
        }
    }

    /** The choice matters: an extractor does not read another format's bytes. */
    @Test
    void anExtractorRefusesAnotherFormat() throws Exception {
        Source pdf = SAMPLES.get(DocumentFormat.PDF).fromMemory();
        Source docx = SAMPLES.get(DocumentFormat.DOCX).fromMemory();
        assertThrows(
                Exception.class,
                () -> DocumentFormat.DOCX.extractor().extract(pdf, DocumentFormat.DOCX, "x", ExtractionLimits.DEFAULT));
        assertThrows(
                Exception.class,
                () -> DocumentFormat.PDF.extractor().extract(docx, DocumentFormat.PDF, "x", ExtractionLimits.DEFAULT));
        assertThrows(
                Exception.class,
                () -> DocumentFormat.ODT.extractor().extract(docx, DocumentFormat.ODT, "x", ExtractionLimits.DEFAULT));
    }

    /** Plain text and Markdown are held to the text limit by their extractors, as the office formats are. */
    @Test
    void textExtractorsKeepToTheTextLimit() throws Exception {
        Source text = SAMPLES.get(DocumentFormat.TEXT).fromMemory();
        ExtractionLimits tiny = ExtractionLimits.DEFAULT.withMaxTextChars(10);
        for (DocumentFormat format : new DocumentFormat[] {DocumentFormat.TEXT, DocumentFormat.MARKDOWN}) {
            ExtractionStopped stopped = assertThrows(
                    ExtractionStopped.class, () -> format.extractor().extract(text, format, "x", tiny));
            assertEquals("larger than the limit: more than 10 characters of text", stopped.getMessage());
        }
    }
}
