package app.briefings.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import app.briefings.BriefingsApplication;
import app.briefings.TestApiKeys;
import app.briefings.mongo.EmbeddedMongoServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone that goes offline. Two application instances share one database (the first runs
 * the embedded server, the second connects to it by URI, as instances of a real
 * deployment do); the phone caches a feed page and a sync token, then briefings are
 * published, corrected and retracted through both instances at once, and the phone syncs
 * in small pages and must end with exactly the server's feed. A third instance started
 * after the second stops accepts the phone's token.
 */
class OfflineSyncIntegrationTests {

	private static final String ADMIN_KEY = "offline-sync-admin";

	private static final String FEED = """
			query Feed($after: String) {
			  briefings(first: 100, after: $after) {
			    edges { node { id title version } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	private static final String CHANGES = """
			query Changes($after: String) {
			  briefingChanges(after: $after, first: 3) {
			    edges { cursor node { briefingId kind version changedAt briefing { id title version status } } }
			    pageInfo { hasNextPage }
			    syncToken
			  }
			}""";

	private static final String INGEST = """
			mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { duplicate } }""";

	private static final String RETRACT = """
			mutation Retract($externalId: String!) {
			  retractDocument(externalId: $externalId) { alreadyRetracted }
			}""";

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static String mongoUri;

	@BeforeAll
	static void startTwoInstances() {
		first = new SpringApplicationBuilder(BriefingsApplication.class)
			.properties("server.port=0", "briefings.mongo.embedded.storage=memory",
					"briefings.sample-data.enabled=false", "briefings.security.bootstrap-api-key=" + ADMIN_KEY)
			.run();
		mongoUri = first.getBean(EmbeddedMongoServer.class).connectionString().getConnectionString();
		second = instanceOnTheSameDatabase();
	}

	@AfterAll
	static void stopInstances() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void shouldBringAPhoneThatWasOfflineToExactlyTheServersState() throws Exception {
		String partnerKey = createPartnerKey();
		HttpSyncGraphQlClient viaFirst = client(first, partnerKey);
		HttpSyncGraphQlClient viaSecond = client(second, partnerKey);
		ingest(viaFirst, "alpha", items("Brastovel met the envoys", "Brastovel toured the base"));
		ingest(viaSecond, "beta", items("Corvanek signed the accord"));
		ingest(viaFirst, "gamma", items("Delmira opened the summit"));

		Phone phone = new Phone(client(first, null));
		phone.sync();
		phone.cacheFeed();
		assertThat(phone.cached()).hasSize(4);

		CompletableFuture<Void> writesOnFirst = CompletableFuture.runAsync(() -> {
			retract(viaFirst, "beta");
			ingest(viaFirst, "gamma", items("Delmira closed the summit"));
			for (int index = 0; index < 6; index++) {
				ingest(viaFirst, "first-" + index, items("Envoy " + index + " arrived from the first desk"));
			}
			retract(viaFirst, "epsilon");
		});
		CompletableFuture<Void> writesOnSecond = CompletableFuture.runAsync(() -> {
			ingest(viaSecond, "alpha",
					items("Brastovel met the envoys again", "Brastovel toured the base", "Brastovel left for Minsk"));
			ingest(viaSecond, "delta", items("Fenwick chaired the council"));
			for (int index = 0; index < 6; index++) {
				ingest(viaSecond, "second-" + index, items("Envoy " + index + " arrived from the second desk"));
			}
		});
		CompletableFuture.allOf(writesOnFirst, writesOnSecond).get();
		ingest(viaSecond, "gamma", items("Delmira closed the summit early"));

		phone.useInstance(client(second, null));
		phone.sync();

		Map<String, String> server = feed(client(first, null));
		assertThat(phone.cached()).isEqualTo(server);
		assertThat(server.values()).contains(said("Brastovel left for Minsk", 2),
				said("Delmira closed the summit early", 3), said("Fenwick chaired the council", 1));
		assertThat(server.values()).noneMatch((title) -> title.startsWith("Corvanek"));
		assertThat(phone.kindsSeen()).contains("PUBLISHED", "CORRECTED", "RETRACTED");

		second.close();
		second = instanceOnTheSameDatabase();
		ingest(client(second, partnerKey), "zeta", items("Gorlan crossed the border"));
		phone.useInstance(client(second, null));
		phone.sync();

		assertThat(phone.cached()).isEqualTo(feed(client(first, null)))
			.containsValue(said("Gorlan crossed the border", 1));
	}

	private static ConfigurableApplicationContext instanceOnTheSameDatabase() {
		return new SpringApplicationBuilder(BriefingsApplication.class)
			.properties("server.port=0", "spring.mongodb.uri=" + mongoUri, "briefings.change-feed.mode=in-process",
					"briefings.sample-data.enabled=false", "briefings.security.bootstrap-api-key=" + ADMIN_KEY)
			.run();
	}

	private static Map<String, String> feed(HttpSyncGraphQlClient client) {
		Map<String, String> briefings = new LinkedHashMap<>();
		String after = null;
		boolean more = true;
		while (more) {
			ClientGraphQlResponse page = client.document(FEED).variable("after", after).executeSync();
			for (Map<?, ?> edge : page.field("briefings.edges").toEntityList(Map.class)) {
				Map<?, ?> node = (Map<?, ?>) edge.get("node");
				briefings.put((String) node.get("id"), node.get("title") + " v" + node.get("version"));
			}
			more = page.field("briefings.pageInfo.hasNextPage").toEntity(Boolean.class);
			after = page.field("briefings.pageInfo.endCursor").toEntity(String.class);
		}
		return briefings;
	}

	private static void ingest(HttpSyncGraphQlClient client, String externalId, String text) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("text", text);
		input.put("externalId", externalId);
		input.put("publishedAt", "2026-12-01");
		client.document(INGEST)
			.variable("input", input)
			.retrieveSync("ingestDocument.duplicate")
			.toEntity(Boolean.class);
	}

	private static void retract(HttpSyncGraphQlClient client, String externalId) {
		if (externalId.equals("epsilon")) {
			ingest(client, "epsilon", items("Harnick resigned from the post"));
		}
		client.document(RETRACT)
			.variable("externalId", externalId)
			.retrieveSync("retractDocument.alreadyRetracted")
			.toEntity(Boolean.class);
	}

	private static String said(String sentence, int version) {
		return sentence + ", officials said on Thursday. v" + version;
	}

	private static String items(String... sentences) {
		StringBuilder text = new StringBuilder();
		for (String sentence : sentences) {
			text.append("MOSCOW, April 3 -- ").append(sentence).append(", officials said on Thursday.\n");
		}
		return text.toString();
	}

	private static String createPartnerKey() {
		return TestApiKeys.create(TestApiKeys.testerAt(portOf(first)), ADMIN_KEY, "offline-wire", "PARTNER").secret();
	}

	private static int portOf(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port", "0"));
	}

	private static HttpSyncGraphQlClient client(ConfigurableApplicationContext instance, @Nullable String key) {
		RestClient.Builder http = RestClient.builder().baseUrl("http://127.0.0.1:" + portOf(instance) + "/graphql");
		if (key != null) {
			http.defaultHeader("Authorization", "Bearer " + key);
		}
		return HttpSyncGraphQlClient.create(http.build());
	}

	/** A client app's offline cache: briefing id to title and version. */
	private static final class Phone {

		private final Map<String, String> cache = new LinkedHashMap<>();

		private final List<String> kinds = new ArrayList<>();

		private HttpSyncGraphQlClient server;

		private @Nullable String syncToken;

		Phone(HttpSyncGraphQlClient server) {
			this.server = server;
		}

		void useInstance(HttpSyncGraphQlClient instance) {
			this.server = instance;
		}

		void cacheFeed() {
			this.cache.putAll(feed(this.server));
		}

		void sync() {
			boolean more = true;
			while (more) {
				ClientGraphQlResponse page = this.server.document(CHANGES)
					.variable("after", this.syncToken)
					.executeSync();
				assertThat(page.getErrors()).isEmpty();
				for (Map<?, ?> edge : page.field("briefingChanges.edges").toEntityList(Map.class)) {
					apply((Map<?, ?>) edge.get("node"));
				}
				more = page.field("briefingChanges.pageInfo.hasNextPage").toEntity(Boolean.class);
				this.syncToken = page.field("briefingChanges.syncToken").toEntity(String.class);
			}
		}

		private void apply(Map<?, ?> change) {
			String kind = (String) change.get("kind");
			this.kinds.add(kind);
			Map<?, ?> briefing = (Map<?, ?>) change.get("briefing");
			if (briefing == null || "RETRACTED".equals(briefing.get("status"))) {
				this.cache.remove((String) change.get("briefingId"));
				return;
			}
			this.cache.put((String) briefing.get("id"), briefing.get("title") + " v" + briefing.get("version"));
		}

		Map<String, String> cached() {
			return this.cache;
		}

		List<String> kindsSeen() {
			return this.kinds;
		}

	}

}
