package org.strengthslint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.strengthslint.CheckResult;

/** Writes the results of one run in one format. */
public interface ReportWriter {
    void write(List<CheckResult> results, Writer out) throws IOException;
}
