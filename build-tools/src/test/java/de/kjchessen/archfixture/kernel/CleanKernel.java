package de.kjchessen.archfixture.kernel;

/** A kernel class as it should be: used by the subpackages, using none of them. */
public final class CleanKernel {

    public static String prefix() {
        return "fixture";
    }
}
