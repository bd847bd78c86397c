package org.strengthslint.lexicon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strengthslint.api.Severity;

/**
 * The bundled lexicon in a compact binary form, written when the lexicon module is built from its
 * validated YAML. Reading it takes a few milliseconds where parsing the YAML takes a few hundred
 * at start-up; the YAML stays the source, and a test checks that both give the same lexicon.
 */
final class CompiledLexicon {
    /** Where the compiled form of the bundled lexicon lives on the class path. */
    public static final String RESOURCE = "org/strengthslint/lexicon/lexicon.bin";

    /** "SLX4": version 4 stores each entry's {@link Fit}; an older file is refused and the YAML read instead. */
    private static final int MAGIC = 0x534C5834; // "SLX4"

    private CompiledLexicon() {}

    /** Compiles the YAML lexicon on the class path into {@code args[0]}. Run by the lexicon module's build. */
    public static void main(String[] args) throws IOException {
        Lexicon lexicon =
                LexiconLoader.fromClassPath(CompiledLexicon.class.getClassLoader(), LexiconLoader.BUNDLED_INDEX);
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(lexicon, out);
        }
    }

    public static void write(Lexicon lexicon, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(MAGIC);
        out.writeInt(lexicon.categories().size());
        for (Category category : lexicon.categories().values()) {
            out.writeUTF(category.id());
            out.writeUTF(category.title());
            out.writeUTF(category.description());
        }
        out.writeInt(lexicon.sources().size());
        for (Map.Entry<String, String> source : lexicon.sources().entrySet()) {
            out.writeUTF(source.getKey());
            out.writeUTF(source.getValue());
        }
        out.writeInt(lexicon.size());
        for (LexiconEntry e : lexicon.entries()) {
            out.writeUTF(e.id());
            out.writeUTF(e.category());
            out.writeByte(e.severity().ordinal());
            writeList(out, e.patterns());
            out.writeInt(e.conditions().size());
            for (ConditionSpec condition : e.conditions()) {
                out.writeUTF(condition.key());
                writeList(out, condition.arguments());
            }
            writeList(out, e.suggestions());
            writeFit(out, e.fit());
            out.writeUTF(e.explanation());
            out.writeInt(e.principle());
            writeList(out, e.sources());
            writeList(out, e.flaggedExamples());
            writeList(out, e.cleanExamples());
            out.writeUTF(e.origin().file());
            out.writeInt(e.origin().line());
        }
        out.writeInt(lexicon.profiles().size());
        for (Profile profile : lexicon.profiles().values()) {
            out.writeUTF(profile.id());
            out.writeUTF(profile.description());
            writeSettings(out, profile.categories());
            writeSettings(out, profile.rules());
        }
        out.flush();
    }

    public static Lexicon read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a compiled strengths-lint lexicon");
        }
        Map<String, Category> categories = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            Category category = new Category(in.readUTF(), in.readUTF(), in.readUTF());
            categories.put(category.id(), category);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            sources.put(in.readUTF(), in.readUTF());
        }
        List<LexiconEntry> entries = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String id = in.readUTF();
            String category = in.readUTF();
            Severity severity = Severity.values()[in.readByte()];
            List<String> patterns = readList(in);
            List<ConditionSpec> conditions = new ArrayList<>();
            for (int c = in.readInt(); c > 0; c--) {
                conditions.add(new ConditionSpec(in.readUTF(), readList(in)));
            }
            entries.add(new LexiconEntry(
                    id,
                    category,
                    severity,
                    patterns,
                    conditions,
                    readList(in),
                    readFit(in),
                    in.readUTF(),
                    in.readInt(),
                    readList(in),
                    readList(in),
                    readList(in),
                    new LexiconEntry.Origin(in.readUTF(), in.readInt())));
        }
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            Profile profile = new Profile(in.readUTF(), in.readUTF(), readSettings(in), readSettings(in));
            profiles.put(profile.id(), profile);
        }
        return new Lexicon(categories, sources, entries, profiles);
    }

    private static void writeFit(DataOutputStream out, Fit fit) throws IOException {
        out.writeByte(fit.slot().ordinal());
        for (String form : new String[] {
            fit.one(), fit.many(), fit.verb(), fit.predicate(), fit.attributive(), fit.text(), fit.reason()
        }) {
            out.writeBoolean(form != null);
            if (form != null) {
                out.writeUTF(form);
            }
        }
        out.writeInt(fit.followedBy().size());
        for (Map.Entry<String, String> next : new java.util.TreeMap<>(fit.followedBy()).entrySet()) {
            out.writeUTF(next.getKey());
            out.writeUTF(next.getValue());
        }
    }

    private static Fit readFit(DataInputStream in) throws IOException {
        Fit.Slot slot = Fit.Slot.values()[in.readByte()];
        String[] forms = new String[7];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = in.readBoolean() ? in.readUTF() : null;
        }
        Map<String, String> followedBy = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            followedBy.put(in.readUTF(), in.readUTF());
        }
        return new Fit(slot, forms[0], forms[1], forms[2], followedBy, forms[3], forms[4], forms[5], forms[6]);
    }

    private static void writeSettings(DataOutputStream out, Map<String, RuleSetting> settings) throws IOException {
        out.writeInt(settings.size());
        for (RuleSetting setting : settings.values()) {
            out.writeUTF(setting.key());
            out.writeByte(setting.off() ? -1 : setting.severity().ordinal());
            out.writeInt(setting.line());
        }
    }

    private static Map<String, RuleSetting> readSettings(DataInputStream in) throws IOException {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String key = in.readUTF();
            byte level = in.readByte();
            settings.put(key, new RuleSetting(key, level < 0 ? null : Severity.values()[level], in.readInt()));
        }
        return settings;
    }

    private static void writeList(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(in.readUTF());
        }
        return values;
    }
}
