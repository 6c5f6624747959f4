package de.kjchessen.archfixture.kernel.a;

import de.kjchessen.archfixture.kernel.CleanKernel;
import de.kjchessen.archfixture.kernel.b.UsesA;

/** Deliberate violation for ArchitectureTest: package a uses package b, which uses a (a cycle). */
public final class UsesB {

    public String name() {
        return CleanKernel.prefix() + UsesA.name();
    }
}
