package org.strengthslint.data;

/**
 * A value from a file as an error message shows it: at most {@value #MAX} characters, with
 * control characters written as escapes, so a message stays one readable line however long or
 * strange the value is (and a long value from a hostile file is not printed whole).
 */
public final class Excerpt {
    /** The most characters of a value a message shows. */
    public static final int MAX = 60;

    private Excerpt() {}

    public static String of(String value) {
        return of(value, MAX);
    }

    /** As {@link #of(String)}, showing at most {@code max} characters. */
    public static String of(String value, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && i < max; i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > max) {
            out.append("... (").append(value.length()).append(" characters)");
        }
        return out.toString();
    }
}
