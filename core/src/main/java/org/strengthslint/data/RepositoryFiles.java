package org.strengthslint.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads the files a repository controls and the tool obeys: the configuration, the organisation's
 * lexicon files and the baseline. In CI these come from whoever opened the pull request, so each
 * is read only when it is a regular file (never a pipe, device, socket or folder, which could
 * block or never end), no larger than its limit, and, when its path was written inside the
 * repository rather than on the command line, only when it lies inside the folder it must stay
 * in, after following symbolic links. Anything else is refused before the file is opened, and
 * the refusal never shows the file's content.
 */
public final class RepositoryFiles {
    /** The largest configuration file read: real ones are a few hundred bytes. */
    public static final long CONFIGURATION_LIMIT = 1L << 20;
    /** The largest lexicon file read: the bundled lexicon's largest file is about 60 KB. */
    public static final long LEXICON_LIMIT = 4L << 20;
    /** The largest baseline read: about 300 bytes a finding, so room for 100,000 findings. */
    public static final long BASELINE_LIMIT = 32L << 20;

    private RepositoryFiles() {}

    /** What is being read, for messages ("configuration file"), and how large it may be. */
    public record Kind(String name, long limit) {
        public static final Kind CONFIGURATION = new Kind("configuration file", CONFIGURATION_LIMIT);
        public static final Kind LEXICON = new Kind("lexicon file", LEXICON_LIMIT);
        public static final Kind BASELINE = new Kind("baseline file", BASELINE_LIMIT);
    }

    /**
     * Reads a file named by the person running the tool (on the command line or through the API):
     * symbolic links are followed wherever they lead, since that person chose the path.
     */
    public static String readNamed(Path file, Kind kind) {
        return Utf8Text.decode(bytes(file, file, kind), file.toString());
    }

    /**
     * Reads a file whose path was written inside the repository (a configuration found beside the
     * documents, a lexicon named in it): it and whatever its links lead to must be inside
     * {@code folder}.
     */
    public static String readInside(Path file, Path folder, Kind kind) {
        String problem = insideProblem(file, folder, kind);
        if (problem != null) {
            throw new InvalidDataException(file.toString(), 0, kind.name() + " " + problem);
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new InvalidDataException(file.toString(), 0, kind.name() + " " + cannotRead(e));
        }
        return Utf8Text.decode(bytes(file, real, kind), file.toString());
    }

    /**
     * Why a file named inside the repository may not be read from {@code folder}, in words that
     * never show its content and follow the file's name ("does not exist", "is a folder ..."); null
     * when it may be read. Nothing is opened.
     */
    public static String insideProblem(Path file, Path folder, Kind kind) {
        Path absoluteFolder = folder.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(absoluteFolder)) {
            return "is outside the folder " + absoluteFolder + ", and a " + kind.name()
                    + " named in the repository must be inside it";
        }
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return cannotRead(e);
        }
        Path real;
        Path realFolder;
        try {
            real = absolute.toRealPath();
            realFolder = absoluteFolder.toRealPath();
        } catch (IOException e) {
            return own.isSymbolicLink() ? "is a symbolic link to something that does not exist" : cannotRead(e);
        }
        if (!real.startsWith(realFolder)) {
            return "is a symbolic link (or inside one) to a place outside the folder " + absoluteFolder + ", and a "
                    + kind.name() + " named in the repository must be inside it";
        }
        return typeProblem(real, kind);
    }

    /** Why {@code file} (links followed) is not a regular file within the size limit, or null. */
    private static String typeProblem(Path file, Kind kind) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return cannotRead(e);
        }
        if (attributes.isDirectory()) {
            return "is a folder, not a file";
        }
        if (!attributes.isRegularFile()) {
            return "is not a regular file (a pipe, device or socket), so it is not read";
        }
        if (attributes.size() > kind.limit()) {
            return "is larger than the limit (" + attributes.size() + " bytes; at most " + describeSize(kind.limit())
                    + " for a " + kind.name() + ")";
        }
        return null;
    }

    /**
     * The file's bytes, at most the limit. The type is checked before opening, so opening never
     * blocks on a pipe; the read stops one byte past the limit in case the file grew meanwhile.
     */
    private static byte[] bytes(Path named, Path file, Kind kind) {
        String problem = typeProblem(file, kind);
        if (problem != null) {
            throw new InvalidDataException(named.toString(), 0, kind.name() + " " + problem);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) kind.limit() + 1);
            if (bytes.length > kind.limit()) {
                throw new InvalidDataException(
                        named.toString(),
                        0,
                        kind.name() + " is larger than the limit (at most " + describeSize(kind.limit()) + " for a "
                                + kind.name() + ")");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidDataException(named.toString(), 0, kind.name() + " " + cannotRead(e));
        } catch (OutOfMemoryError e) {
            throw new InvalidDataException(
                    named.toString(), 0, kind.name() + " is too large to read in the memory " + "available");
        }
    }

    /** A reason in words for an I/O failure, to follow a file's name; never the exception's class name. */
    static String cannotRead(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        String reason = e.getMessage() == null ? "input/output error" : e.getMessage();
        return "cannot be read: " + Excerpt.of(reason);
    }

    /** 1048576 as "1 MB". */
    static String describeSize(long bytes) {
        if (bytes % (1L << 20) == 0) {
            return bytes / (1L << 20) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%d bytes", bytes);
    }
}
