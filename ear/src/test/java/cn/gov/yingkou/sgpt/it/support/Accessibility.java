package cn.gov.yingkou.sgpt.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (Deque's accessibility engine) run in the page the browser shows, against WCAG 2.0 A and AA, which
 * GB/T 37668-2019 follows. The engine is not served by any Maven repository: `.ci/run` fetches the pinned release
 * with npm into {@link #AXE}; where it is missing the checks are skipped, saying so.
 */
public final class Accessibility {

    public static final String VERSION = "4.14.1";
    static final Path AXE = Path.of(System.getProperty("sgpt.it.axe", System.getProperty("user.home")
            + "/.cache/sgpt/axe-core-" + VERSION + "/axe.min.js"));

    private Accessibility() {
    }

    /** One rule a page breaks, with how bad axe judges it and the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + targets;
        }
    }

    /** The page's serious and critical violations of WCAG 2.0 A/AA. */
    @SuppressWarnings("unchecked")
    public static List<Violation> seriousViolations(Browser browser) throws IOException {
        Assumptions.assumeTrue(Files.isReadable(AXE), "Accessibility checks skipped: no " + AXE + " (.ci/run fetches it: "
                + "npm pack axe-core@" + VERSION + ", then its package/axe.min.js there)");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript(Files.readString(AXE));
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}, resultTypes: ['violations']})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({rule: v.id, impact: v.impact, help: v.help,"
                + " targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), targets: []}]));");
        return ((List<Map<String, Object>>) result).stream().map(v -> new Violation((String) v.get("rule"),
                (String) v.get("impact"), (String) v.get("help"), (List<String>) v.get("targets"))).toList();
    }
}
