package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dramagraph.bench.StoryBuilder;
import org.dramagraph.fact.Fact;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.mention.MentionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser: Debian's headless Chromium driven by its chromedriver (never a downloaded one).
 * Each step leaves a screenshot in {@code target/screenshots}. Skipped where Chromium is not installed; CI
 * installs it (see {@code .ci/run}).
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static TestSite site;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed");
        site = new TestSite(dir);
        thumbnail(site, "harbor-lights-cast", 0, "harbor.png");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")),
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    /** Gives a stored photo a thumbnail, as {@code ingest --thumbnails} would, drawn here: a plain picture. */
    private static void thumbnail(TestSite site, String article, int position, String file) throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2b4a6f));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(0xf2c14e));
        g.fillOval(200, 30, 70, 70);
        g.dispose();
        ImageIO.write(image, "png", site.thumbnails.resolve(file).toFile());
        try (GraphStore graph = GraphStore.open(site.store)) {
            assertThat(graph.setThumbnail(article, position, file)).isTrue();
        }
    }

    private static void open(String path) {
        browser.get(site.base() + path);
    }

    private static void shot(String name) throws IOException {
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A screenshot with the co-star network scrolled into view. */
    private static void networkShot(String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('network').scrollIntoView()");
        shot(name);
    }

    private static WebElement link(String css, String text) {
        return browser.findElements(By.cssSelector(css)).stream().filter(e -> e.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link " + css + " saying " + text));
    }

    @Test
    void fromHomeToAPersonToAWorkToTheArticleWithTheEvidenceHighlighted() throws IOException {
        open("/");
        shot("01-home");
        link("ol.people a", "Moon Seo-jin").click();
        wait.until(ExpectedConditions.titleContains("Moon Seo-jin"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).startsWith("Moon Seo-jin");
        shot("02-person");

        link("li.role > a.work", "Harbor Lights").click();
        wait.until(ExpectedConditions.titleContains("Harbor Lights"));
        assertThat(browser.findElements(By.cssSelector("table.cast tbody tr"))).hasSize(2);
        shot("03-work");

        WebElement writer = browser.findElement(By.cssSelector("#credits li.fact a.source"));
        String target = writer.getAttribute("href");
        writer.click();
        wait.until(ExpectedConditions.urlContains("/articles/harbor-lights-cast#s"));
        WebElement mark = browser.findElement(By.cssSelector("mark.evidence:target"));
        assertThat(browser.getCurrentUrl()).isEqualTo(target);
        assertThat(mark.getText()).isEqualTo("Oh Min-ji wrote Harbor Lights.");
        assertThat(mark.getCssValue("background-color")).isEqualTo("rgba(255, 241, 168, 1)");
        assertThat(browser.findElements(By.cssSelector(".text a.mention"))).isNotEmpty();
        shot("04-article-evidence");
    }

    @Test
    void aPersonPageShowsTheirPhotosAndMarksUnconfirmedFacts() throws IOException {
        String moon = TestSite.json(site.get("/api/search?type=person&q=moon")).at("/items/0/url").asText();
        open(moon);
        List<WebElement> photos = browser.findElements(By.cssSelector("#photos figure"));
        assertThat(photos).hasSize(2);
        WebElement thumb = photos.get(1).findElement(By.tagName("img"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", thumb);
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", thumb));
        assertThat(thumb.getAttribute("src")).endsWith("/thumbnails/harbor.png");
        assertThat(photos.get(1).findElement(By.cssSelector(".people")).getText()).contains("Moon Seo-jin", "Baek Do-yun");
        assertThat(photos.get(1).findElement(By.cssSelector(".credit")).getText()).isEqualTo("Photo: Example Studio");
        shot("03a-person-photos");

        WebElement unsure = browser.findElement(By.cssSelector("li.fact.unconfirmed"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", unsure);
        assertThat(unsure.findElement(By.cssSelector(".badge.unconfirmed")).isDisplayed()).isTrue();
        assertThat(unsure.getText()).contains("plays Kang Ha-ri");
        shot("03b-person-unconfirmed");
    }

    @Test
    void aSearchFindsAPersonBySpellingAndFiltersByKind() throws IOException {
        open("/");
        WebElement box = browser.findElement(By.cssSelector("header form.search input[name=q]"));
        box.sendKeys("moon seojin");
        box.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits")));
        List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits > li"));
        assertThat(hits.get(0).getAttribute("class")).contains("person");
        assertThat(hits.get(0).findElement(By.tagName("a")).getText()).isEqualTo("Moon Seo-jin");
        shot("05-search");

        browser.findElement(By.cssSelector("nav.facets a[data-kind=article]")).click();
        wait.until(ExpectedConditions.urlContains("type=article"));
        assertThat(browser.findElements(By.cssSelector("ol.hits > li.article"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("ol.hits .snippet mark"))).isNotEmpty();
        shot("06-search-articles");
    }

    @Test
    void aCommentWithAScriptIsShownAsText() throws IOException {
        open("/articles/moon-seo-jin-interview");
        String payload = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">";
        browser.findElement(By.cssSelector(".comment-form input[name=name]")).sendKeys("Curious");
        browser.findElement(By.cssSelector(".comment-form textarea[name=text]")).sendKeys(payload);
        browser.findElement(By.cssSelector(".comment-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("comment=posted"));

        WebElement body = browser.findElement(By.cssSelector("li.comment .body"));
        assertThat(body.getText()).isEqualTo(payload);
        assertThat(body.findElements(By.xpath(".//*"))).as("no elements made from the text").isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        shot("07-comment-escaped");
    }

    @Test
    void anEditorRejectsAFactAndItDisappearsFromThePagesAndTheApi() throws IOException {
        String apiWork = "/api/works/" + TestSite.json(site.get("/api/search?type=work&q=night+market"))
                .at("/items/0/id").asText();
        open("/login");
        browser.findElement(By.cssSelector("form.login input[name=name]")).sendKeys(TestSite.EDITOR);
        browser.findElement(By.cssSelector("form.login input[name=password]")).sendKeys(TestSite.PASSWORD);
        browser.findElement(By.cssSelector("form.login button")).click();
        wait.until(ExpectedConditions.urlContains("/editor"));
        shot("08-editor-desk");

        open("/articles/night-market-cameo");
        WebElement fact = browser.findElements(By.cssSelector("#facts li.fact")).stream()
                .filter(f -> f.getText().contains("makes a cameo in")).findFirst().orElseThrow();
        String id = fact.getAttribute("data-fact");
        shot("09-before-reject");
        fact.findElement(By.cssSelector("button[value=reject]")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#facts li.fact[data-fact='" + id + "']"), 0));
        shot("10-after-reject");

        assertThat(TestSite.json(site.get(apiWork)).get("cameos").toString()).doesNotContain("\"cameo\"");
        assertThat(site.get("/api/facts/" + id).statusCode()).isEqualTo(404);
        open("/people/" + TestSite.json(site.get("/api/search?type=person&q=moon")).at("/items/0/url").asText()
                .substring("/people/".length()));
        assertThat(browser.findElements(By.cssSelector("li.role .badge.cameo"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("li.fact[data-fact='" + id + "']"))).isEmpty();
        shot("11-person-after-reject");
    }

    @Test
    void theCoStarNetworkIsDrawnAndPagesFitAPhone() throws IOException {
        String moon = TestSite.json(site.get("/api/search?type=person&q=moon")).at("/items/0/url").asText();
        open(moon + "/graph");
        wait.until(ExpectedConditions.attributeToBe(By.id("network"), "data-ready", "true"));
        assertThat(browser.findElements(By.cssSelector("#network canvas"))).isNotEmpty();
        Drawing wide = drawing();
        networkShot("12-network");
        assertThat(wide.people()).isEqualTo(3);
        assertThat(wide.hiddenLabels()).isZero();
        assertThat(wide.overlaps()).isZero();
        assertThat(wide.margins()).as("the drawing fills its box but for a margin of 24 px").allSatisfy(
                m -> assertThat(m).isCloseTo(24, within(2.0)));

        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            for (String path : List.of("/", moon, "/articles/harbor-lights-cast")) {
                open(path);
                Object overflow = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth > window.innerWidth");
                assertThat(overflow).as(path + " scrolls sideways on a phone").isEqualTo(false);
            }
            open(moon);
            shot("13-phone-person");
            open(moon + "/graph");
            wait.until(ExpectedConditions.attributeToBe(By.id("network"), "data-ready", "true"));
            Drawing phone = drawing();
            networkShot("13a-phone-network");
            assertThat(phone.overlaps()).isZero();
            assertThat(phone.hiddenLabels()).isZero();
            assertThat(phone.margins()).as("on a phone the margin is 12 px").allSatisfy(
                    m -> assertThat(m).isCloseTo(12, within(2.0)));
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void aLargeNetworkFillsItsBoxAndNoLabelCoversAnotherOrAPerson() throws IOException {
        // an invented ensemble: a lead with 48 co-stars in one work, and two of them with her in another
        List<String> people = new ArrayList<>();
        for (String family : List.of("Seol", "Pyo", "Tak", "Bang", "Gil", "Ok", "Byeon")) {
            for (String given : List.of("Ha-rin", "Do-gyeom", "Yu-seul", "Ri-an", "Bo-am", "Seung-a", "Tae-o")) {
                people.add(family + " " + given);
            }
        }
        Map<String, MentionType> names = new HashMap<>();
        people.forEach(p -> names.put(p, MentionType.PERSON));
        names.put("Lantern Street", MentionType.WORK);
        names.put("Paper Harbor", MentionType.WORK);
        List<Fact> facts = new ArrayList<>();
        people.forEach(p -> facts.add(Fact.cast(p, "Lantern Street")));
        people.subList(0, 3).forEach(p -> facts.add(Fact.cast(p, "Paper Harbor")));
        String text = "Lantern Street stars " + String.join(", ", people) + ". Paper Harbor reunites "
                + String.join(", ", people.subList(0, 3)) + ".";
        try (GraphStore graph = GraphStore.open(site.store)) {
            graph.ingest(StoryBuilder.build("lantern-street-ensemble", "The Lantern Street ensemble",
                    LocalDate.of(2019, 5, 2), text, List.of(), names, facts));
        }
        site.server.syncSearch();
        String lead = TestSite.json(site.get("/api/search?type=person&q=seol+ha-rin")).at("/items/0/url").asText();

        open(lead + "/graph");
        wait.until(ExpectedConditions.attributeToBe(By.id("network"), "data-ready", "true"));
        Drawing desktop = drawing();
        networkShot("12b-large-network");
        assertThat(desktop.people()).isEqualTo(40); // the most a network holds
        assertThat(desktop.overlaps()).isZero();
        assertThat(desktop.margins()).allSatisfy(m -> assertThat(m).isCloseTo(24, within(2.0)));
        assertThat(desktop.hiddenLabels()).isZero();

        // on a phone there is no room for every label: those that would cover another wait for the pointer
        Dimension window = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            open(lead + "/graph");
            wait.until(ExpectedConditions.attributeToBe(By.id("network"), "data-ready", "true"));
            Drawing phone = drawing();
            networkShot("12c-large-network-phone");
            assertThat(phone.people()).isEqualTo(40);
            assertThat(phone.overlaps()).isZero();
            assertThat(phone.hiddenLabels()).isBetween(1L, 39L); // how many depends on the font's widths
            assertThat(phone.margins()).as("left, right, top, bottom").allSatisfy(
                    m -> assertThat(m).isCloseTo(12, within(2.0)));

            // turned sideways, the page is not loaded again: the drawing is arranged anew for its wider box
            String before = browser.findElement(By.id("network")).getAttribute("data-arranged");
            browser.manage().window().setSize(new Dimension(844, 390));
            wait.until(d -> !before.equals(d.findElement(By.id("network")).getAttribute("data-arranged")));
            Drawing turned = drawing();
            networkShot("12d-large-network-phone-turned");
            assertThat(turned.boxWidth()).isGreaterThan(phone.boxWidth());
            assertThat(turned.overlaps()).isZero();
            assertThat(turned.margins()).allSatisfy(m -> assertThat(m).isCloseTo(24, within(2.0)));
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /**
     * What the co-star network on the page shows: its people, how many labels are hidden (the pointer shows them),
     * how many pairs of shown labels, or of a label and another person, overlap on screen, the width of its box, and
     * the margins between the box and the drawing with its labels (left, right, top, bottom; screen pixels).
     */
    record Drawing(long people, long hiddenLabels, long overlaps, double boxWidth, List<Double> margins) {
    }

    @SuppressWarnings("unchecked")
    private static Drawing drawing() {
        List<Object> r = (List<Object>) ((JavascriptExecutor) browser).executeScript("""
                var cy = window.coStarNetwork, box = document.getElementById('network');
                var only = { includeNodes: false, includeEdges: false, includeLabels: true };
                var shown = cy.nodes().filter(function (n) { return !n.hasClass('quiet'); });
                var labels = shown.map(function (n) { return { n: n, b: n.renderedBoundingBox(only) }; });
                var circles = cy.nodes().map(function (n) {
                  return { n: n, b: n.renderedBoundingBox({ includeLabels: false, includeEdges: false }) };
                });
                var hit = function (a, b) { return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2; };
                var overlaps = 0;
                labels.forEach(function (l, i) {
                  labels.slice(i + 1).forEach(function (m) { if (hit(l.b, m.b)) { overlaps++; } });
                  circles.forEach(function (c) { if (c.n !== l.n && hit(l.b, c.b)) { overlaps++; } });
                });
                var all = cy.elements().renderedBoundingBox({ includeLabels: true });
                return [cy.nodes().length, cy.nodes().length - shown.length, overlaps, box.clientWidth,
                  [all.x1, box.clientWidth - all.x2, all.y1, box.clientHeight - all.y2]];
                """);
        return new Drawing((Long) r.get(0), (Long) r.get(1), (Long) r.get(2), ((Number) r.get(3)).doubleValue(),
                ((List<Number>) r.get(4)).stream().map(Number::doubleValue).toList());
    }
}
