package org.strengthslint.match;

/**
 * {@code reportsSpeech: true}: flag only when the verb brings in what someone says ("he claims he
 * paid", "she claimed the patches don't work", "claims to have", "or so he insists", "'...,'
 * claims Kadir"), not a thing claimed or asked for ("claim a room", "claimed her benefits",
 * "insisted on a meeting"). Doubt lies in reporting a person's account as a claim, not in claiming
 * something; and in the press's "the minister claimed", "campaigners insist" the verb is plain
 * attribution of a public statement.
 */
final class ReportsSpeechCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when it brings in what someone says, not a public figure's or a body's statement";
    }

    @Override
    public Verdict test(Candidate c) {
        Context context = c.context();
        int inverted = context.subjectAfterQuotation(c.from(), c.to(), c.last());
        if (inverted >= 0) {
            return Verdict.of(context.privateVoice(inverted, c.first(), c.last())); // "'...,' claims Kadir"
        }
        return Verdict.of(context.bringsInSpeech(c.to(), c.last()) && !context.saidByAPublicVoice(c.from(), c.first()));
    }
}
