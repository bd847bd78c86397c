package org.strengthslint.analyse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormHashesTest {
    @Test
    void findsEveryFormItWasGivenAndNotOthers() {
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            forms.add("form" + i);
        }
        FormHashes table = FormHashes.of(forms);
        for (String form : forms) {
            assertTrue(table.mightContain(form.hashCode()), form);
        }
        for (int i = 1000; i < 2000; i++) {
            assertFalse(table.mightContain(("form" + i).hashCode()), "form" + i);
        }
    }

    @Test
    void anEmptySetHoldsNothing() {
        assertFalse(FormHashes.of(List.of()).mightContain("chaotic".hashCode()));
    }
}
