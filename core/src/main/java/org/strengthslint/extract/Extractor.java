package org.strengthslint.extract;

/**
 * Reads the bytes of a document in one format into a {@link Document}. Every format has one,
 * named by {@link DocumentFormat#extractor()}; {@link DocumentReader} detects the format, checks
 * the file against the limits it can check before reading, and runs the format's extractor.
 *
 * <p>An extractor keeps to the {@link ExtractionLimits} it is given (through {@link TextCollector}
 * and {@link ExpansionLimit}) and stops with {@link ExtractionStopped} when one is passed. It
 * lets every other failure through: {@link UnreadableReasons} turns it into a reason in plain
 * words, in one place for every format.
 */
@FunctionalInterface
interface Extractor {
    /**
     * @param source the document's bytes, from a file or from memory
     * @param format the detected format (an extractor may serve several alike: ODT and ODP)
     * @param name   the name the document is reported under
     * @throws Exception whatever the parser underneath throws: {@code IOException}, SAX's, Tika's
     *                   and POI's checked exceptions, left to {@link UnreadableReasons}
     */
    Document extract(Source source, DocumentFormat format, String name, ExtractionLimits limits) throws Exception;
}
