package de.kjchessen.site.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.Map;

/**
 * JUnit extension of every browser test (use {@link BrowserTest}): hands test constructors, tests and
 * {@code @BeforeAll} methods the one {@link Chromium} of the whole run, its {@link ChromeDriver}, and one
 * {@link SiteServer} over the built site (both started on first use, closed when the run ends: the root store closes
 * AutoCloseable values). Before and after each class the browser holds no cookies or storage; after each test it is
 * back to 1280 × 800 with scripts on and screen media, so no test inherits another's emulation.
 */
public final class SiteBrowser implements ParameterResolver, BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SiteBrowser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Chromium.class || type == ChromeDriver.class || type == SiteServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == SiteServer.class) {
            return context.getRoot().getStore(NS).getOrComputeIfAbsent("server",
                    k -> SiteServer.serve(GeneratedSite.built().root()), SiteServer.class);
        }
        Chromium chromium = context.getRoot().getStore(NS).getOrComputeIfAbsent("chromium", k -> Chromium.start(),
                Chromium.class);
        return type == ChromeDriver.class ? chromium.driver() : chromium;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium chromium = started(context);
        if (chromium != null) {
            reset(chromium);
            chromium.clearState();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Chromium chromium = started(context);
        if (chromium != null) {
            reset(chromium);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        beforeAll(context);
    }

    private static Chromium started(ExtensionContext context) {
        return context.getRoot().getStore(NS).get("chromium", Chromium.class);
    }

    private static void reset(Chromium chromium) {
        chromium.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        chromium.viewport(1280, 800);
    }
}
