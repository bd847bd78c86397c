package org.strengthslint.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Fix;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Edit;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;
import org.strengthslint.api.Version;
import org.strengthslint.lexicon.Category;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.lexicon.LexiconEntry;

/**
 * SARIF 2.1.0, as GitHub code scanning and other tools read it: every rule with its description
 * and help from the lexicon, and every finding with its region, fingerprint and, where the finding
 * carries a safe edit in a text or Markdown file, a fix.
 */
public final class SarifReportWriter implements ReportWriter {
    /** The key of our fingerprints in {@code partialFingerprints}; change it only with a new scheme. */
    public static final String FINGERPRINT_KEY = "strengthsLint/v1";

    private static final String SOURCE_ROOT = "%SRCROOT%";

    /**
     * The formats whose extracted text is the file's own text, character for character, so an
     * edit's offsets are places in the file: only their findings get fixes.
     */
    private static final Set<String> EDITABLE_FORMATS = Set.of("text", "markdown");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final java.nio.file.Path root;

    /** Paths in the report are relative to the current folder. */
    public SarifReportWriter() {
        this(java.nio.file.Path.of(""));
    }

    /** Paths in the report are relative to {@code root} (the repository or project folder). */
    public SarifReportWriter(java.nio.file.Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        MAPPER.writeValue(
                new java.io.FilterWriter(out) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                },
                toSarif(report, root));
        out.write("\n");
        out.flush();
    }

    static SarifSchema210 toSarif(Report report, java.nio.file.Path root) {
        Lexicon lexicon = report.lexicon();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (LexiconEntry entry : lexicon.entries()) {
            ruleIndex.put(entry.id(), ruleIndex.size());
            rules.add(rule(entry, lexicon));
        }
        List<Result> results = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        for (CheckResult file : report.results()) {
            String uri = uri(ReportPaths.of(file.path()));
            if (!file.readable()) {
                notifications.add(new Notification()
                        .withLevel(Notification.Level.ERROR)
                        .withMessage(new Message().withText(file.path() + " cannot be read: " + file.error()))
                        .withLocations(Set.of(new Location()
                                .withPhysicalLocation(new PhysicalLocation().withArtifactLocation(artifact(uri))))));
                continue;
            }
            List<String> fingerprints = Fingerprints.of(file);
            for (int i = 0; i < file.findings().size(); i++) {
                Finding f = file.findings().get(i);
                Region region = new Region()
                        .withStartLine(f.line())
                        .withStartColumn(f.column())
                        .withEndLine(f.endLine())
                        .withEndColumn(f.endColumn())
                        .withSnippet(new ArtifactContent().withText(f.text()));
                Result result = new Result()
                        .withRuleId(f.rule())
                        .withLevel(level(report.level(f)))
                        .withMessage(new Message().withText(message(f)))
                        .withLocations(List.of(new Location()
                                .withPhysicalLocation(new PhysicalLocation()
                                        .withArtifactLocation(artifact(uri))
                                        .withRegion(region))))
                        .withPartialFingerprints(
                                new PartialFingerprints().withAdditionalProperty(FINGERPRINT_KEY, fingerprints.get(i)));
                Integer index = ruleIndex.get(f.rule());
                if (index != null) {
                    result.setRuleIndex(index);
                }
                if (f.hasEdit() && !f.mention() && EDITABLE_FORMATS.contains(file.format())) {
                    result.setFixes(Set.of(fix(uri, f)));
                }
                results.add(result);
            }
        }
        Run run = new Run()
                .withTool(new Tool()
                        .withDriver(new ToolComponent()
                                .withName("strengths-lint")
                                .withSemanticVersion(Version.current().replace("-SNAPSHOT", ""))
                                .withVersion(Version.current())
                                .withRules(rules)))
                .withOriginalUriBaseIds(new com.contrastsecurity.sarif.OriginalUriBaseIds()
                        .withAdditionalProperty(SOURCE_ROOT, new ArtifactLocation().withUri(uriOf(root))))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withResults(results);
        if (!notifications.isEmpty()) {
            run.setInvocations(List.of(new com.contrastsecurity.sarif.Invocation()
                    .withExecutionSuccessful(true)
                    .withToolExecutionNotifications(notifications)));
        }
        return new SarifSchema210()
                .with$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private static ReportingDescriptor rule(LexiconEntry entry, Lexicon lexicon) {
        String category =
                lexicon.category(entry.category()).map(Category::title).orElse(entry.category());
        String instead = String.join("; ", entry.suggestions());
        String help = entry.explanation() + "\n\nInstead: " + instead;
        String markdown = entry.explanation() + "\n\n**Instead:** " + String.join("; ", entry.suggestions())
                + "\n\n**Finds:** " + String.join(", ", entry.patterns());
        return new ReportingDescriptor()
                .withId(entry.id())
                .withName(camelCase(entry.id()))
                .withShortDescription(new MultiformatMessageString()
                        .withText(category + ": " + entry.patterns().get(0)))
                .withFullDescription(new MultiformatMessageString().withText(entry.explanation()))
                .withHelp(new MultiformatMessageString().withText(help).withMarkdown(markdown))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configurationLevel(entry.severity())))
                .withProperties(new PropertyBag()
                        .withTags(new LinkedHashSet<>(List.of("strengths-based-language", entry.category()))));
    }

    /**
     * The finding's safe edit as a fix: the edit's exact region of the file (by character offset
     * and length, since an edit may take in the article before the finding's words) and its
     * replacement.
     */
    private static Fix fix(String uri, Finding f) {
        Edit edit = f.edit();
        Region deleted = new Region().withCharOffset(edit.offset()).withCharLength(edit.length());
        return new Fix()
                .withDescription(new Message().withText("Make it read: " + edit.sentence()))
                .withArtifactChanges(Set.of(new ArtifactChange()
                        .withArtifactLocation(artifact(uri))
                        .withReplacements(List.of(new Replacement()
                                .withDeletedRegion(deleted)
                                .withInsertedContent(new ArtifactContent().withText(edit.replacement()))))));
    }

    private static String message(Finding f) {
        StringBuilder message = new StringBuilder(f.message());
        if (!f.suggestions().isEmpty()) {
            message.append(". Instead: ").append(String.join("; ", f.suggestions()));
        }
        return message.toString();
    }

    private static ArtifactLocation artifact(String uri) {
        return new ArtifactLocation().withUri(uri).withUriBaseId(SOURCE_ROOT);
    }

    /** Code scanning fails a pull request on results at level error: exactly the failing ones. */
    private static Result.Level level(Report.Level level) {
        return switch (level) {
            case FAILS -> Result.Level.ERROR;
            case WARNS -> Result.Level.WARNING;
            case NOTES -> Result.Level.NOTE;
        };
    }

    private static ReportingConfiguration.Level configurationLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case INFO -> ReportingConfiguration.Level.NOTE;
        };
    }

    /**
     * A relative path as a URI reference (RFC 3986): its UTF-8 bytes, each percent-encoded except
     * the unreserved characters and the '/' between folders, so no file name, whatever it holds
     * (spaces, '#', '?', '%', control characters, any script), can change what the URI means.
     */
    static String uri(String path) {
        StringBuilder uri = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '/') {
                uri.append((char) c);
            } else {
                uri.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return uri.toString();
    }

    private static String uriOf(java.nio.file.Path folder) {
        String uri = folder.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static String camelCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
