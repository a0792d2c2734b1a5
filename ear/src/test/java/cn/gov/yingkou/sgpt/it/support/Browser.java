package cn.gov.yingkou.sgpt.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through its own chromedriver. Both paths are given explicitly so that
 * Selenium never tries to download a driver, which cannot work on a closed network.
 */
public final class Browser implements AutoCloseable {

    public static final File CHROMIUM = new File(System.getProperty("sgpt.it.chromium", "/usr/bin/chromium"));
    public static final File CHROMEDRIVER = new File(System.getProperty("sgpt.it.chromedriver", "/usr/bin/chromedriver"));

    /** 210 mm less the print style's 12 mm margins, at the 96 CSS pixels an inch print layout uses. */
    private static final int A4_PRINTED_WIDTH_PX = 703;

    public final WebDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    private Browser(WebDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Skips the calling test, saying why, only where no Chromium is installed (.ci/run installs it). */
    public static Browser open() throws IOException {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver)");
        Path downloads = Files.createTempDirectory("sgpt-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The test servers' HTTPS certificates are self-signed, made at their first start.
        options.setAcceptInsecureCerts(true);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("sgpt-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), downloads);
    }

    /** Every demo account's password (README, demo accounts). */
    public static final String DEMO_PASSWORD = "Yingkou2026";

    public void signIn(String username, String password) {
        type("login:username", username);
        type("login:password", password);
        submit("login:submit");
    }

    public void signIn(String username) {
        signIn(username, DEMO_PASSWORD);
    }

    public void go(String path) {
        driver.get(Platform.BASE + path);
    }

    /** A page of another server than the suite's (a full URL). */
    public void goTo(String url) {
        driver.get(url);
    }

    public WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Picks a day in a PrimeFaces date picker as a user choosing it in the picker's calendar would: the picker shows it
     * in its field (yyyy-MM-dd) and sends it with the form. (Typing works too, but a calendar the typing opens stays
     * open until a click elsewhere, and then takes the keys typed next.)
     */
    public void pickDate(String pickerId, String day) {
        visible(pickerId + "_input");
        ((JavascriptExecutor) driver).executeScript("var d = arguments[1].split('-');"
                + " PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(+d[0], +d[1] - 1, +d[2]));", pickerId, day);
        wait.until(d -> day.equals(d.findElement(By.id(pickerId + "_input")).getDomProperty("value")));
    }

    public void type(String id, String text) {
        // A field an AJAX update has just replaced is found again.
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement field = visible(id);
            // Into the field as a user goes, with the mouse: a date picker's calendar left open elsewhere closes.
            try {
                field.click();
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                // Under another field's open calendar: typed into all the same.
            }
            field.clear();
            // Formatted inputs (numbers) keep their text through clear(): select it all and type over it.
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            return true;
        });
    }

    /** Clicks something that submits the page, and waits until the next page has replaced it and loaded. */
    public void submit(String id) {
        WebElement element = visible(id);
        element.click();
        wait.until(d -> gone(element));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Chromium reports an element of a replaced page either as stale or as "not in the document". */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }

