package org.strengthslint.extract;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Removes from an RTF file what the reader does not see in the final document, before Tika reads
 * it: text deleted under tracked changes ({@code \deleted}) and comments ({@code \annotation}
 * and the author, date and anchor groups around it). Everything else is copied unchanged.
 */
final class RtfRevisions {
    /** Destinations that belong to a comment. */
    private static final Set<String> COMMENT_GROUPS = Set.of(
            "annotation",
            "atnid",
            "atnauthor",
            "atndate",
            "atnref",
            "atrfstart",
            "atrfend",
            "atnparent",
            "atnicn",
            "atntime");

    private RtfRevisions() {}

    static byte[] strip(byte[] rtf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rtf.length);
        Deque<Boolean> deletedStack = new ArrayDeque<>();
        Deque<Boolean> footnoteStack = new ArrayDeque<>();
        boolean deleted = false;
        int n = rtf.length;
        int i = 0;
        int skipToUnicodeFallback = 0;
        while (i < n) {
            byte b = rtf[i];
            if (b == '{') {
                String destination = destinationAt(rtf, i + 1);
                if (destination != null && COMMENT_GROUPS.contains(destination)) {
                    i = skipGroup(rtf, i);
                    continue;
                }
                deletedStack.push(deleted);
                if ("footnote".equals(destination)) {
                    // Tika skips \*\footnote groups: make the footnote a paragraph of its own instead
                    int at = rtf[i + 1] == '\\' && i + 2 < n && rtf[i + 2] == '*' ? i + 3 : i + 1;
                    out.writeBytes("{\\par ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    i = controlEnd(rtf, at);
                    footnoteStack.push(true);
                    continue;
                }
                footnoteStack.push(false);
                out.write(b);
                i++;
            } else if (b == '}') {
                deleted = deletedStack.isEmpty() ? false : deletedStack.pop();
                if (!footnoteStack.isEmpty() && footnoteStack.pop()) {
                    out.writeBytes("\\par ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                out.write(b);
                i++;
            } else if (b == '\\') {
                int end = controlEnd(rtf, i);
                String word = controlWord(rtf, i, end);
                if (word != null) {
                    String name = word.replaceAll("-?\\d+$", "");
                    String param = word.substring(name.length());
                    if (name.equals("deleted")) {
                        deleted = param.isEmpty() || !param.equals("0");
                    } else if (name.equals("plain")) {
                        deleted = false;
                    } else if (name.equals("chatn")) {
                        i = end;
                        continue;
                    } else if (name.equals("bin") && !param.isEmpty()) {
                        int length = Integer.parseInt(param);
                        out.write(rtf, i, Math.min(n, end + Math.max(0, length)) - i);
                        i = Math.min(n, end + Math.max(0, length));
                        continue;
                    }
                    if (deleted && name.equals("u")) {
                        i = end;
                        skipToUnicodeFallback = 1;
                        continue;
                    }
                    if (deleted
                            && (name.equals("tab")
                                    || name.equals("emdash")
                                    || name.equals("endash")
                                    || name.equals("lquote")
                                    || name.equals("rquote")
                                    || name.equals("ldblquote")
                                    || name.equals("rdblquote")
                                    || name.equals("bullet"))) {
                        i = end;
                        continue;
                    }
                    out.write(rtf, i, end - i);
                    i = end;
                } else {
                    // a control symbol: \' hex escape, \~ \- \_ and escaped braces and backslash
                    if (deleted) {
                        i = end;
                        continue;
                    }
                    out.write(rtf, i, end - i);
                    i = end;
                }
            } else if (deleted && b != '\r' && b != '\n') {
                i++; // deleted text
            } else if (skipToUnicodeFallback > 0 && b != '\r' && b != '\n') {
                skipToUnicodeFallback--;
                i++;
            } else {
                out.write(b);
                i++;
            }
            if (b != '\\') {
                skipToUnicodeFallback = 0;
            }
        }
        return out.toByteArray();
    }

    /** The destination of a group starting at {@code at} (just after '{'): {@code \*\name} or {@code \name}. */
    private static String destinationAt(byte[] rtf, int at) {
        int i = at;
        while (i < rtf.length && (rtf[i] == '\r' || rtf[i] == '\n')) {
            i++;
        }
        if (i + 1 < rtf.length && rtf[i] == '\\' && rtf[i + 1] == '*') {
            i += 2;
            while (i < rtf.length && (rtf[i] == '\r' || rtf[i] == '\n' || rtf[i] == ' ')) {
                i++;
            }
        }
        if (i < rtf.length && rtf[i] == '\\') {
            String word = controlWord(rtf, i, controlEnd(rtf, i));
            return word == null ? null : word.replaceAll("-?\\d+$", "");
        }
        return null;
    }

    /** The index after the group that starts at {@code at}. */
    private static int skipGroup(byte[] rtf, int at) {
        int depth = 0;
        int i = at;
        while (i < rtf.length) {
            byte b = rtf[i];
            if (b == '\\') {
                i = controlEnd(rtf, i);
                continue;
            }
            if (b == '{') {
                depth++;
            } else if (b == '}') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return i;
    }

    /** The index after the control word or symbol at {@code at} (which holds a backslash), including one space delimiter. */
    private static int controlEnd(byte[] rtf, int at) {
        int i = at + 1;
        if (i >= rtf.length) {
            return i;
        }
        if (!isLetter(rtf[i])) {
            if (rtf[i] == '\'') {
                return Math.min(rtf.length, i + 3);
            }
            return i + 1;
        }
        while (i < rtf.length && isLetter(rtf[i])) {
            i++;
        }
        if (i < rtf.length && (rtf[i] == '-' || isDigit(rtf[i]))) {
            i++;
            while (i < rtf.length && isDigit(rtf[i])) {
                i++;
            }
        }
        if (i < rtf.length && rtf[i] == ' ') {
            i++;
        }
        return i;
    }

    /** The control word (letters and parameter) at {@code at}, or null for a control symbol. */
    private static String controlWord(byte[] rtf, int at, int end) {
        if (at + 1 >= rtf.length || !isLetter(rtf[at + 1])) {
            return null;
        }
        int stop = end;
        if (stop > at && rtf[stop - 1] == ' ') {
            stop--;
        }
        return new String(rtf, at + 1, stop - at - 1, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static boolean isLetter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
