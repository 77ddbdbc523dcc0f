package io.synergos.it.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.it.GridFixture;
import io.synergos.ops.Demo;
import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's Chromium, headless) against a real TTP and two Workers (separate
 * WildFly processes): an admin signs in, creates a run (first with invalid fields), starts it, watches its
 * progress and loss curve move while it trains without reloading the page, sees the live grid, promotes the
 * model it produced; a viewer sees everything but is refused the admin actions by the server. Screenshots of
 * the main pages go to target/screenshots.
 */
@ExtendWith(Browser.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    /** Enough rounds that training lasts several seconds here, so the page can be watched while it moves. */
    private static final int ROUNDS = 600;

    private static GridFixture grid;
    private static SynergosClient admin;
    private static Demo.Registered project;
    private static ChromeDriver browser;
    private static String dashboard;
    private static long runId;
    private static long contributionRun;

    @BeforeAll
    static void start() throws IOException {
        grid = new GridFixture("it-dash", 3100);
        admin = SynergosClient.asAdmin(grid.ttp);
        Nodes.addUser(grid.ttp, "viewer1", "viewer-pass-1", List.of("viewer"));
        project = Demo.register(admin, grid.workers, Node::baseUrl, "ljubljana", Demo.Model.LOGISTIC_REGRESSION);
        dashboard = grid.ttp.rootUrl() + "/dashboard/";
        browser = Browser.start(1280, 1000, grid.ttp);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (grid != null) {
            grid.stop();
        }
    }

    @Test
    @Order(1)
    void adminSignsIn() throws IOException {
        browser.get(dashboard);
        signIn("admin", "wrong-password");
        assertTrue(text(By.id("loginFailed")).contains("user name or password is wrong"));
        Browser.screenshot(browser, "00-sign-in-failed");

        signIn("admin", grid.ttp.adminPassword());
        waitFor(By.cssSelector(".cards"));
        assertEquals("admin", text(By.cssSelector(".account .role")));
        WebElement card = browser.findElement(By.xpath("//article[contains(@class,'card')][.//a[starts-with(normalize-space(),'ljubljana-')]]"));
        assertTrue(card.getText().contains("Participants\n2"), card.getText());
        Browser.screenshot(browser, "01-projects");
    }

    @Test
    @Order(2)
    void adminCreatesARunAndStartsIt() throws IOException {
        browser.get(dashboard + "project.xhtml?id=" + project.project());
        browser.findElement(By.linkText("New run")).click();
        waitFor(By.id("run:save"));

        // invalid input: each error beside its field, nothing stored
        type("run:name", "");
        type("run:rounds", "0");
        type("run:learningRate", "fast");
        browser.findElement(By.id("run:save")).click();
        waitFor(By.cssSelector(".field-error"));
        assertTrue(errorBeside("run:name").contains("required"), errorBeside("run:name"));
        assertTrue(errorBeside("run:rounds").contains("at least 1 round"), errorBeside("run:rounds"));
        assertTrue(errorBeside("run:learningRate").contains("must be a number"), errorBeside("run:learningRate"));
        assertEquals("", errorBeside("run:batchSize"));
        Browser.screenshot(browser, "02-new-run-errors");
        assertEquals(0, runsOfExperiment(), "an invalid form stores no run");

        type("run:name", "dashboard-run");
        type("run:rounds", String.valueOf(ROUNDS));
        type("run:learningRate", "0.02");
        type("run:localEpochs", "1");
        browser.findElement(By.id("run:save")).click();
        waitFor(By.id("progressText"));
        Matcher id = Pattern.compile("id=(\\d+)").matcher(browser.getCurrentUrl());
        assertTrue(id.find(), browser.getCurrentUrl());
        runId = Long.parseLong(id.group(1));
        assertTrue(text(By.id("flash")).contains("queued"), text(By.id("flash")));
        assertEquals(1, runsOfExperiment());
    }

    @Test
    @Order(3)
    void progressAndLossCurveMoveLiveWhileItTrains() throws IOException {
        JavascriptExecutor js = browser;
        js.executeScript("window.notReloaded = true;");
        int[] first = awaitProgress(0);
        int[] later = awaitProgress(first[0]);
        assertTrue(later[0] > first[0] && later[0] < ROUNDS, "round " + first[0] + " then " + later[0]);
        assertTrue(later[1] > first[1], "loss curve points " + first[1] + " then " + later[1]);
        assertEquals(Boolean.TRUE, js.executeScript("return window.notReloaded === true;"),
                "the progress moved without a page reload");
        awaitProgress(ROUNDS / 4); // a curve worth looking at in the screenshot
        Browser.screenshot(browser, "03-run-training");

        // the participants page shows the live grid: both Workers connected, in a round
        String runWindow = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(dashboard + "participants.xhtml");
        wait(Duration.ofSeconds(60)).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#gridRows tr[data-run='" + runId + "']"));
            return rows.size() == 2 && rows.stream().allMatch(r -> r.getText().contains("connected")
                    && !r.getText().contains("disconnected"));
        });
        assertTrue(browser.findElement(By.id("participants")).getText().contains("train [ljubljana-train]"));
        Browser.screenshot(browser, "04-participants-live-grid");
        browser.close();
        browser.switchTo().window(runWindow);

        // the phase ends: the page shows the trained and evaluated run with its metrics and model version
        wait(Duration.ofMinutes(5)).until(d -> d.findElement(By.id("runStatus")).getText().equals("EVALUATED"));
        waitFor(By.id("metricsTable"));
        assertTrue(text(By.id("progressText")).equals("Round " + ROUNDS + " of " + ROUNDS)
                || text(By.id("statusReason")).contains("stopped early"), text(By.id("progressText")));
        assertTrue(text(By.id("metricsTable")).contains("overall"));
        assertEquals(3, browser.findElements(By.cssSelector("table.confusion")).size(), "overall and per Worker");
        Long points = (Long) js.executeScript("return synergos.run.points();");
        assertEquals(ROUNDS, points.intValue(), "after the reload every round is drawn");
        Browser.screenshot(browser, "05-run-evaluated");
    }

    @Test
    @Order(4)
    void adminPromotesTheModelItProduced() throws IOException {
        browser.findElement(By.linkText("version 1")).click();
        waitFor(By.id("version-1"));
        assertEquals("NONE", text(By.id("stage-1")));
        browser.findElement(By.cssSelector("#version-1 a.button")).click();
        waitFor(By.id("transition:save"));

        new Select(browser.findElement(By.id("transition:target"))).selectByVisibleText("PRODUCTION");
        browser.findElement(By.id("transition:save")).click();
        waitFor(By.cssSelector(".field-error"));
        assertTrue(errorBeside("transition:reason").contains("say why"), errorBeside("transition:reason"));

        type("transition:reason", "accuracy on every Worker's evaluation data, checked in the dashboard");
        browser.findElement(By.id("transition:save")).click();
        waitFor(By.id("audit"));
        assertEquals("PRODUCTION", text(By.id("stage-1")));
        String audit = text(By.id("audit"));
        assertTrue(audit.contains("NONE PRODUCTION admin accuracy on every Worker's evaluation data"), audit);
        Browser.screenshot(browser, "06-model-registry");

        JsonObject version = (JsonObject) admin.get("registry/projects/" + project.project() + "/versions/1");
        assertEquals("PRODUCTION", version.getString("stage"), "the server holds the promotion");
    }

    @Test
    @Order(5)
    void adminSubmitsAHyperparameterSearch() throws IOException {
        browser.get(dashboard + "project.xhtml?id=" + project.project());
        browser.findElement(By.linkText("Hyperparameter search")).click();
        waitFor(By.id("search:submit"));
        type("search:learningRate", "0.05, fast");
        type("search:rounds", "5");
        browser.findElement(By.id("search:submit")).click();
        waitFor(By.cssSelector(".field-error"));
        assertTrue(errorBeside("search:learningRate").contains("'fast'"), errorBeside("search:learningRate"));
        assertEquals(1, runsOfExperiment(), "a refused search queues nothing");

        type("search:learningRate", "0.05, 0.2");
        browser.findElement(By.id("search:submit")).click();
        waitFor(By.id("jobs:jobTable"));
        assertTrue(text(By.id("flash")).contains("2 runs queued"), text(By.id("flash")));
        assertEquals(3, runsOfExperiment(), "the dashboard run and the two trials");
        assertEquals(2, browser.findElements(By.xpath("//table[@id='jobs:jobTable']//td[contains(.,'(search ')]")).size());
        Browser.screenshot(browser, "07-jobs");
    }

    @Test
    @Order(6)
    void adminReadsContributionsComputesAnotherAllocatesAndPublishes() throws IOException {
        Demo.Registered wisconsin = Demo.register(admin, grid.workers, Node::baseUrl, "wisconsin",
                Demo.Model.LOGISTIC_REGRESSION);
        contributionRun = admin.createRunWith(wisconsin.experiment(), "valued", jakarta.json.Json.createObjectBuilder()
                .add("rounds", 5).add("localEpochs", 2).build(), jakarta.json.Json.createObjectBuilder()
                .add("inTraining", true).build());
        admin.post("runs/" + contributionRun + "/training", jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
        admin.awaitStatus(contributionRun, Duration.ofMinutes(3), java.util.Set.of("TRAINED", "FAILED"));

        browser.get(dashboard + "run.xhtml?id=" + contributionRun);
        browser.findElement(By.id("contributionLink")).click();
        waitFor(By.id("valueTable"));
        assertEquals(2, browser.findElements(By.cssSelector("#valueTable tbody tr")).size(), "one row per Worker");
        assertTrue(text(By.id("computationTable")).contains("in-training"));
        assertEquals(2L, ((JavascriptExecutor) browser).executeScript("return synergos.contribution.bars();"));
        Browser.screenshot(browser, "08-contribution");

        new Select(browser.findElement(By.id("compute:method"))).selectByVisibleText("leave-one-out");
        browser.findElement(By.id("compute:save")).click();
        // the page reloads itself while the computation is pending, until it shows the result
        wait(Duration.ofMinutes(3)).until(d -> d.findElements(By.xpath("//table[@id='computationTable']//tr[td[2]"
                + "[normalize-space()='leave-one-out']]//span[contains(@class,'status') and normalize-space()="
                + "'COMPLETED']")).size() == 1);

        type("allocate:pool", "-5");
        browser.findElement(By.id("allocate:save")).click();
        waitFor(By.cssSelector(".field-error"));
        assertTrue(errorBeside("allocate:pool").contains("must not be negative"), errorBeside("allocate:pool"));
        assertTrue(browser.findElements(By.cssSelector("article.allocation")).isEmpty(), "nothing was allocated");

        type("allocate:pool", "1000");
        browser.findElement(By.id("allocate:save")).click();
        WebElement allocation = waitFor(By.cssSelector("article.allocation"));
        assertTrue(allocation.getText().contains("DRAFT") && allocation.getText().contains("Total 1000.00 EUR"),
                allocation.getText());
        browser.findElement(By.xpath("//article[contains(@class,'allocation')]//input[@value='Publish']")).click();
        wait(Duration.ofSeconds(60)).until(d -> d.findElement(By.cssSelector("article.allocation")).getText()
                .contains("PUBLISHED"));
        assertTrue(text(By.id("flash")).contains("published"), text(By.id("flash")));
        Browser.screenshot(browser, "09-reward-published");
    }

    @Test
    @Order(7)
    void adminPublishesSearchesFollowsLineageEditsAndWithdrawsACatalogEntry() throws IOException {
        String owner = project.participants().get(0);
        browser.get(dashboard + "catalog.xhtml");
        waitFor(By.id("publish:publishButton"));
        // bad input, each error beside its field, nothing stored
        browser.findElement(By.id("publish:publishButton")).click();
        waitFor(By.cssSelector(".field-error"));
        assertTrue(errorBeside("publish:title").contains("required"), errorBeside("publish:title"));
        assertTrue(errorBeside("publish:dataset").contains("required"), errorBeside("publish:dataset"));
        new Select(browser.findElement(By.id("publish:participant"))).selectByVisibleText(owner);
        type("publish:dataset", "no-such-file");
        type("publish:title", "Nothing");
        browser.findElement(By.id("publish:publishButton")).click();
        wait(Duration.ofSeconds(60)).until(d -> errorBeside("publish:dataset").contains("could not be profiled"));
        assertEquals(0, admin.get("catalog/datasets").asJsonObject().getInt("total"), "nothing was stored");

        type("publish:dataset", "ljubljana-train");
        type("publish:title", "Breast cancer recurrence, dashboard");
        type("publish:description", "Recurrence events after breast cancer surgery, with categorical clinical features");
        type("publish:keywords", "oncology, recurrence");
        type("publish:domain", "oncology");
        new Select(browser.findElement(By.id("publish:visibility"))).selectByValue("public");
        browser.findElement(By.id("publish:publishButton")).click();
        waitFor(By.id("schemaTable"));
        assertTrue(text(By.id("flash")).contains("Published " + owner + "/ljubljana-train"), text(By.id("flash")));
        assertTrue(text(By.cssSelector("#schemaTable tr[data-column='age']")).contains("categorical"),
                text(By.id("schemaTable")));
        long entry = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        assertEquals(64, text(By.id("version")).length());

        // search: a typo, a column facet, snippets with the words marked, facets that narrow
        browser.get(dashboard + "catalog.xhtml");
        type("search:q", "column:age recurence");
        browser.findElement(By.id("search:go")).click();
        waitFor(By.cssSelector("article.hit"));
        assertEquals("1 dataset found", text(By.id("total")), "a typo is forgiven");
        type("search:q", "surgery");
        browser.findElement(By.id("search:go")).click();
        wait(Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("q=surgery"));
        assertEquals("surgery", text(By.cssSelector("article.hit .snippet mark")), "the snippet marks the word");
        browser.findElement(By.xpath("//aside[@id='facets']//a[normalize-space()='oncology']")).click();
        wait(Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("domain%3Aoncology"));
        assertEquals("1 dataset found", text(By.id("total")));
        Browser.screenshot(browser, "12-catalog");
        type("search:q", "cancer colour:red");
        browser.findElement(By.id("search:go")).click();
        assertTrue(text(By.id("queryError")).contains("position 8"), text(By.id("queryError")));

        // a run registered from the entry: the dataset page draws its lineage; the model's lineage reaches the entry
        long lineageProject = admin.createProject("catalog-lineage", "trains on a catalog entry");
        long experiment = admin.createExperiment(lineageProject, "lr", "LOGISTIC_REGRESSION", "", "relu");
        long participant = ((jakarta.json.JsonArray) admin.get("participants")).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(owner)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
        admin.tag(admin.register(lineageProject, participant), "train", List.of("catalog:" + entry));
        long run = admin.createRun(experiment, "from-catalog", jakarta.json.Json.createObjectBuilder().add("rounds", 2)
                .build());
        admin.post("runs/" + run + "/training", jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("TRAINED", admin.awaitStatus(run, Duration.ofMinutes(3), java.util.Set.of("TRAINED", "FAILED"))
                .getString("status"));
        browser.get(dashboard + "dataset.xhtml?id=" + entry);
        waitFor(By.id("lineageGraph"));
        assertTrue(text(By.id("registrations")).contains("catalog-lineage"), text(By.id("registrations")));
        assertTrue(text(By.id("runs")).contains("run from-catalog"), text(By.id("runs")));
        assertEquals(1, browser.findElements(By.cssSelector("#lineageGraph g[data-node='run:" + run + "']")).size());
        Browser.screenshot(browser, "13-dataset");
        browser.findElement(By.cssSelector("#lineageGraph g.kind-model-version a")).click();
        waitFor(By.id("lineageGraph"));
        assertTrue(browser.getCurrentUrl().contains("lineage.xhtml?model="), browser.getCurrentUrl());
        assertEquals(1, browser.findElements(By.cssSelector("#lineageGraph g[data-node='catalog:" + entry + "']"))
                .size(), "the model's lineage reaches the catalog entry");
        Browser.screenshot(browser, "14-model-lineage");

        // edit: a too-long title is refused beside it; a new description is saved and audited
        browser.get(dashboard + "dataset.xhtml?id=" + entry);
        type("edit:title", "x".repeat(201));
        browser.findElement(By.id("edit:save")).click();
        wait(Duration.ofSeconds(60)).until(d -> errorBeside("edit:title").contains("at most 200"));
        type("edit:title", "Breast cancer recurrence, dashboard");
        type("edit:description", "Edited in the dashboard");
        browser.findElement(By.id("edit:save")).click();
        wait(Duration.ofSeconds(60)).until(d -> text(By.id("auditTable")).contains("CHANGED"));
        assertTrue(text(By.id("auditTable")).contains("admin"), text(By.id("auditTable")));
        assertEquals("Edited in the dashboard", admin.get("catalog/datasets/" + entry).asJsonObject()
                .getString("description"));

        // withdraw: refused while registered, then forced
        browser.findElement(By.id("withdraw:withdrawButton")).click();
        // the refusal comes with the next page: wait for it rather than read the flash of the page still shown
        wait(Duration.ofSeconds(60)).until(d -> text(By.id("flash")).contains("still registered"));
        assertEquals(200, admin.raw("GET", "catalog/datasets/" + entry, null, null).statusCode(), "still there");
        browser.findElement(By.id("withdraw:force")).click();
        browser.findElement(By.id("withdraw:withdrawButton")).click();
        wait(Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("catalog.xhtml"));
        assertTrue(text(By.id("flash")).contains("was withdrawn"), text(By.id("flash")));
        assertEquals(404, admin.raw("GET", "catalog/datasets/" + entry, null, null).statusCode());
    }

    @Test
    @Order(8)
    void viewerSeesEverythingButIsRefusedAdminActions() throws Exception {
        browser.findElement(By.id("account:signOut")).click();
        waitFor(By.id("j_username"));
        browser.get(dashboard + "run.xhtml?id=" + runId);
        signIn("viewer1", "viewer-pass-1");
        waitFor(By.id("progressText"));
        assertEquals("viewer", text(By.cssSelector(".account .role")));
        assertTrue(browser.findElements(By.id("control")).isEmpty(), "no run controls for a viewer");
        browser.get(dashboard + "project.xhtml?id=" + project.project());
        waitFor(By.id("projectName"));
        assertTrue(browser.findElements(By.linkText("New run")).isEmpty());
        browser.get(dashboard + "contribution.xhtml?run=" + contributionRun);
        waitFor(By.id("valueTable"));
        assertTrue(browser.findElements(By.id("rewards")).isEmpty(), "a viewer does not see everyone's rewards");
        assertTrue(browser.findElements(By.id("compute")).isEmpty(), "nor the forms");
        browser.get(dashboard + "catalog.xhtml");
        waitFor(By.id("search:q"));
        assertTrue(browser.findElements(By.id("publish")).isEmpty(), "no publish form for a viewer");

        // the viewer goes to an admin form anyway: the server refuses
        browser.get(dashboard + "admin/run.xhtml?experiment=" + project.experiment());
        waitFor(By.id("refused"));
        assertTrue(text(By.id("refused")).contains("signed in as viewer1"));
        assertTrue(browser.findElements(By.id("run:save")).isEmpty());
        Browser.screenshot(browser, "11-viewer-refused");

        // and with the viewer's own session, outside the page: 403 for an admin form, a promotion is not stored
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpClient http = SynergosClient.httpClient(dashboard, java.time.Duration.ofSeconds(5));
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(dashboard
                        + "admin/transition.xhtml?project=" + project.project() + "&version=1"))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, form.statusCode());
        assertFalse(form.body().contains("Exception"), "no stack trace on the page");
        HttpResponse<String> own = http.send(HttpRequest.newBuilder(URI.create(dashboard + "jobs.xhtml"))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, own.statusCode(), "the viewer's session itself is valid");
    }

    @Test
    @Order(9)
    void pagesAreUsableAt800PixelsAndShowNoStackTrace() throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(800, 1000));
        JavascriptExecutor js = browser;
        for (String page : List.of("", "project.xhtml?id=" + project.project(), "run.xhtml?id=" + runId,
                "participants.xhtml", "registry.xhtml?project=" + project.project(), "jobs.xhtml",
                "contribution.xhtml?run=" + contributionRun, "catalog.xhtml?q=cancer")) {
            browser.get(dashboard + page);
            waitFor(By.cssSelector("main"));
            Long overflow = (Long) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow <= 0, page + " overflows by " + overflow + " px at 800 px");
            // the page's scripts, styles and live channel run under a policy without 'unsafe-inline'
            assertEquals(List.of(), Browser.policyViolations(browser), page + ": refused by the Content-Security-Policy");
        }
        browser.get(dashboard + "run.xhtml?id=" + runId);
        waitFor(By.id("lossChart"));
        Browser.screenshot(browser, "10-run-800px");

        for (String broken : List.of("run.xhtml?id=not-a-number", "run.xhtml?id=987654", "no-such-page.xhtml",
                "registry.xhtml?project=987654")) {
            browser.get(dashboard + broken);
            String body = browser.findElement(By.tagName("body")).getText();
            assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at io.synergos"),
                    broken + ": " + body);
            assertTrue(body.contains("No run") || body.contains("No such page") || body.contains("no project"),
                    broken + ": " + body);
        }
    }

    /**
     * What the browser side defends: the policy and headers on every page, a session cookie no script and no other
     * site gets, admin forms that open only from the dashboard's own links, and sign-in throttled after failures.
     */
    @Test
    @Order(10)
    void theDashboardsBrowserSideDefencesHold() throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertTrue(session.isSecure(), "the session cookie is Secure under TLS");
        assertTrue(session.isHttpOnly(), "no script reads the session cookie");
        assertEquals("Strict", session.getSameSite(), "no other site's page sends the session cookie");
        HttpResponse<String> page = SynergosClient.httpClient(dashboard, Duration.ofSeconds(5)).send(HttpRequest
                .newBuilder(URI.create(dashboard + "jobs.xhtml")).header("Cookie", "JSESSIONID=" + session.getValue())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'")
                && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe"), policy);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="),
                "HSTS under TLS");
        assertFalse(page.body().contains("<script>") || page.body().contains(" style=\""), "no inline script or style");

        // an admin form opened from elsewhere (a link on another site, a typed address) is refused; from the
        // dashboard's own link it opens (adminCreatesARunAndStartsIt). Faces matches protected views exactly: every
        // admin view is listed
        java.nio.file.Path webapp = grid.nodes.home().resolve("synergos-jsf-dashboard/src/main/webapp");
        String facesConfig = java.nio.file.Files.readString(webapp.resolve("WEB-INF/faces-config.xml"));
        try (var views = java.nio.file.Files.list(webapp.resolve("admin"))) {
            for (java.nio.file.Path view : (Iterable<java.nio.file.Path>) views::iterator) {
                assertTrue(facesConfig.contains("<url-pattern>/admin/" + view.getFileName() + "</url-pattern>"),
                        "faces-config.xml protects " + view.getFileName());
            }
        }
        browser.findElement(By.id("account:signOut")).click();
        browser.get(dashboard);
        signIn("admin", grid.ttp.adminPassword());
        waitFor(By.cssSelector(".cards"));
        browser.get(dashboard + "admin/run.xhtml?experiment=" + project.experiment());
        assertTrue(text(By.id("forged")).contains("open this form from the dashboard"));
        assertTrue(browser.findElements(By.id("run:save")).isEmpty());
        browser.get(dashboard + "project.xhtml?id=" + project.project());
        browser.findElement(By.linkText("New run")).click();
        waitFor(By.id("run:save"));
        Browser.screenshot(browser, "12-forged-request-refused-then-link-works");

        // sign-in is throttled: after five failures the right password is refused too, for that account only
        Nodes.addUser(grid.ttp, "throttled1", "right-pass-1", List.of("viewer"));
        browser.findElement(By.id("account:signOut")).click();
        for (int i = 0; i < 5; i++) {
            browser.get(dashboard);
            signIn("throttled1", "wrong-" + i);
            waitFor(By.id("loginFailed"));
        }
        browser.get(dashboard);
        signIn("throttled1", "right-pass-1");
        waitFor(By.id("loginFailed"));
        assertEquals(401, SynergosClient.asUser(grid.ttp.baseUrl(), "throttled1", "right-pass-1")
                .raw("GET", "projects", null, null).statusCode(), "the REST API refuses the locked account too");
        browser.get(dashboard);
        signIn("viewer1", "viewer-pass-1");
        waitFor(By.cssSelector(".cards"));
        assertEquals("viewer", text(By.cssSelector(".account .role")), "other accounts are not locked");
    }

    private int runsOfExperiment() {
        return ((jakarta.json.JsonArray) admin.get("tracking/projects/" + project.project() + "/runs")).size();
    }

    /** Waits until the pushed progress passes {@code after}; returns the round and the loss curve's points. */
    private int[] awaitProgress(int after) {
        Pattern round = Pattern.compile("Round (\\d+) of " + ROUNDS);
        int[] seen = new int[2];
        wait(Duration.ofMinutes(3)).until(d -> {
            Matcher m = round.matcher(d.findElement(By.id("progressText")).getText());
            if (!m.matches() || Integer.parseInt(m.group(1)) <= after) {
                return false;
            }
            seen[0] = Integer.parseInt(m.group(1));
            seen[1] = ((Long) ((JavascriptExecutor) d).executeScript("return synergos.run.points();")).intValue();
            return true;
        });
        return seen;
    }

    private void signIn(String user, String password) {
        waitFor(By.id("j_username"));
        type("j_username", user);
        type("j_password", password);
        browser.findElement(By.id("signIn")).click();
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private String errorBeside(String inputId) {
        List<WebElement> errors = browser.findElements(By.xpath("//*[@id='" + inputId
                + "']/following-sibling::*[contains(@class,'field-error')]"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    /** The element's text, looked up again if the page replaced it meanwhile. */
    private String text(By by) {
        return wait(Duration.ofSeconds(60)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0).getText().trim();
        });
    }

    private WebElement waitFor(By by) {
        return wait(Duration.ofSeconds(60)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** A wait that polls every 100 ms; an element replaced by the page's own reload is looked up again. */
    private static WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
