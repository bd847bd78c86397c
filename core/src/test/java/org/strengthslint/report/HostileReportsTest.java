package org.strengthslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.strengthslint.analyse.BlockAnalysis;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.testing.TestLinters;
import org.w3c.dom.Element;

/**
 * Reports on documents whose names and text were chosen by someone hostile: nothing in them can
 * start a line of its own, reach the terminal as an escape sequence, reorder what is shown, break
 * an XML report or change what a SARIF URI means; and a finding carries a bounded sentence.
 */
class HostileReportsTest {
    /** A line break with a forged workflow command, a terminal escape, a right-to-left override, a C1 control, a lone surrogate. */
    static final String HOSTILE = "a\n::error file=x::forged\u001b[2J\u202egpj.md\u0085\ud800.txt";

    static final String SHOWN = "a\\n::error file=x::forged\\u001b[2J\\u202egpj.md\\u0085\\ud800.txt";

    private static Report hostileReport() {
        CheckResult letter = TestLinters.withTestLexicon().check("He has complex needs.\n", HOSTILE);
        CheckResult missing = CheckResult.unreadable(HOSTILE + "2", "text", "no such file\n::error::forged");
        return new Report(List.of(letter, missing), TestLinters.testLexicon());
    }

    private static String write(ReportWriter writer, Report report) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(report, out);
        return out.toString();
    }

    @Test
    void controlAndReorderingCharactersAreWrittenOut() {
        assertEquals(SHOWN, VisibleText.escape(HOSTILE));
        assertEquals(
                "tab\\tcr\\rdel\\u007fnul\\u0000 \\u2066isolate\\u2069 \\u2028",
                VisibleText.escape("tab\tcr\rdel\u007fnul\u0000 \u2066isolate\u2069 \u2028"));
        String ordinary = "policies/caf\u00e9 \u00fcber \u05e9\u05dc\u05d5\u05dd \ud83d\ude00 C:\\docs.md";
        assertEquals(ordinary, VisibleText.escape(ordinary), "letters of any script, pairs and backslashes stay");
    }

    @Test
    void theTextReportHasOneLinePerFindingAndNoControlCharacters() throws IOException {
        String text = write(new TextReportWriter(false, false), hostileReport());
        String nl = System.lineSeparator();
        List<String> lines = text.lines().toList();
        assertEquals(SHOWN + ":1:8: warning [complex-needs] Deficit framing: \"complex needs\"", lines.get(0));
        assertEquals(SHOWN + "2: error: cannot be read: no such file\\n::error::forged", lines.get(4));
        assertEquals(6, lines.size(), text);
        assertFalse(text.replace(nl, "").chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x202e), text);
    }

    @Test
    void theGithubReportCannotBeMadeToForgeACommand() throws IOException {
        String github = write(new GithubReportWriter(), hostileReport());
        List<String> lines = github.lines().toList();
        assertEquals(2, lines.size(), github);
        assertTrue(
                lines.get(0)
                        .startsWith("::error file=a%0A%3A%3Aerror file=x%3A%3Aforged\\u001b[2J\\u202egpj.md"
                                + "\\u0085\\ud800.txt,line=1,col=8,endLine=1,endColumn=21,title=complex-needs::Deficit framing: \"complex"
                                + " needs\". Instead: "),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("::error file=a%0A%3A%3Aerror file=x%3A%3Aforged"), lines.get(1));
        assertTrue(lines.get(1).endsWith("::cannot be read: no such file%0A::error::forged"), lines.get(1));
    }

    /** One row is one line whatever the names, and no cell is taken for a spreadsheet formula. */
    @Test
    void theCsvReportKeepsARowToALineAndNoFormulas() throws IOException {
        String csv = write(new CsvReportWriter(), hostileReport());
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(1).startsWith(SHOWN + ","), lines.get(1));
        assertEquals("'=HYPERLINK(\"http://x\")", CsvReportWriter.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvReportWriter.cell("+1"));
        assertEquals("'-2", CsvReportWriter.cell("-2"));
        assertEquals("'@SUM(A1)", CsvReportWriter.cell("@SUM(A1)"));
        assertEquals("plain", CsvReportWriter.cell("plain"));
    }

    @Test
    void xmlReportsAreWellFormedWhateverAFileIsCalled() throws Exception {
        for (ReportWriter writer : List.of(new CheckstyleReportWriter(), new JunitReportWriter())) {
            String xml = write(writer, hostileReport());
            org.w3c.dom.Document parsed = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            String element = writer instanceof CheckstyleReportWriter ? "file" : "testcase";
            Element first = (Element) parsed.getElementsByTagName(element).item(0);
            assertEquals(SHOWN, first.getAttribute("name"), writer.getClass().getSimpleName());
            Element second = (Element) parsed.getElementsByTagName(element).item(1);
            assertEquals(SHOWN + "2", second.getAttribute("name"));
        }
    }

    @Test
    void theHtmlReportShowsNamesEscaped() throws IOException {
        String html = write(new HtmlReportWriter(), hostileReport());
        assertTrue(html.contains("<h2>a\\n::error file=x::forged\\u001b[2J\\u202egpj.md\\u0085\\ud800.txt</h2>"), html);
        assertFalse(
                html.chars().anyMatch(c -> c == 0x1b || c == 0x202e || c == 0x85 || Character.isSurrogate((char) c)));
    }

    @Test
    void sarifUrisArePercentEncoded() throws IOException {
        assertEquals(
                "policies/caf%C3%A9%20plan%20%231%3F%25.md", SarifReportWriter.uri("policies/caf\u00e9 plan #1?%.md"));
        assertEquals(
                "a%0A%3A%3Aerror%20file%3Dx%3A%3Aforged%1B%5B2J%E2%80%AEgpj.md%C2%85%3F.txt",
                SarifReportWriter.uri(HOSTILE));
        // (fingerprints need a name that is a path: no unpaired surrogate)
        String name = HOSTILE.replace("\ud800", "");
        Report report = new Report(
                List.of(TestLinters.withTestLexicon().check("He has complex needs.\n", name)),
                TestLinters.testLexicon());
        JsonNode sarif = new ObjectMapper().readTree(write(new SarifReportWriter(), report));
        assertEquals(
                "a%0A%3A%3Aerror%20file%3Dx%3A%3Aforged%1B%5B2J%E2%80%AEgpj.md%C2%85.txt",
                sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
    }

    @Test
    void aLongSentenceIsCutAroundItsMatch() {
        String text = "word ".repeat(100) + "He has complex needs " + "word ".repeat(100) + ".\n";
        Finding f =
                TestLinters.withTestLexicon().check(text, "long.txt").findings().get(0);
        // 200 characters either side of "complex needs", cut where a word starts or ends
        assertEquals(
                BlockAnalysis.CUT + " " + "word ".repeat(38) + "He has complex needs " + "word ".repeat(40)
                        + BlockAnalysis.CUT,
                f.sentence());
        String whole = "He has complex needs and " + "a ".repeat(200) + "lot more.";
        assertEquals(
                whole,
                TestLinters.withTestLexicon()
                        .check(whole, "short.txt")
                        .findings()
                        .get(0)
                        .sentence());
    }

    @Test
    void aLineRepeatingATermMakesAReportOfBoundedSize() throws IOException {
        // 30 KB, one sentence, the term 2,000 times: each finding carried the whole line (35 MB of JSON)
        String line = "complex needs, ".repeat(2_000) + "\n";
        CheckResult result = TestLinters.withTestLexicon().check(line, "one-line.txt");
        assertEquals(2_000, result.findings().size());
        String json = write(new JsonReportWriter(), new Report(List.of(result), TestLinters.testLexicon()));
        // each finding carries its sentence and, with its edit, the sentence rewritten: both cut
        assertTrue(json.length() < 4_000_000, "the report has " + json.length() + " characters");
        assertTrue(
                new ObjectMapper()
                                .readTree(json)
                                .at("/files/0/findings/1000/edit/sentence")
                                .asText()
                                .length()
                        < 500,
                "the rewritten sentence is cut like the sentence");
        JsonNode middle = new ObjectMapper().readTree(json).at("/files/0/findings/1000");
        assertEquals(15_001, middle.get("column").asInt());
        String sentence = middle.get("sentence").asText();
        assertTrue(
                sentence.startsWith(BlockAnalysis.CUT + " complex needs")
                        && sentence.endsWith(", " + BlockAnalysis.CUT),
                sentence);
        assertTrue(sentence.length() <= 2 * BlockAnalysis.SENTENCE_REACH + "complex needs".length() + 12, sentence);
    }
}
