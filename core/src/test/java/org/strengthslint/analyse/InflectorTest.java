package org.strengthslint.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectorTest {
    @ParameterizedTest
    @CsvSource({
        "sleeper, sleeper sleepers sleepered sleepering",
        "engage, engage engages engaged engaging",
        "refuse, refuse refuses refused refusing",
        "bar, bar bars barred barring",
        "ban, ban bans banned banning",
        "claim, claim claims claimed claiming",
        "deny, deny denies denied denying",
        "apply, apply applies applied applying",
        "commit, commit commits committed committing",
        "person, person people persons",
        "seek, seek seeks sought seeking",
        "thief, thief thieves",
        "conman, conman conmans conmen conmaned conmaning",
        "address, address addresses addressed addressing",
        "need, need needs needed needing",
        "thing, thing things thinged thinging",
        "the, the",
        "entrenched, entrenched",
        "engaging, engaging"
    })
    void generatesTheInflectedForms(String word, String forms) {
        assertEquals(List.of(forms.split(" ")), List.copyOf(Inflector.forms(word)));
    }
}
