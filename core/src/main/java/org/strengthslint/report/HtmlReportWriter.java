package org.strengthslint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strengthslint.analyse.Whitespace;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;
import org.strengthslint.api.Version;
import org.strengthslint.lexicon.LexiconEntry;

/**
 * One self-contained HTML page for a review meeting: a summary per document and every finding
 * highlighted in its sentence, with what to say instead, how the sentence would read with the
 * first suggestion in place, and why. All document text is escaped;
 * the page loads nothing from anywhere.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem;\
            padding:0 1rem;color:#1f2328;line-height:1.5}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2.5rem;border-bottom:1px solid #d0d7de}
            .muted{color:#57606a}table{border-collapse:collapse;margin:.5rem 0}
            td,th{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left}th{background:#f6f8fa}
            .finding{border-left:4px solid #d0d7de;padding:.3rem .9rem;margin:.8rem 0;background:#fbfbfc}
            .finding.error{border-color:#cf222e}.finding.warning{border-color:#bf8700}.finding.info{border-color:#0969da}
            .badge{font-size:.75rem;font-weight:600;text-transform:uppercase;padding:.05rem .4rem;border-radius:.3rem;
            color:#fff}.badge.error{background:#cf222e}.badge.warning{background:#9a6700}.badge.info{background:#0969da}
            mark{background:#fff1a8;padding:0 .1rem}.sentence{font-size:1.05rem}.instead,.rewrite{color:#1a7f37}
            .unreadable{color:#cf222e}code{font-size:.9em}
            """;

    @Override
    public void write(Report report, Writer out) throws IOException {
        Summary summary = report.summary();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>strengths-lint report</title>\n<style>")
                .append(STYLE)
                .append("</style>\n")
                .append("</head>\n<body>\n<h1>strengths-lint report</h1>\n<p class=\"muted\">")
                .append(escape(TextReportWriter.summaryLine(summary)))
                .append(". strengths-lint ")
                .append(escape(Version.current()))
                .append(".</p>\n");
        html.append("<table id=\"summary\">\n<tr><th>Document</th><th>Words</th><th>Errors</th><th>Warnings</th>"
                + "<th>Info</th><th>Per 1,000 words</th><th>Most frequent terms</th></tr>\n");
        for (CheckResult result : report.results()) {
            Map<Severity, Integer> counts = result.countBySeverity();
            html.append("<tr><td><a href=\"#")
                    .append(anchor(result))
                    .append("\">")
                    .append(escape(result.path()))
                    .append("</a></td>");
            if (!result.readable()) {
                html.append("<td colspan=\"6\" class=\"unreadable\">cannot be read: ")
                        .append(escape(result.error()))
                        .append("</td></tr>\n");
                continue;
            }
            html.append("<td>")
                    .append(TextReportWriter.number(result.words()))
                    .append("</td><td>")
                    .append(TextReportWriter.number(counts.get(Severity.ERROR)))
                    .append("</td><td>")
                    .append(TextReportWriter.number(counts.get(Severity.WARNING)))
                    .append("</td><td>")
                    .append(TextReportWriter.number(counts.get(Severity.INFO)))
                    .append("</td><td>")
                    .append(perThousand(result))
                    .append("</td><td>")
                    .append(escape(frequentTerms(result.findings())))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        out.write(html.toString());
        for (CheckResult result : report.results()) {
            // one document at a time, so a report on thousands of documents is never held whole
            html.setLength(0);
            html.append("<section id=\"")
                    .append(anchor(result))
                    .append("\">\n<h2>")
                    .append(escape(result.path()))
                    .append("</h2>\n");
            if (!result.readable()) {
                html.append("<p class=\"unreadable\">This document could not be read: ")
                        .append(escape(result.error()))
                        .append("</p>\n</section>\n");
                out.write(html.toString());
                continue;
            }
            if (result.findings().isEmpty()) {
                html.append("<p>No findings in ")
                        .append(TextReportWriter.plural(result.words(), "word"))
                        .append(".</p>\n");
            }
            for (Finding f : result.findings()) {
                appendFinding(html, f, report.lexicon().entry(f.rule()).orElse(null));
            }
            html.append("</section>\n");
            out.write(html.toString());
        }
        out.write("</body>\n</html>\n");
        out.flush();
    }

    private static void appendFinding(StringBuilder html, Finding f, LexiconEntry entry) {
        String severity = f.severity().label();
        html.append("<div class=\"finding ")
                .append(severity)
                .append("\" data-rule=\"")
                .append(escape(f.rule()))
                .append("\">\n<p><span class=\"badge ")
                .append(severity)
                .append("\">")
                .append(severity)
                .append("</span> <code>")
                .append(escape(f.rule()))
                .append("</code> ")
                .append(where(f));
        if (f.mention()) {
            html.append(" <span class=\"muted\">(quoted: a mention)</span>");
        }
        html.append("</p>\n<p class=\"sentence\">")
                .append(highlight(f.sentence(), f.text(), f.sentenceIndex()))
                .append("</p>\n");
        if (!f.suggestions().isEmpty()) {
            html.append("<p class=\"instead\">Instead: ")
                    .append(escape(String.join("; ", f.suggestions())))
                    .append("</p>\n");
        }
        if (f.hasEdit()) {
            html.append("<p class=\"rewrite\">The sentence would read: ")
                    .append(escape(f.edit().sentence()))
                    .append("</p>\n");
        } else if (!f.mention() && f.noEdit() != null) {
            html.append("<p class=\"rewrite\">No change offered here: ")
                    .append(escape(f.noEdit()))
                    .append("</p>\n");
        }
        if (entry != null) {
            html.append("<p class=\"why\">").append(escape(entry.explanation())).append("</p>\n");
        }
        html.append("</div>\n");
    }

    /**
     * Where a finding stands: page and paragraph for office documents, which have no lines a
     * reader can go to (line and column count the extracted text), line and column otherwise.
     */
    static String where(Finding f) {
        if (f.paragraph() != null || f.page() != null) {
            StringBuilder where = new StringBuilder();
            if (f.page() != null) {
                where.append("page ").append(f.page());
            }
            if (f.paragraph() != null) {
                where.append(where.length() == 0 ? "" : ", ")
                        .append("paragraph ")
                        .append(f.paragraph());
            }
            return where.toString();
        }
        return "line " + f.line() + ", column " + f.column();
    }

    /**
     * The sentence with the matched text marked at {@code index} (where the finding says its
     * words start in the sentence), both escaped; a finding without an index is found by its text.
     */
    static String highlight(String sentence, String matched, int index) {
        String term = Whitespace.quote(matched.strip());
        if (index >= 0 && index + term.length() <= sentence.length()) {
            return escape(sentence.substring(0, index)) + "<mark>"
                    + escape(sentence.substring(index, index + term.length())) + "</mark>"
                    + escape(sentence.substring(index + term.length()));
        }
        int at = sentence.indexOf(term);
        if (at < 0) {
            at = sentence.toLowerCase(Locale.ROOT).indexOf(term.toLowerCase(Locale.ROOT));
        }
        if (at < 0) {
            return escape(sentence) + " <mark>" + escape(term) + "</mark>";
        }
        return escape(sentence.substring(0, at)) + "<mark>" + escape(sentence.substring(at, at + term.length()))
                + "</mark>" + escape(sentence.substring(at + term.length()));
    }

    private static String perThousand(CheckResult result) {
        if (result.words() == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.1f", result.findings().size() * 1000.0 / result.words());
    }

    private static String frequentTerms(List<Finding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Finding f : findings) {
            counts.merge(Whitespace.collapse(f.text().strip()).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        StringBuilder terms = new StringBuilder();
        counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(5)
                .forEach(e -> terms.append(terms.length() == 0 ? "" : ", ")
                        .append(e.getKey())
                        .append(" (")
                        .append(e.getValue())
                        .append(')'));
        return terms.toString();
    }

    private static String anchor(CheckResult result) {
        return "doc-" + Integer.toHexString(result.path().hashCode());
    }

    /** HTML-escaped, with control and reordering characters written out (see {@link VisibleText}). */
    static String escape(String raw) {
        String text = VisibleText.escape(raw);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
