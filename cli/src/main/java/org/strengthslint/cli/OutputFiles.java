package org.strengthslint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strengthslint.report.VisibleText;

/**
 * The files a check is asked to write (the report, further reports, a baseline), looked at before
 * any document is read, so that a mistyped path or a hostile one never costs an input: a report is
 * never written over a file being checked or read, two outputs never share a file, and no folder
 * is made outside the working folder unless the user made it (a report path such as
 * {@code /nonexistent/dir/x.json} is a mistake, not a request for new folders from the root).
 */
final class OutputFiles {
    /** One file to write, and what it is, for messages ("the report", "the baseline"). */
    record Output(String what, Path file) {}

    /** A file the check reads, and what it is ("one of the files being checked", "the baseline being read"). */
    record Read(String role, Path file) {}

    private OutputFiles() {}

    /**
     * The first problem with writing {@code outputs}, as one line, or null when there is none.
     *
     * @param reads         every file the check reads: the documents, the configuration, the baseline
     * @param workingFolder folders missing inside it may be made; outside it they must exist
     */
    static String problem(List<Output> outputs, List<Read> reads, Path workingFolder) {
        Map<Path, Output> seen = new HashMap<>();
        for (Output output : outputs) {
            Path absolute = output.file().toAbsolutePath().normalize();
            Output same = seen.putIfAbsent(absolute, output);
            if (same != null) {
                return "cannot write " + output.what() + " to " + shown(output.file()) + ": " + same.what()
                        + " is written there too";
            }
            if (Files.isDirectory(absolute)) {
                return "cannot write " + output.what() + " to " + shown(output.file()) + ": it is a folder";
            }
            String folder = folderProblem(absolute.getParent(), workingFolder);
            if (folder != null) {
                return "cannot write " + output.what() + " to " + shown(output.file()) + ": " + folder;
            }
        }
        List<Output> existing = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        for (Output output : outputs) {
            Object key = identity(output.file());
            if (key != null) {
                existing.add(output);
                keys.add(key);
            }
        }
        if (existing.isEmpty()) {
            return null; // a file that does not exist yet is not being read
        }
        for (Read read : reads) {
            Object key = identity(read.file());
            int at = key == null ? -1 : keys.indexOf(key);
            if (at >= 0) {
                Output output = existing.get(at);
                return "will not write " + output.what() + " to " + shown(output.file()) + ": it is " + read.role()
                        + " (choose another file)";
            }
        }
        return null;
    }

    /**
     * What stands for a file's identity: its file key (device and inode, so hard links and
     * symbolic links to the same file compare equal) or, where the system has none, its real path;
     * null when it does not exist.
     */
    private static Object identity(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return null;
            }
            Object key = attributes.fileKey();
            return key != null ? key : file.toRealPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Null when the folder exists or may be made; otherwise why not. */
    private static String folderProblem(Path folder, Path workingFolder) {
        if (folder == null || Files.isDirectory(folder)) {
            return null;
        }
        Path existing = folder.getParent();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return "folder " + shown(folder) + " does not exist";
        }
        try {
            Path here = workingFolder.toRealPath();
            if (existing.toRealPath().startsWith(here)) {
                return null; // inside the working folder: made when the report is written
            }
        } catch (IOException e) {
            // the working folder cannot be resolved: make nothing
        }
        return "folder " + shown(folder) + " does not exist";
    }

    private static String shown(Path file) {
        return VisibleText.escape(file.toString());
    }
}
