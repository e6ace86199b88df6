package org.beamcat.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for a system test: Debian's headless chromium driven by Debian's chromedriver through
 * Selenium, with a fresh profile, saving PNG screenshots with the test reports. Usually obtained from
 * {@link BrowserExtension} (a test method's {@code Browser} parameter), which also saves the last page of a
 * failing test and always quits. Paths are resolved against the test domain ({@link Http#BASE}).
 *
 * <p>Both binaries are given explicitly, so Selenium Manager never runs (it would try to download a driver or a
 * browser: the machines have no network but the package registries).
 */
public final class Browser implements AutoCloseable {

    /** Debian's packages, which test.sh installs: chromium and chromium-driver. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Where screenshots go: beside failsafe's reports (system property set by system-tests/pom.xml). */
    public static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots.dir",
            "target/failsafe-reports/screenshots"));

    private static final Dimension DEFAULT_WINDOW = new Dimension(1280, 900);
    /** The tallest full-page screenshot: a very long page is cut there rather than making a huge image. */
    private static final int MAX_SCREENSHOT_HEIGHT = 6000;

    private final ChromeDriver driver;
    private final Path profile;
    private final String owner;

    private Browser(ChromeDriver driver, Path profile, String owner) {
        this.driver = driver;
        this.profile = profile;
        this.owner = owner;
    }

    /**
     * Starts a browser. {@code owner} names its screenshots ({@code <owner>-<name>.png}), usually the test
     * class's simple name.
     */
    public static Browser start(String owner) {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver (test.sh installs them: apt-get install -y chromium chromium-driver)");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("beamcat-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As platform-notes.md measured: without these, chromium as root does not start, or tries the network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + profile, "--window-size=" + DEFAULT_WINDOW.width + "," + DEFAULT_WINDOW.height,
                "--lang=en-GB");
        options.setPageLoadTimeout(Duration.ofSeconds(60));
        options.setScriptTimeout(Duration.ofSeconds(30));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), profile, owner);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    /** The Selenium driver, for anything this class does not wrap. */
    public WebDriver driver() {
        return driver;
    }

    /** Opens a path on the test domain (or a full URL) and waits until the page has loaded. */
    public Browser open(String pathOrUrl) {
        URI target = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : Http.BASE.resolve(pathOrUrl);
        driver.get(target.toString());
        return this;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The element with this HTML id (Faces ids included, e.g. {@code "mint:title"}). */
    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** Waits (at most {@code seconds}) until the condition gives a non-null, non-false value, and returns it. */
    public <T> T waitUntil(Function<WebDriver, T> condition, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(condition);
    }

    /** The element that has the keyboard focus now. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab (or Shift+Tab when {@code backwards}) as a keyboard user does, and returns what has focus then. */
    public WebElement tab(boolean backwards) {
        Actions keys = new Actions(driver);
        (backwards ? keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT) : keys.sendKeys(Keys.TAB)).perform();
        return focused();
    }

    public WebElement tab() {
        return tab(false);
    }

    /** Types into whatever has the focus (keys such as {@link Keys#ENTER} or {@link Keys#SPACE} included). */
    public Browser type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Runs a script in the page and returns its value (as Selenium converts it). */
    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * The HTTP status with which the browser loaded a resource of the current page (stylesheets, scripts,
     * images), from the Resource Timing API; 0 when the page did not load it.
     */
    public int resourceStatus(String urlPart) {
        Object status = script("const e = performance.getEntriesByType('resource')"
                + ".filter(r => r.name.includes(arguments[0])); return e.length ? e[0].responseStatus : 0;", urlPart);
        return status instanceof Number number ? number.intValue() : 0;
    }

    /** The page's status as the browser received it (Navigation Timing API), 0 if unknown. */
    public int pageStatus() {
        Object status = script("const n = performance.getEntriesByType('navigation');"
                + " return n.length ? n[0].responseStatus : 0;");
        return status instanceof Number number ? number.intValue() : 0;
    }

    /** Resizes the window, e.g. to a phone's 390 x 844 to look at the narrow layout. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /**
     * Saves a PNG of the whole current page (up to {@value #MAX_SCREENSHOT_HEIGHT} px tall) as
     * {@code <owner>-<name>.png} under {@link #SCREENSHOTS}, and returns its path.
     */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Object heights = script("return [Math.max(document.documentElement.scrollHeight,"
                    + " document.body ? document.body.scrollHeight : 0), window.innerHeight];");
            List<?> pageAndViewport = heights instanceof List<?> list ? list : List.of();
            int pageHeight = pageAndViewport.size() == 2 && pageAndViewport.get(0) instanceof Number page
                    ? page.intValue() : window.height;
            // Even headless, the window's outer height includes some browser chrome above the viewport.
            int chrome = pageAndViewport.size() == 2 && pageAndViewport.get(1) instanceof Number viewport
                    ? Math.max(0, window.height - viewport.intValue()) : 0;
            int wanted = Math.min(Math.max(pageHeight + chrome, window.height), MAX_SCREENSHOT_HEIGHT);
            if (wanted != window.height) {
                driver.manage().window().setSize(new Dimension(window.width, wanted));
            }
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(fileName(owner + "-" + name) + ".png");
            Files.write(target, png);
            return target.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!driver.manage().window().getSize().equals(window)) {
                driver.manage().window().setSize(window);
            }
        }
    }

    /** Quits the browser and its driver and removes the profile; safe to call twice. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    /** A name safe for a file: letters, digits, dot, dash and underscore; anything else becomes '_'. */
    static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() > 150 ? safe.substring(0, 150) : safe;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover profile in /tmp is harmless; the test's result matters more.
        }
    }
}
