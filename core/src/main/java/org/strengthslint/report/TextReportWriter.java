package org.strengthslint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Rejection;
import org.strengthslint.api.Severity;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.lexicon.LexiconEntry;

/**
 * The report for people, in the form compilers use so editors can jump to each finding:
 * {@code path:line:col: severity [rule] message}, then what to say instead, how the sentence would
 * read with the first suggestion in place (when that edit is safe) and why, then a summary.
 * Office documents, PDFs and slides are not opened in an editor, and their lines are lines of the
 * extracted text, so there the finding says where a reader finds it: {@code path, page 3,
 * paragraph 12: ...} (the page when the file records it), or the slide.
 */
public final class TextReportWriter implements ReportWriter {
    private static final String RESET = "\u001B[0m";

    private final boolean colour;
    private final boolean quiet;

    /**
     * @param colour ANSI colours (only when writing to a terminal)
     * @param quiet  findings only: no suggestions, no explanation, no summary
     */
    public TextReportWriter(boolean colour, boolean quiet) {
        this.colour = colour;
        this.quiet = quiet;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        String nl = System.lineSeparator();
        Lexicon lexicon = report.lexicon();
        for (CheckResult result : report.results()) {
            // every piece of text that came from a file name, a document or a lexicon is escaped:
            // one finding is one line, and nothing in it can act on the terminal or a CI log
            String path = VisibleText.escape(result.path());
            if (!result.readable()) {
                out.write(path + ": " + paint("error", "1;31") + ": cannot be read: "
                        + VisibleText.escape(result.error()) + nl);
                continue;
            }
            for (Finding f : result.findings()) {
                out.write(path + VisibleText.escape(where(result, f)) + ": " + severity(f.severity()) + " ["
                        + VisibleText.escape(f.rule()) + "] " + VisibleText.escape(f.message()) + nl);
                if (quiet) {
                    continue;
                }
                if (!f.suggestions().isEmpty()) {
                    out.write("    instead: " + VisibleText.escape(String.join("; ", f.suggestions())) + nl);
                }
                if (f.hasEdit()) {
                    out.write("    would read: " + VisibleText.escape(f.edit().sentence()) + nl);
                } else if (!f.mention() && f.noEdit() != null) {
                    out.write("    no safe edit: " + VisibleText.escape(f.noEdit()) + nl);
                }
                LexiconEntry entry = lexicon.entry(f.rule()).orElse(null);
                if (entry != null) {
                    out.write("    why: " + VisibleText.escape(entry.why()) + nl);
                }
                if (!f.context().isEmpty()) {
                    out.write("    context: " + VisibleText.escape(String.join("; ", f.context())) + nl);
                }
            }
            for (Rejection r : result.rejected()) {
                out.write(path + ":" + r.line() + ":" + r.column() + ": not flagged [" + VisibleText.escape(r.rule())
                        + "] \"" + VisibleText.escape(r.text()) + "\": " + VisibleText.escape(r.reason()) + nl);
            }
        }
        if (!quiet) {
            out.write(summaryLine(report.summary()) + nl);
        }
        out.flush();
    }

    /** ":12:5" for text, ", page 3, paragraph 12" for word-processor files, ", page 3" for PDF. */
    static String where(CheckResult result, Finding f) {
        if (f.paragraph() == null && f.page() == null) {
            return ":" + f.line() + ":" + f.column();
        }
        boolean slides = result.format().equals("pptx") || result.format().equals("odp");
        StringBuilder where = new StringBuilder();
        if (f.page() != null) {
            where.append(slides ? ", slide " : ", page ").append(f.page());
        }
        if (f.paragraph() != null) {
            where.append(", paragraph ").append(f.paragraph());
        }
        return where.toString();
    }

    /**
     * The one-line summary: files read and checked, words, findings by severity, suppressed,
     * baseline, unreadable. A file that could not be read is counted only as that.
     */
    public static String summaryLine(Summary s) {
        StringBuilder line = new StringBuilder();
        line.append(plural(s.files() - s.unreadable(), "file"))
                .append(" checked, ")
                .append(plural(s.words(), "word"))
                .append(": ");
        if (s.total() == 0) {
            line.append("no findings");
        } else {
            line.append(plural(s.count(Severity.ERROR), "error"))
                    .append(", ")
                    .append(plural(s.count(Severity.WARNING), "warning"))
                    .append(", ")
                    .append(number(s.count(Severity.INFO)))
                    .append(" info");
        }
        if (s.suppressed() > 0) {
            line.append("; ").append(number(s.suppressed())).append(" suppressed by comments");
        }
        if (s.baselined() > 0 || s.staleBaseline() > 0) {
            line.append("; ").append(number(s.baselined())).append(" in the baseline");
            if (s.staleBaseline() > 0) {
                line.append(" (")
                        .append(plural(s.staleBaseline(), "entry", "entries"))
                        .append(" no longer found: refresh it with --write-baseline)");
            }
        }
        if (s.unreadable() > 0) {
            line.append("; ").append(plural(s.unreadable(), "file")).append(" could not be read");
        }
        return line.toString();
    }

    /** Every count a person reads, in text and HTML, is written this one way: 12,345. */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 finding", "2 findings", "1,204 words". */
    public static String plural(long n, String noun) {
        return plural(n, noun, noun + "s");
    }

    static String plural(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    private String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> paint("error", "1;31");
            case WARNING -> paint("warning", "1;33");
            case INFO -> paint("info", "1;36");
        };
    }

    private String paint(String text, String code) {
        return colour ? "\u001B[" + code + "m" + text + RESET : text;
    }
}
