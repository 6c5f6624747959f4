package de.kjchessen.archfixture.kernel.b;

import de.kjchessen.archfixture.kernel.a.UsesB;

/** Deliberate violation for ArchitectureTest: the back edge of the cycle a -> b -> a. */
public final class UsesA {

    public static String name() {
        return "a";
    }

    public UsesB partner() {
        return new UsesB();
    }
}
