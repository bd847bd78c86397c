package org.strengthslint.analyse.opennlp;

import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, once, whichever thread asks: each model is loaded
 * only when a document first needs it (a document with no candidate term needs none).
 */
final class Lazy<T> {
    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                if (value == null) {
                    value = factory.get();
                }
                current = value;
            }
        }
        return current;
    }
}
