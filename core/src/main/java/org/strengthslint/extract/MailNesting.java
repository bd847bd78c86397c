package org.strengthslint.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * How deeply an e-mail's parts are nested, looked at before Tika reads it. The MIME reader Tika
 * uses reads each level of nesting through the level around it, so a message nested 15,000
 * levels deep runs the reading thread out of stack, and where exactly that happens depends on
 * how much of the code the JVM has compiled by then: the same message was read on one run and
 * reported damaged on the next. Counted here with the same reader, which stops at the limit long
 * before the stack is at risk, the same message always gives the same answer.
 */
final class MailNesting {
    /** Levels of multipart nesting allowed; real messages, forwarded many times over, have a few. */
    static final int MAX_DEPTH = 100;

    private MailNesting() {}

    /** Throws {@link ExtractionStopped} when the message's parts are nested more than {@link #MAX_DEPTH} levels deep. */
    static void check(InputStream message) throws IOException {
        // no limits on lines or headers: where Tika's reader would fail on them, it fails by itself
        MimeConfig config = MimeConfig.custom()
                .setMaxLineLen(-1)
                .setMaxHeaderLen(-1)
                .setMaxHeaderCount(-1)
                .setMaxContentLen(-1)
                .build();
        MimeTokenStream tokens = new MimeTokenStream(config);
        // as Tika reads messages: an attached message is one part, not opened
        tokens.setRecursionMode(RecursionMode.M_NO_RECURSE);
        tokens.parse(message);
        int depth = 0;
        try {
            for (EntityState state = tokens.getState(); state != EntityState.T_END_OF_STREAM; state = tokens.next()) {
                if (state == EntityState.T_START_MULTIPART && ++depth > MAX_DEPTH) {
                    throw new ExtractionStopped(
                            "damaged: its parts are nested more than " + MAX_DEPTH + " levels deep");
                } else if (state == EntityState.T_END_MULTIPART) {
                    depth--;
                }
            }
        } catch (MimeException notMime) {
            // not for this check to judge: Tika reads it and gives the reason
        }
    }
}
