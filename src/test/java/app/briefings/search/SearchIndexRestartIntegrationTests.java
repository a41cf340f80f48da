package app.briefings.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import app.briefings.BriefingsApplication;
import app.briefings.briefing.FeedCriteria;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.ingestion.IngestionService;
import app.briefings.ingestion.document.IngestDocumentInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index on disk across restarts of the application on {@code file} storage:
 * opened without a rebuild and caught up with what changed while it was closed; rebuilt
 * in the background when damaged or of another schema version.
 */
class SearchIndexRestartIntegrationTests {

	private static final Duration READY_WITHIN = Duration.ofSeconds(60);

	private static final Duration POLL = Duration.ofMillis(50);

	@TempDir
	Path data;

	@TempDir
	Path elsewhere;

	@Test
	void shouldOpenTheIndexAtRestartAndIndexOnlyWhatChangedWhileItWasClosed() {
		long published;
		try (ConfigurableApplicationContext first = start()) {
			awaitReady(first);
			published = published(first);
			assertThat(found(first, "Зась")).isNotEmpty();
		}
		assertThat(published).isGreaterThanOrEqualTo(4);

		long added;
		try (ConfigurableApplicationContext withoutThisIndex = start("briefings.search.index-path=" + this.elsewhere)) {
			awaitReady(withoutThisIndex);
			withoutThisIndex.getBean(IngestionService.class)
				.ingestOne(new IngestDocumentInput(
						"Armenian Foreign Minister Ararat Mirzoyan said that Yerevan would host the CSTO session.",
						"Restart wire", null, null, "en", "restart-1"), "partner");
			added = published(withoutThisIndex) - published;
		}
		assertThat(added).isPositive();

		try (ConfigurableApplicationContext restarted = start()) {
			SearchIndexRebuilder.StartReport report = restarted.getBean(SearchIndexRebuilder.class).lastStart();
			assertThat(restarted.getBean(LuceneSearchIndex.class).condition()).isEqualTo(IndexCondition.READY);
			assertThat(report).isNotNull();
			assertThat(report.rebuilt()).isFalse();
			assertThat(report.catchUp()).isEqualTo(new SearchIndexRebuilder.CatchUp((int) added, 0));
			assertThat(found(restarted, "Mirzoyan")).isNotEmpty();
			assertThat(found(restarted, "Зась")).isNotEmpty();
			assertThat(restarted.getBean(SearchIndex.class).count()).isEqualTo(published + added);
		}
	}

	@Test
	void shouldRebuildADamagedIndexOrOneOfAnotherSchemaInTheBackground() throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			awaitReady(first);
		}
		Path folder = this.data.resolve(SearchConfiguration.EMBEDDED_FOLDER);
		LuceneSearchIndexOnDiskTests.truncateLargestIndexFile(folder);
		try (ConfigurableApplicationContext damaged = start()) {
			assertThat(damaged.getBean(LuceneSearchIndex.class).condition()).isEqualTo(IndexCondition.CORRUPT);
			awaitReady(damaged);
			assertThat(damaged.getBean(SearchIndexRebuilder.class).lastStart().rebuilt()).isTrue();
			assertThat(found(damaged, "Зась")).isNotEmpty();
		}

		LuceneSearchIndexOnDiskTests.stampSchemaVersion(folder, SearchFields.SCHEMA_VERSION + 1);
		try (ConfigurableApplicationContext otherSchema = start()) {
			assertThat(otherSchema.getBean(LuceneSearchIndex.class).condition()).isEqualTo(IndexCondition.OTHER_SCHEMA);
			awaitReady(otherSchema);
			assertThat(otherSchema.getBean(SearchIndexRebuilder.class).lastStart().rebuilt()).isTrue();
			assertThat(found(otherSchema, "Зась")).isNotEmpty();
		}
	}

	private ConfigurableApplicationContext start(String... more) {
		return new SpringApplicationBuilder(BriefingsApplication.class)
			.properties("server.port=0", "briefings.mongo.embedded.storage=file",
					"briefings.mongo.embedded.path=" + this.data, "briefings.budget.enabled=false")
			.properties(more)
			.run();
	}

	private static void awaitReady(ConfigurableApplicationContext application) {
		SearchIndexRebuilder rebuilder = application.getBean(SearchIndexRebuilder.class);
		Instant deadline = Instant.now().plus(READY_WITHIN);
		while (rebuilder.lastStart() == null && Instant.now().isBefore(deadline)) {
			LockSupport.parkNanos(POLL.toNanos());
		}
		assertThat(rebuilder.lastStart()).as("search index ready").isNotNull();
	}

	private static long published(ConfigurableApplicationContext application) {
		return application.getBean(MongoOperations.class)
			.count(new Query(Criteria.where("status").is("PUBLISHED")), "briefings");
	}

	private static List<String> found(ConfigurableApplicationContext application, String query) {
		return application.getBean(SearchIndex.class)
			.search(query, FeedCriteria.NONE, PageRequest.of(20, null), false)
			.stream()
			.map(SearchHit::briefingId)
			.toList();
	}

}
