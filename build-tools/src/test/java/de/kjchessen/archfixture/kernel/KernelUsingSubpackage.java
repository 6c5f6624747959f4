package de.kjchessen.archfixture.kernel;

import de.kjchessen.archfixture.kernel.a.UsesB;

/** Deliberate violation for ArchitectureTest: a root (kernel) class that depends on a subpackage. */
public final class KernelUsingSubpackage {

    public String name() {
        return new UsesB().name();
    }
}
