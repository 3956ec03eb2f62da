package org.crossforce.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the npm package's script, as Deque's Selenium binding carries it) run on the page the
 * browser shows, against WCAG 2.0, 2.1 and 2.2 at levels A and AA. Every page checked is listed,
 * with what axe found, in target/accessibility/ so a failing run shows all violations at once.
 */
public final class Accessibility {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final List<String> pages = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private String axeVersion = "?";

    /** Checks the page now shown, named for the report. */
    public void check(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + page + ": " + results.getErrorMessage());
        }
        axeVersion = results.getTestEngine() == null ? axeVersion : results.getTestEngine().getVersion();
        pages.add(page + " (" + results.getPasses().size() + " rules passed, " + results.getViolations().size()
                + " violated)");
        for (Rule rule : results.getViolations()) {
            violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public int pagesChecked() {
        return pages.size();
    }

    /** Writes what was checked and found, and answers the file. */
    public Path report(String name) throws IOException {
        Path file = Files.createDirectories(Path.of("target", "accessibility")).resolve(name + ".txt");
        List<String> lines = new ArrayList<>();
        lines.add("axe-core " + axeVersion + ", rules tagged " + String.join(", ", WCAG_AA));
        lines.add(pages.size() + " pages checked, " + violations.size() + " violations");
        lines.addAll(pages.stream().map(p -> "  page: " + p).toList());
        lines.addAll(violations.stream().map(v -> "  VIOLATION " + v).toList());
        return Files.write(file, lines);
    }
}
