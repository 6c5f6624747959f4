package de.kjchessen.build;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of build-tools: packages named after the pipeline's steps, no package cycle, and a small kernel in
 * the root package (Problem, Report, SiteConfig, SiteUrls, …) that depends on no subpackage. The same rules run
 * over a fixture with a deliberate cycle and a kernel that imports a subpackage, to prove they can fail.
 * ArchUnit reads byte code, where javac has inlined constants ({@code static final String}); the same two rules
 * therefore also run over the import lines of the sources.
 */
class ArchitectureTest {

    private static final String ROOT = "de.kjchessen.build";
    private static final String FIXTURE = "de.kjchessen.archfixture.kernel";

    /** Subpackages of {@code root} (first level) must not depend on each other in a cycle. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Classes directly in {@code root} must not use any class of a subpackage. */
    static ArchRule kernelIndependent(String root) {
        DescribedPredicate<JavaClass> inSubpackage = DescribedPredicate.describe("reside in a subpackage of " + root,
                c -> c.getPackageName().startsWith(root + "."));
        return noClasses().that().resideInAPackage(root)
                .should().dependOnClassesThat(inSubpackage);
    }

    private static JavaClasses mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void buildToolsHasNoPackageCycle() {
        JavaClasses classes = mainClasses();
        assertFalse(classes.isEmpty(), "no classes of " + ROOT + " imported");
        noCycles(ROOT).check(classes);
    }

    @Test
    void rootKernelImportsNoSubpackage() {
        JavaClasses classes = mainClasses();
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().equals(ROOT)), "no kernel class imported");
        kernelIndependent(ROOT).check(classes);
    }

    @Test
    void packagesReadAsThePipeline() {
        Set<String> packages = mainClasses().stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT + ".")).map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("bake", "content", "data", "events", "finder", "hosting", "jobcenter",
                "languages", "news", "pictures", "preview", "validate")), packages);
    }

    @Test
    void rulesReportTheFixturesViolations() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
        assertFalse(fixture.isEmpty(), "fixture not imported");

        EvaluationResult cycles = noCycles(FIXTURE).evaluate(fixture);
        assertTrue(cycles.hasViolation(), "the cycle a -> b -> a was not reported");
        String cycleReport = String.join("\n", cycles.getFailureReport().getDetails());
        assertTrue(cycleReport.contains(FIXTURE + ".a.UsesB") && cycleReport.contains(FIXTURE + ".b.UsesA"), cycleReport);

        EvaluationResult kernel = kernelIndependent(FIXTURE).evaluate(fixture);
        assertTrue(kernel.hasViolation(), "the kernel class importing a subpackage was not reported");
        String kernelReport = String.join("\n", kernel.getFailureReport().getDetails());
        assertTrue(kernelReport.contains(FIXTURE + ".KernelUsingSubpackage"), kernelReport);
        assertFalse(kernelReport.contains(FIXTURE + ".CleanKernel"), kernelReport);
    }

    /** First-level package ("" for the root) → first-level packages it names in imports or qualified names. */
    static Map<String, Set<String>> sourceGraph(Path sourceRoot, String root) {
        Path dir = sourceRoot.resolve(root.replace('.', '/'));
        Pattern reference = Pattern.compile("\\b" + Pattern.quote(root) + "\\.([a-z]\\w*)\\.");
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path rel = dir.relativize(file);
                String slice = rel.getNameCount() == 1 ? "" : rel.getName(0).toString();
                Set<String> uses = graph.computeIfAbsent(slice, k -> new TreeSet<>());
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = reference.matcher(line);
                    while (m.find()) {
                        if (!m.group(1).equals(slice)) {
                            uses.add(m.group(1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** A cycle of the graph as "a -> b -> a", if there is one. */
    static Optional<String> cycle(Map<String, Set<String>> graph) {
        for (String start : graph.keySet()) {
            Optional<String> found = cycleFrom(graph, start, new ArrayList<>(List.of(start)));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> cycleFrom(Map<String, Set<String>> graph, String at, List<String> path) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(path.get(0))) {
                return Optional.of(String.join(" -> ", path) + " -> " + next);
            }
            if (!path.contains(next) && next.compareTo(path.get(0)) > 0) {
                path.add(next);
                Optional<String> found = cycleFrom(graph, next, path);
                if (found.isPresent()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return Optional.empty();
    }

    @Test
    void sourcesHaveNoPackageCycleAndAnIndependentKernel() {
        Map<String, Set<String>> graph = sourceGraph(Path.of("src/main/java"), ROOT);
        assertTrue(graph.size() > 1, "no packages found: " + graph);
        assertEquals(Optional.empty(), cycle(graph));
        assertEquals(Set.of(), graph.get(""), "the root kernel names subpackages");
    }

    @Test
    void sourceRulesReportTheFixturesViolations() {
        Map<String, Set<String>> graph = sourceGraph(Path.of("src/test/java"), FIXTURE);
        assertEquals(Optional.of("a -> b -> a"), cycle(graph));
        assertEquals(Set.of("a"), graph.get(""));
    }
}
