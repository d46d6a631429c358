package org.redflag.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redflag.app.api.TestAds;
import org.redflag.app.api.TriageStatus;
import org.redflag.classifier.Element;

/**
 * The analyst's path through the dashboard in a real headless Chromium: paste a key, see the queue, open an ad,
 * see its evidence marked, dismiss it. Uses Debian's chromium and chromedriver; nothing is downloaded.
 */
class DashboardSeleniumIT {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final String HOSTILE_TITLE = "<img src=x onerror=\"document.title='pwned'\">Casino hosts";

    @TempDir
    Path profile;
    private ApiTestServer api;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(DRIVER), "chromedriver is not installed at " + DRIVER);
        api = new ApiTestServer();
        api.ads.add(
                TestAds.ad("top").title("Customer service abroad, 3000 USD")
                        .text("Customer service job in Sihanoukville. Visa and flight paid. Telegram only.")
                        .flagged(0.94)
                        .indicator("scam_role_abroad", Element.PURPOSE, "Customer service job in Sihanoukville")
                        .indicator("travel_paid", Element.ACT, "Visa and flight paid")
                        .indicator("messenger_only", Element.MEANS, "Telegram only").phones("+85512000000").build(),
                TestAds.ad("hostile").title(HOSTILE_TITLE).text("<script>document.title='pwned'</script> Hosts wanted.")
                        .flagged(0.61).build(),
                TestAds.ad("linked").platform("huarenjie").title("打字员 高薪").text("Same phone.").flagged(0.7)
                        .phones("+85512000000").build());
        api.start();
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options());
    }

    private ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        return options;
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void analystOpensAFlaggedAdSeesTheEvidenceMarkedAndDismissesIt() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(api.uri("/").toString());
        browser.findElement(By.id("api-key")).sendKeys(api.analystKey);
        browser.findElement(By.id("key-use")).click();

        List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ad-row"), 3));
        assertThat(rows.get(0).getText()).contains("Customer service abroad");
        assertThat(rows.get(2).getText()).contains(HOSTILE_TITLE);
        rows.get(0).click();

        WebElement purpose = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.el-purpose")));
        assertThat(purpose.getText()).startsWith("Customer service job in Sihanoukville");
        assertThat(browser.findElement(By.cssSelector("mark.el-act")).getText()).startsWith("Visa and flight paid");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("linked"), "打字员 高薪"));
        saveScreenshot("dashboard-ad.png");

        browser.findElement(By.cssSelector("button.dismiss")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Saved: dismissed"));
        assertThat(api.ads.expect("top").triage().status()).isEqualTo(TriageStatus.DISMISSED);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ad-row"), 2));
    }

    @Test
    void adTextIsShownAsTextNeverRunAsHtml() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(api.uri("/").toString());
        browser.findElement(By.id("api-key")).sendKeys(api.analystKey);
        browser.findElement(By.id("key-use")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".ad-row"), 3));
        browser.findElement(By.cssSelector(".ad-row[data-id='hostile']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Casino hosts"));

        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo(HOSTILE_TITLE);
        assertThat(browser.findElement(By.id("detail")).getText()).contains("<script>document.title='pwned'</script>");
        assertThat(browser.findElements(By.cssSelector("#detail img, #queue img, #detail script"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Redflag - analyst dashboard");
    }

    @Test
    void swaggerUiRendersEveryOperationUnderTheContentSecurityPolicy() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(api.uri("/api/docs").toString());

        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 18));
        saveScreenshot("api-docs.png");

        assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("Redflag API");
    }

    private void saveScreenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
