package org.gkml.catalog.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The page in a real browser: Debian's headless chromium driven through chromium-driver ({@code .ci/run} installs both
 * when a machine lacks them). A clerk uploads a saved web page and reads the verdict, converts it, compares two
 * versions; screenshots go to {@code target/screenshots}.
 */
class BrowserTest {

    static CatalogServer server;
    static WebDriver browser;
    static final Path SHOTS = Path.of("target/screenshots");

    @BeforeAll
    static void start() throws Exception {
        server = CatalogServer.start(new CatalogServer.Options("127.0.0.1", 0, 10 << 20));
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium"); // the Debian package: never a download by Selenium Manager
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, o);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The page's text once it shows {@code expected} (after a form is sent, the next page loads). */
    private static String once(String expected) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.WebDriverException.class) // the old page going while the new one loads
                .until(d -> {
                    String t = d.findElement(By.tagName("body")).getText();
                    return t.contains(expected) ? t : null;
                });
    }

    private static void shoot(String name) throws Exception {
        Path png = SHOTS.resolve(name + ".png");
        Files.write(png, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(png) > 5_000, "a screenshot with something on it: " + png);
    }

    @Test
    void aClerkUploadsAPage_readsTheVerdict_andComparesTwoVersions() throws Exception {
        browser.get(server.url());
        assertEquals("主动公开事项目录检查", browser.getTitle());
        assertEquals("drop", browser.findElement(By.tagName("html")).getDomAttribute("data-enhanced"), "the page's own script ran (drag and drop)");
        shoot("home");
        Path page = CatalogServerTest.PAGE.toAbsolutePath().normalize();
        browser.findElement(By.cssSelector("#validate input[type=file]")).sendKeys(page.toString());
        browser.findElement(By.cssSelector("#validate button")).click();
        String verdict = once("REQ-006");

        assertTrue(verdict.contains("未通过"), verdict);
        shoot("report");
        browser.findElement(By.linkText("← 返回")).click();
        once("比较两个版本");

        Path sample = CatalogServerTest.SAMPLE.toAbsolutePath().normalize();
        Path newer = Files.createTempFile("newer", ".json");
        try {
            Files.writeString(newer, Files.readString(sample).replace("\"method\": \"proactive\"", "\"method\": \"onRequest\""));
            browser.findElement(By.cssSelector("#diff input[name=old]")).sendKeys(sample.toString());
            browser.findElement(By.cssSelector("#diff input[name=new]")).sendKeys(newer.toString());
            browser.findElement(By.cssSelector("#diff button")).click();
            String changes = once("公开程度降低");
            assertTrue(changes.contains("依申请公开") && !changes.contains("onRequest"), changes);
            long width = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 1280, "the change table wraps to the 1,280-px window: " + width);
            shoot("diff");
        } finally {
            Files.deleteIfExists(newer);
        }

        browser.get(server.url() + "?lang=en");
        assertEquals("Disclosure catalog check", browser.getTitle());
        new Select(browser.findElement(By.name("action"))).selectByValue("validate");
        browser.findElement(By.cssSelector("#validate input[type=file]")).sendKeys(sample.toString());
        browser.findElement(By.cssSelector("#validate button")).click();
        assertTrue(once("Back").contains("valid"), "the English report");
    }
}
