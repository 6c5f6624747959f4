package de.kjchessen.site.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that hands every test the same {@link Chromium}: started on first use, closed when the
 * whole test run ends (the root store closes AutoCloseable values). Use it with
 * {@code @ExtendWith(SharedChromium.class)} and a {@code Chromium} parameter (also in {@code @BeforeAll}).
 */
public final class SharedChromium implements ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedChromium.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Chromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("chromium", k -> Chromium.start(), Chromium.class);
    }
}
