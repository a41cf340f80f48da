package app.briefings.ingestion;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import app.briefings.BriefingsApplication;
import app.briefings.ingestion.document.DocumentIds;
import app.briefings.ingestion.document.DocumentStatus;
import app.briefings.ingestion.document.DocumentValidator;
import app.briefings.ingestion.document.IngestDocumentInput;
import app.briefings.ingestion.document.RawDocument;
import app.briefings.ingestion.document.ValidatedDocument;
import app.briefings.mongo.EmbeddedMongoServer;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * Graceful shutdown: a request in flight when the application is asked to stop still
 * completes, a request arriving after that is refused, and an ingestion interrupted
 * between storing the raw document and writing its briefings is completed when the
 * application starts again on the same data.
 */
class GracefulShutdownIntegrationTests {

	private static final String QUERY = "{\"query\": \"{ officials(first: 3) { edges { node { name } } } }\"}";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@TempDir
	Path data;

	@Test
	void shouldFinishInFlightRequestsRefuseNewOnesAndCompleteInterruptedIngestionsOnRestart() throws Exception {
		ConfigurableApplicationContext application = start();
		int port = port(application);
		RawDocument interrupted = storeInterruptedIngestion(application);
		EmbeddedMongoServer database = application.getBean(EmbeddedMongoServer.class);

		MeterRegistry meters = application.getBean(MeterRegistry.class);
		WebServerGracefulShutdownLifecycle webServer = application.getBean(WebServerGracefulShutdownLifecycle.class);

		database.stopListening();
		CompletableFuture<HttpResponse<String>> inFlight = this.http.sendAsync(post(port),
				HttpResponse.BodyHandlers.ofString());
		await().atMost(Duration.ofSeconds(20)).until(() -> activeRequests(meters) > 0);
		CompletableFuture<Void> shutdown = CompletableFuture.runAsync(application::close);
		await().atMost(Duration.ofSeconds(20)).until(() -> !webServer.isRunning());
		Throwable lateRequest = catchThrowable(
				() -> assertRefused(HttpClient.newHttpClient().send(post(port), HttpResponse.BodyHandlers.ofString())));
		database.resumeListening();

		HttpResponse<String> answered = inFlight.get(20, TimeUnit.SECONDS);
		shutdown.get(40, TimeUnit.SECONDS);
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answered.body()).contains("\"officials\"").doesNotContain("\"errors\"");
		assertThat(lateRequest).as("a request sent after shutdown began")
			.satisfiesAnyOf((thrown) -> assertThat(thrown).isInstanceOf(IOException.class),
					(thrown) -> assertThat(thrown).isNull());

		ConfigurableApplicationContext restarted = start();
		try {
			RawDocument completed = restarted.getBean(MongoOperations.class)
				.findById(interrupted.id(), RawDocument.class);
			assertThat(completed.status()).isEqualTo(DocumentStatus.DONE);
			assertThat(completed.briefingIds()).isNotEmpty();
			assertThat(restarted.getBean(MongoOperations.class)
				.count(new Query(Criteria.where("documentId").is(interrupted.id())), "briefings"))
				.isEqualTo(completed.briefingIds().size());
		}
		finally {
			restarted.close();
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BriefingsApplication.class)
			.properties("server.port=0", "briefings.mongo.embedded.storage=file",
					"briefings.mongo.embedded.path=" + this.data, "briefings.sample-data.enabled=false",
					"briefings.budget.enabled=false")
			.run();
	}

	private static RawDocument storeInterruptedIngestion(ConfigurableApplicationContext application) {
		ValidatedDocument document = DocumentValidator.validate(new IngestDocumentInput(
				"Armenian Foreign Minister Ararat Mirzoyan said that Yerevan would host the CSTO session.", null, null,
				null, null, "interrupted-1"), Instant.now());
		RawDocument pending = RawDocument.pending(document, "partner", Instant.now(),
				application.getBean(DocumentIds.class));
		application.getBean(MongoOperations.class).insert(pending);
		return pending;
	}

	private static int activeRequests(MeterRegistry meters) {
		LongTaskTimer active = meters.find("http.server.requests.active").longTaskTimer();
		return (active != null) ? active.activeTasks() : 0;
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("answer to a request sent after shutdown began").isEqualTo(503);
	}

	private static HttpRequest post(int port) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(QUERY))
			.build();
	}

	private static int port(ConfigurableApplicationContext application) {
		return Integer.parseInt(application.getEnvironment().getProperty("local.server.port", "0"));
	}

}
