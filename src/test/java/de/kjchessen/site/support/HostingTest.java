package de.kjchessen.site.support;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that needs a real web server or SSH server on this machine (Apache httpd, sshd). Tagged "hosting":
 * the quick profile ({@code mvn -Pquick verify}) leaves these out, the full {@code mvn verify} runs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(HostingTest.TAG)
public @interface HostingTest {
    String TAG = "hosting";
}
