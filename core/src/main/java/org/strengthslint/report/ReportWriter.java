package org.strengthslint.report;

import java.io.IOException;
import java.io.Writer;

/** Writes the report of one run in one format. */
public interface ReportWriter {
    void write(Report report, Writer out) throws IOException;
}
