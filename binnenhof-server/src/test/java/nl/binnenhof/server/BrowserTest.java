package nl.binnenhof.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The web UI in a real browser: Debian's chromium, headless, driven through its chromedriver. It searches, opens an
 * actor page from a result, checks that the timeline chart and the network were drawn, and opens an article whose
 * text holds a script and HTML, which must show as text and never run.
 *
 * <p>Without chromium the test is skipped on a developer's machine, but fails in CI (CI=true), where .ci/run
 * installs it.
 */
class BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Selenium warns that it has no DevTools bindings for this chromium; the test does not use them. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        SELENIUM.setLevel(Level.SEVERE);
        Path chromium = executable("BINNENHOF_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = executable("BINNENHOF_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (chromium == null || chromedriver == null) {
            String missing = "chromium and chromedriver are needed for the browser test (apt-get install chromium "
                    + "chromium-driver, or set BINNENHOF_CHROMIUM and BINNENHOF_CHROMEDRIVER)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true: " + missing);
            }
            Assumptions.abort("skipped: " + missing);
        }
        profile = Files.createTempDirectory("binnenhof-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void searchThenAnActorPageWithItsChartAndNetwork(TestInfo test) {
        String base = TestServer.get().base.toString();
        try {
            driver.get(base + "#/");
            WebElement box = waitFor("the search box", () -> driver.findElement(By.id("search-q")));
            box.sendKeys("kabinet", Keys.ENTER);
            waitUntil("the hash to carry the query", () -> driver.getCurrentUrl().contains("q=kabinet"));
            List<WebElement> hits = waitFor("search results", () -> {
                List<WebElement> found = driver.findElements(By.cssSelector("#search-results .hit"));
                return found.isEmpty() ? null : found;
            });
            assertTrue(hits.size() > 1, "results for 'kabinet'");
            assertTrue(driver.findElement(By.cssSelector("#search-results .results-head")).getText()
                    .matches("(?s)\\d+ articles.*"));

            WebElement person = waitFor("a person in the results",
                    () -> driver.findElement(By.cssSelector("#search-results .hit .chip.person")));
            String name = person.getText();
            person.click();
            waitUntil("the actor page", () -> driver.getCurrentUrl().contains("#/actor/"));
            WebElement heading = waitFor("the actor's name", () -> driver.findElement(By.cssSelector(".profile-head h1")));
            assertEquals(name, heading.getText());

            waitFor("the timeline chart", () -> driver.findElement(
                    By.cssSelector("#timeline-chart[data-rendered='true'] canvas")));
            long painted = ((Number) js("const c = document.querySelector('#timeline-chart canvas');"
                    + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;")).longValue();
            assertTrue(painted > 2_000, "the chart drew bars, axes and labels: " + painted + " pixels painted");

            waitFor("the network", () -> driver.findElement(By.cssSelector("#profile-network[data-rendered='true']")));
            long nodes = ((Number) js("return document.querySelectorAll('#profile-network svg g.node circle').length;"))
                    .longValue();
            long lines = ((Number) js("return document.querySelectorAll('#profile-network svg line').length;"))
                    .longValue();
            assertTrue(nodes >= 2 && lines >= 1, "the network drew " + nodes + " nodes and " + lines + " lines");
            Object spread = js("const xs = [...document.querySelectorAll('#profile-network g.node')]"
                    + ".map(g => g.getBoundingClientRect().x); return Math.max(...xs) - Math.min(...xs);");
            assertTrue(((Number) spread).doubleValue() > 50, "the nodes were laid out, not piled up: " + spread);
            assertTrue(driver.findElement(By.cssSelector("#profile-network svg"))
                    .getText().contains(name), "labels are text in the SVG");
            assertNoErrorsInTheConsole();
        } catch (AssertionError | WebDriverException e) {
            screenshot(test);
            throw e;
        }
    }

    @Test
    void anArticleWithAScriptAndHtmlShowsThemAsTextAndRunsNothing(TestInfo test) {
        String base = TestServer.get().base.toString();
        try {
            driver.get(base + "#/article/" + TestServer.HOSTILE_ID);
            WebElement text = waitFor("the article text", () -> driver.findElement(By.id("article-text")));
            String shown = text.getText();
            assertTrue(shown.contains(TestServer.SCRIPT), "the script shows as text: " + shown);
            assertTrue(shown.contains(TestServer.BOLD), "the HTML shows as text: " + shown);
            assertTrue(shown.contains(TestServer.IMAGE), shown);
            assertTrue(driver.findElement(By.cssSelector(".article-head h1")).getText().contains(TestServer.BOLD),
                    "the headline too");
            assertEquals(0L, js("return document.querySelectorAll('#view script, #view img, #view b, #view iframe')"
                    + ".length;"), "no element was made from the article's markup");
            assertTrue(driver.findElements(By.cssSelector("a[href^='javascript']")).isEmpty(),
                    "no javascript: link, neither from the text nor from the source");

            driver.get(base + "#/quotes?q=antwoord&from=2024-05&to=2024-05");
            waitFor("the quote", () -> driver.findElement(By.cssSelector("#quote-results .quote")));
            assertTrue(driver.findElement(By.id("quote-results")).getText().contains(TestServer.SCRIPT));
            driver.get(base + "#/?q=plaatje");
            waitFor("the result", () -> driver.findElement(By.cssSelector("#search-results .hit")));
            assertTrue(driver.findElement(By.id("search-results")).getText().contains("<img"));

            assertEquals(0L, js("return document.querySelectorAll('#view img').length;"));
            assertEquals(null, js("return window.__binnenhofXss === undefined ? null : window.__binnenhofXss;"),
                    "the article's script did not run");
            try {
                driver.switchTo().alert();
                fail("an alert opened: the article's script ran");
            } catch (NoAlertPresentException expected) {
                // nothing ran
            }
        } catch (AssertionError | WebDriverException e) {
            screenshot(test);
            throw e;
        }
    }

    @Test
    void aDossierShowsItsTimelineAndWhoStandsWhere(TestInfo test) {
        TestServer server = TestServer.get();
        String id = server.migrationDossier();
        try {
            driver.get(server.base + "#/dossiers?minArticles=1");
            waitFor("the dossier list", () -> driver.findElement(By.cssSelector("#dossier-results .dossier-card")));
            driver.get(server.base + "#/dossier/" + id);
            waitFor("the timeline", () -> driver.findElement(By.cssSelector("#dossier-timeline li.event")));
            assertTrue(driver.findElements(By.cssSelector("#dossier-timeline li.event")).size() >= 3);
            assertTrue(driver.findElements(By.cssSelector("#position-matrix td.stance")).size() >= 1,
                    "the position matrix has marked cells");
            assertFalse(driver.findElement(By.id("position-matrix")).getText().isBlank());
            assertNoErrorsInTheConsole();
        } catch (AssertionError | WebDriverException e) {
            screenshot(test);
            throw e;
        }
    }

    private static void assertNoErrorsInTheConsole() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertTrue(errors.isEmpty(), "errors in the browser console (a script error or a blocked resource): " + errors);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static <T> T waitFor(String what, Supplier<T> probe) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (WebDriverException e) {
                last = e;
            }
            sleep();
        }
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + " in " + driver.getCurrentUrl(), last);
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) {
        waitFor(what, () -> condition.get() ? Boolean.TRUE : null);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps what the browser showed when a test failed, in target/, for the CI log's reader. */
    private static void screenshot(TestInfo test) {
        try {
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Path target = Path.of("target", "browser-" + test.getTestMethod().map(m -> m.getName()).orElse("test")
                    + ".png");
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            System.err.println("BrowserTest: screenshot of the failure in " + target.toAbsolutePath());
        } catch (IOException | WebDriverException e) {
            System.err.println("BrowserTest: no screenshot: " + e.getMessage());
        }
    }

    private static Path executable(String variable, String standard) {
        String configured = System.getenv(variable);
        Path path = Path.of(configured != null && !configured.isBlank() ? configured : standard);
        return Files.isExecutable(path) ? path : null;
    }
}