    /** Clicks a button that downloads a file, and returns the file once the browser has saved it whole. */
    public Path download(String id, String suffix) {
        visible(id).click();
        // Chromium may name the file before it has written it: wait until nothing is in progress and the file has content.
        return wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> saved = files.toList();
                if (saved.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                for (Path file : saved) {
                    if (file.getFileName().toString().endsWith(suffix) && sizeOf(file) > 0) {
                        return file;
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A file's size; none for one moved away meanwhile (the browser renames its downloads as it finishes them). */
    private static long sizeOf(Path file) throws IOException {
        try {
            return Files.size(file);
        } catch (java.nio.file.NoSuchFileException moved) {
            return 0;
        }
    }

    /** How many files the browser has saved so far. */
    public long downloaded() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks something that sends an AJAX request, and waits until every request has come back. */
    public void click(String id) {
        settle();
        // Until an AJAX update has settled the button may be replaced or covered: try again.
        wait.ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(d -> {
                    visible(id).click();
                    return true;
                });
        settle();
    }

    /** Opens a PrimeFaces data table row's expansion (its row toggler has no id of its own). */
    public void expandRow(String tableId, int row) {
        settle();
        visible(tableId).findElement(By.cssSelector("tr[data-ri='" + row + "'] .ui-row-toggler")).click();
        settle();
    }

    /** Chooses a value of a PrimeFaces select menu as a user would, with its change event (and AJAX, if any). */
    public void select(String id, String value) {
        settle();
        visible(id);
        // selectValue is silent; triggerChange fires the change behaviours as a user's choice would.
        ((JavascriptExecutor) driver).executeScript("var menu = PrimeFaces.getWidgetById(arguments[0]);"
                + " menu.selectValue(arguments[1]); menu.triggerChange();", id, value);
        settle();
    }

    /** Chooses a file for the file input inside the element {@code containerId}. */
    public void attach(String containerId, java.nio.file.Path file) {
        visible(containerId).findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    /** Ticks or unticks a PrimeFaces checkbox that has no label, by clicking its box. */
    public void tick(String id) {
        settle();
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            visible(id).findElement(By.cssSelector(".ui-chkbox-box")).click();
            return true;
        });
    }

    /** Ticks or unticks a PrimeFaces checkbox by clicking its label. */
    public void clickLabelOf(String inputId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='" + inputId + "']"))).click();
    }

    /** Ticks or unticks the checkbox, within {@code containerId}, whose label contains {@code text}. */
    public void clickLabelContaining(String containerId, String text) {
        settle();
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            visible(containerId).findElements(By.tagName("label")).stream().filter(l -> l.getText().contains(text))
                    .findFirst().orElseThrow().click();
            return true;
        });
    }

    private void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)")));
    }

    /** Clicks a button that asks first, and answers the question: its text, once it is answered yes or no. */
    public String clickAndAnswer(String id, boolean yes) {
        click(id);
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        String question = dialog.getText();
        driver.findElement(By.id(yes ? "confirmation:yes" : "confirmation:no")).click();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        settle();
        return question;
    }

    /** Everything the page shows, for pages that are not the portal's own (the server's error pages). */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the element shows the text (after an AJAX update, say). */
    public void waitForText(String id, String text) {
        // An AJAX update can replace the element between finding it and reading it: look again.
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /** The element's text, empty when it shows nothing (an empty message area is not visible, so not waited for). */
    public String textIfAny(String id) {
        return driver.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public String text(String id) {
        return visible(id).getText();
    }

    /** What an input field holds. */
    public String value(String id) {
        return visible(id).getDomProperty("value");
    }

    /** The index of the first row of a PrimeFaces data table that shows the text, for ids like table:N:link. */
    public int rowOf(String tableId, String text) {
        List<WebElement> rows = visible(tableId).findElements(By.cssSelector("tbody > tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no row of " + tableId + " shows " + text);
    }

    /**
     * Whether the element, laid out for print on an A4 page in portrait (186 mm between the margins the portal's
     * print style sets), fits the page's width: nothing of it would be cut off at the paper's edge.
     */
    public boolean fitsPrintedWidth(String id) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", A4_PRINTED_WIDTH_PX, "height", 1000,
                "deviceScaleFactor", 1, "mobile", false));
        try {
            return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                    "const e = document.getElementById(arguments[0]);"
                            + "return document.documentElement.scrollWidth <= window.innerWidth"
                            + " && [e, ...e.querySelectorAll('*')].every(c => c.getBoundingClientRect().right <= window.innerWidth + 1);",
                    id));
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** The page printed on A4 as Chromium prints it (not shrunk to fit), as the PDF's text. */
    public String printA4Text() throws IOException {
        PrintOptions options = new PrintOptions();
        options.setPageSize(PageSize.ISO_A4);
        options.setShrinkToFit(false);
        byte[] pdf = OutputType.BYTES.convertFromBase64Png(((PrintsPage) driver).print(options).getContent());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
