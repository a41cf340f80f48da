package app.briefings.graphql;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import app.briefings.GraphQlHttp;
import app.briefings.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL in headless Chromium with no internet: the page loads from the jar, shows the
 * schema's docs, opens a tab per example operation, runs the default query and runs a
 * subscription over graphql-ws that receives a briefing ingested meanwhile. Skipped, with
 * a notice, where Chromium or ChromeDriver is not installed ({@code .ci/run} installs
 * both).
 */
@IntegrationTest
class GraphiqlBrowserIntegrationTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startChromium() throws Exception {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed) {
			System.out.println("[briefings tests] NOTICE: GraphiQL browser test skipped: install Debian's chromium and "
					+ "chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ") to run it");
		}
		Assumptions.assumeTrue(installed, "Chromium and ChromeDriver are not installed");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
					"--user-data-dir=" + Files.createTempDirectory("graphiql-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void shouldShowTheSchemaDocsAndExampleTabsAndRunTheDefaultQuery() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		browser.get("http://127.0.0.1:" + this.port + "/graphiql");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graphiql-container")));
		assertThat(browser.getTitle()).isEqualTo("Briefings API · GraphiQL");

		browser.findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-doc-explorer-content"),
				"query: Query"));
		browser.findElement(By.cssSelector(".graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-doc-explorer-title"),
				"Query"));
		String queryDocs = browser.findElement(By.cssSelector(".graphiql-doc-explorer-content")).getText();
		assertThat(queryDocs).contains("briefings", "officials", "operations", "node");

		assertThat(browser.findElements(By.cssSelector(".graphiql-tab .graphiql-tab-button")))
			.extracting(WebElement::getText)
			.startsWith("Feed")
			.contains("FeedWithRelations", "OfficialWithPositionsAndBriefings", "NodeLookup", "IngestDocument");

		browser.findElement(By.cssSelector("button.graphiql-execute-button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-window"), "edges"));
		assertThat(browser.findElement(By.cssSelector(".result-window")).getText()).contains("\"title\"")
			.doesNotContain("\"errors\"");
	}

	@Test
	void shouldRunASubscriptionOverGraphQlWsFromThePage() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		browser.get("http://127.0.0.1:" + this.port + "/graphiql");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graphiql-query-editor .CodeMirror")));
		String source = "GraphiQL live " + UUID.randomUUID();
		String subscription = "subscription Live { briefingPublished(filter: {sources: [\"" + source
				+ "\"]}) { title source { name } } }";
		((JavascriptExecutor) browser).executeScript(
				"document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(arguments[0])",
				subscription);
		// GraphiQL reads the operation name from the edited text a moment later; the
		// active tab
		// takes that name, and running before then would send the previous tab's name
		wait.until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector(".graphiql-tab-active .graphiql-tab-button"), "Live"));
		browser.findElement(By.cssSelector("button.graphiql-execute-button")).click();

		GraphQlHttp client = new GraphQlHttp(this.port, IntegrationTest.API_KEY);
		Instant deadline = Instant.now().plusSeconds(60);
		int n = 0;
		while (!resultShows(source) && Instant.now().isBefore(deadline)) {
			String text = "MOSCOW, June 2 -- Sergey Lavrov said that the CSTO would hold the Rubezh training, report "
					+ n + " of " + source + ".";
			GraphQlHttp.Answer answer = client.post(
					"mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }",
					Map.of("input", Map.of("text", text, "publishedAt", "2026-06-02", "sourceName", source,
							"externalId", source.replace(' ', '-') + "-" + n++)));
			assertThat(answer.errors()).isEmpty();
			awaitResultShowing(source, Duration.ofSeconds(2));
		}
		String result = browser.findElement(By.cssSelector(".result-window")).getText();
		assertThat(result).contains("\"briefingPublished\"").contains(source).doesNotContain("\"errors\"");
	}

	/**
	 * Waits a little for the text; a timeout only ends this wait, since the subscription
	 * may not yet be open when the first document goes in and the caller sends another.
	 */
	private void awaitResultShowing(String text, Duration timeout) {
		try {
			new WebDriverWait(browser, timeout).until((driver) -> resultShows(text));
		}
		catch (TimeoutException notYet) {
			// the caller retries with another document until its own deadline
		}
	}

	private boolean resultShows(String text) {
		return browser.findElement(By.cssSelector(".result-window")).getText().contains(text);
	}

}
