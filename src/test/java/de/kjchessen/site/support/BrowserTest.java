package de.kjchessen.site.support;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that drives the shared headless Chromium ({@link SiteBrowser}). Tagged "browser": the quick profile
 * ({@code mvn -Pquick verify}) leaves these out, the full {@code mvn verify} runs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(BrowserTest.TAG)
@ExtendWith(SiteBrowser.class)
public @interface BrowserTest {
    String TAG = "browser";
}
