package org.strengthslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.FailOn;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;
import org.strengthslint.testing.TestLinters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportWritersTest {
    private static String write(ReportWriter writer, Report report) throws Exception {
        StringWriter out = new StringWriter();
        writer.write(report, out);
        return out.toString();
    }

    @Test
    void githubWorkflowCommandsOnePerFinding() throws Exception {
        assertEquals(
                "::warning file=letters/warning one.txt,line=2,col=10,endLine=2,endColumn=23,title=complex-needs"
                        + "::Deficit framing: \"complex needs\". Instead: what the person wants support with\n"
                        + "::warning file=letters/warning one.txt,line=3,col=9,endLine=3,endColumn=19,title=entrenched"
                        + "::Deficit framing: \"entrenched\". Instead: person who has slept rough for a long time\n"
                        + "::error file=letters/missing.txt,title=unreadable::cannot be read: no such file\n",
                write(new GithubReportWriter(), ReportFixtures.letterAndUnreadable()));
    }

    @Test
    void githubEscapesWhatTheRunnerWouldReadAsSyntax() {
        assertEquals("a%25b%0Ac", GithubReportWriter.data("a%b\nc"));
        assertEquals("x%3Ay%2Cz", GithubReportWriter.property("x:y,z"));
    }

    @Test
    void checkstyleXml() throws Exception {
        Document xml = parse(write(new CheckstyleReportWriter(), ReportFixtures.letterAndUnreadable()));
        NodeList files = xml.getElementsByTagName("file");
        assertEquals(2, files.getLength());
        Element first = (Element)
                ((Element) files.item(0)).getElementsByTagName("error").item(0);
        assertEquals("letters/warning one.txt", ((Element) files.item(0)).getAttribute("name"));
        assertEquals("2", first.getAttribute("line"));
        assertEquals("10", first.getAttribute("column"));
        assertEquals("warning", first.getAttribute("severity"));
        assertEquals("strengths-lint.complex-needs", first.getAttribute("source"));
        assertEquals(
                "Deficit framing: \"complex needs\". Instead: what the person wants support with",
                first.getAttribute("message"));
    }

    @Test
    void junitXmlFailsExactlyTheFindingsThatFailTheRun() throws Exception {
        Document xml = parse(write(new JunitReportWriter(), ReportFixtures.letterAndUnreadable(FailOn.WARNING)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        NodeList failures = xml.getElementsByTagName("failure");
        assertEquals(2, failures.getLength());
        assertEquals(
                "letters/warning one.txt:2:10: warning [complex-needs] Deficit framing: \"complex needs\"",
                ((Element) failures.item(0)).getAttribute("message"));
        assertEquals(
                "cannot be read: no such file",
                ((Element) xml.getElementsByTagName("error").item(0)).getAttribute("message"));
        assertEquals(0, xml.getElementsByTagName("system-out").getLength());
    }

    /** With --fail-on error the run passes, so the warnings are recorded in the output, not failed. */
    @Test
    void junitXmlRecordsFindingsBelowTheFailLevelWithoutFailing() throws Exception {
        Document xml = parse(write(new JunitReportWriter(), ReportFixtures.letterAndUnreadable(FailOn.ERROR)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("0", suite.getAttribute("failures"));
        assertEquals(0, xml.getElementsByTagName("failure").getLength());
        assertEquals(
                "letters/warning one.txt:2:10: warning [complex-needs] Deficit framing: \"complex needs\"\n"
                        + "Dear Sam, You have complex needs, \"Sam\" <script>alert(1)</script>.\n"
                        + "Instead: what the person wants support with\n"
                        + "letters/warning one.txt:3:9: warning [entrenched] Deficit framing: \"entrenched\"\n"
                        + "You are entrenched.\nInstead: person who has slept rough for a long time\n",
                xml.getElementsByTagName("system-out").item(0).getTextContent());
    }

    /** Every report with levels marks as failing exactly what fails the run. */
    @Test
    void levelsFollowTheFailLevel() throws Exception {
        Report failing = ReportFixtures.letterAndUnreadable(FailOn.WARNING);
        assertTrue(write(new GithubReportWriter(), failing).startsWith("::error file=letters/warning one.txt,line=2,"));
        Element first = (Element) parse(write(new CheckstyleReportWriter(), failing))
                .getElementsByTagName("error")
                .item(0);
        assertEquals("error", first.getAttribute("severity"));
        JsonNode result = new ObjectMapper()
                .readTree(write(new SarifReportWriter(), failing))
                .get("runs")
                .get(0)
                .get("results")
                .get(0);
        assertEquals("error", result.get("level").asText());

        Report never = ReportFixtures.letterAndUnreadable(FailOn.NEVER);
        assertTrue(write(new GithubReportWriter(), never).startsWith("::warning file=letters/warning one.txt,line=2,"));
    }

    @Test
    void sarifIsValidAgainstTheSchemaAndCarriesRulesLocationsFingerprintsAndFixes() throws Exception {
        String sarif = write(new SarifReportWriter(), ReportFixtures.letterAndUnreadable());
        JsonNode json = new ObjectMapper().readTree(sarif);
        JsonSchema schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(ReportFixtures.sarifSchema());
        Set<ValidationMessage> problems = schema.validate(json);
        assertTrue(problems.isEmpty(), problems::toString);

        assertEquals("2.1.0", json.get("version").asText());
        JsonNode run = json.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(org.strengthslint.testing.TestLinters.testLexicon().size(), rules.size());
        assertEquals("complex-needs", rules.get(0).get("id").asText());
        assertTrue(rules.get(0).get("help").get("text").asText().contains("Instead: what the person wants"));
        JsonNode result = run.get("results").get(0);
        assertEquals("complex-needs", result.get("ruleId").asText());
        assertEquals("warning", result.path("level").asText("warning"), "SARIF leaves out the default level, warning");
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertEquals(
                "letters/warning%20one.txt",
                location.get("artifactLocation").get("uri").asText());
        assertEquals(
                "%SRCROOT%", location.get("artifactLocation").get("uriBaseId").asText());
        assertEquals(2, location.get("region").get("startLine").asInt());
        assertEquals(10, location.get("region").get("startColumn").asInt());
        assertEquals(23, location.get("region").get("endColumn").asInt());
        assertEquals(
                32,
                result.get("partialFingerprints")
                        .get(SarifReportWriter.FINGERPRINT_KEY)
                        .asText()
                        .length());
        JsonNode replacement = result.get("fixes")
                .get(0)
                .get("artifactChanges")
                .get(0)
                .get("replacements")
                .get(0);
        assertEquals(
                "what the person wants support with",
                replacement.get("insertedContent").get("text").asText());
        // the fix replaces exactly the edit's region: "complex needs" at offset 19 of the letter
        assertEquals(19, replacement.get("deletedRegion").get("charOffset").asInt());
        assertEquals(13, replacement.get("deletedRegion").get("charLength").asInt());
        assertEquals(
                "Make it read: Dear Sam, You have what the person wants support with, \"Sam\" <script>alert(1)</script>.",
                result.get("fixes").get(0).get("description").get("text").asText());
        JsonNode entrenched = run.get("results").get(1);
        assertEquals("entrenched", entrenched.get("ruleId").asText());
        assertTrue(entrenched.path("fixes").isMissingNode(), "no safe edit, no fix: " + entrenched);
        assertEquals(
                "letters/missing.txt cannot be read: no such file",
                run.get("invocations")
                        .get(0)
                        .get("toolExecutionNotifications")
                        .get(0)
                        .get("message")
                        .get("text")
                        .asText());
    }

    @Test
    void csvHasARowPerFindingAndPerUnreadableFile() throws Exception {
        String csv = write(new CsvReportWriter(), ReportFixtures.letterAndUnreadable());
        assertEquals(
                "\uFEFFfile,page,paragraph,line,column,severity,fails,rule,category,found,message,instead,why,sentence\r\n"
                        + "letters/warning one.txt,,,2,10,warning,no,complex-needs,deficit-framing,complex needs,"
                        + "\"Deficit framing: \"\"complex needs\"\"\",what the person wants support with,"
                        + csvCell(why("complex-needs")) + ","
                        + "\"Dear Sam, You have complex needs, \"\"Sam\"\" <script>alert(1)</script>.\"\r\n"
                        + "letters/warning one.txt,,,3,9,warning,no,entrenched,deficit-framing,entrenched,"
                        + "\"Deficit framing: \"\"entrenched\"\"\",person who has slept rough for a long time,"
                        + csvCell(why("entrenched")) + ",You are entrenched.\r\n"
                        + "letters/missing.txt,,,,,error,yes,unreadable,,,cannot be read: no such file,,,\r\n",
                csv);
        assertTrue(
                write(new CsvReportWriter(), ReportFixtures.letterAndUnreadable(FailOn.WARNING))
                        .contains(",warning,yes,complex-needs,"),
                "fails follows --fail-on");
    }

    private static String why(String rule) {
        return org.strengthslint.testing.TestLinters.testLexicon()
                .entry(rule)
                .orElseThrow()
                .why();
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    @Test
    void htmlIsSelfContainedAndEscapesDocumentText() throws Exception {
        String html = write(new HtmlReportWriter(), ReportFixtures.letterAndUnreadable());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script>"), "document text is escaped");
        assertTrue(html.contains("You have <mark>complex needs</mark>, &quot;Sam&quot; &lt;script&gt;"), html);
        assertTrue(html.contains("Instead: what the person wants support with"));
        assertTrue(
                html.contains("<p class=\"rewrite\">The sentence would read: Dear Sam, You have what the person "
                        + "wants support with, &quot;Sam&quot; &lt;script&gt;"),
                html);
        assertFalse(html.contains("src=") || html.contains("href=\"http"), "no external resources");
        assertTrue(html.contains("cannot be read: no such file"));
    }

    /** A term twice in one sentence: each card marks its own occurrence, found by position, not by search. */
    @Test
    void htmlMarksTheOccurrenceEachFindingIsAbout() throws Exception {
        CheckResult twice = TestLinters.withTestLexicon()
                .check("One rough sleeper told us another rough sleeper had moved on.", "notes.txt");
        Report report = new Report(List.of(twice), TestLinters.testLexicon(), 0, 0, FailOn.ERROR);
        String html = write(new HtmlReportWriter(), report);
        assertTrue(html.contains("One <mark>rough sleeper</mark> told us another rough sleeper had moved on."), html);
        assertTrue(html.contains("One rough sleeper told us another <mark>rough sleeper</mark> had moved on."), html);
        assertEquals(
                List.of(4, 34),
                twice.findings().stream().map(Finding::sentenceIndex).toList());
    }

    /** Office documents have no lines a reader can go to: the card gives page and paragraph. */
    @Test
    void htmlGivesPageAndParagraphWhereTheFormatHasThem() {
        Finding inWord = new Finding(
                "complex-needs",
                "deficit-framing",
                Severity.WARNING,
                7,
                3,
                7,
                16,
                120,
                13,
                2,
                14,
                "complex needs",
                "He has complex needs.",
                "m",
                List.of("x"),
                false);
        Finding inText = new Finding(
                "complex-needs",
                "deficit-framing",
                Severity.WARNING,
                7,
                3,
                7,
                16,
                120,
                13,
                null,
                null,
                "complex needs",
                "He has complex needs.",
                "m",
                List.of("x"),
                false);
        assertEquals("page 2, paragraph 14", HtmlReportWriter.where(inWord));
        assertEquals("line 7, column 3", HtmlReportWriter.where(inText));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
