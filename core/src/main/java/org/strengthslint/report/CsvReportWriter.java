package org.strengthslint.report;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.lexicon.LexiconEntry;

/**
 * One row per finding, for people who work in spreadsheets: where it is (file, page, paragraph,
 * line, column), how serious, whether it fails the run, what was found, what to say instead, why,
 * and the sentence. An unreadable document is a row of its own. RFC 4180 CSV with a byte-order
 * mark, so spreadsheet programs read the text as UTF-8.
 */
public final class CsvReportWriter implements ReportWriter {
    static final String[] HEADER = {
        "file",
        "page",
        "paragraph",
        "line",
        "column",
        "severity",
        "fails",
        "rule",
        "category",
        "found",
        "message",
        "instead",
        "why",
        "sentence"
    };

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        for (CheckResult result : report.results()) {
            if (!result.readable()) {
                csv.printRecord(
                        cell(result.path()),
                        "",
                        "",
                        "",
                        "",
                        "error",
                        "yes",
                        "unreadable",
                        "",
                        "",
                        cell("cannot be read: " + result.error()),
                        "",
                        "",
                        "");
                continue;
            }
            for (Finding f : result.findings()) {
                String why =
                        report.lexicon().entry(f.rule()).map(LexiconEntry::why).orElse("");
                csv.printRecord(
                        cell(result.path()),
                        number(f.page()),
                        number(f.paragraph()),
                        f.line(),
                        f.column(),
                        f.severity().label(),
                        report.level(f) == Report.Level.FAILS ? "yes" : "no",
                        cell(f.rule()),
                        cell(f.category()),
                        cell(f.text()),
                        cell(f.message()),
                        cell(String.join("; ", f.suggestions())),
                        cell(why),
                        cell(f.sentence()));
            }
        }
        csv.flush();
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    /**
     * Text for a cell: control characters written out (one row is one line), and a cell that a
     * spreadsheet would take for a formula (=, +, -, @ first) made plain text with a leading quote,
     * file names included (a spreadsheet shows the quote as nothing: it only marks text).
     */
    static String cell(String text) {
        String visible = VisibleText.escape(text);
        return !visible.isEmpty() && "=+-@".indexOf(visible.charAt(0)) >= 0 ? "'" + visible : visible;
    }
}
