package app.briefings.briefing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import app.briefings.IntegrationTest;
import app.briefings.TestDocuments;
import app.briefings.entity.EntityFields;
import app.briefings.live.LiveSubscribers;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A subscription lives for many events as one operation: each event reads the officials
 * it names afresh, so an official corrected between two events is delivered corrected.
 */
@IntegrationTest
class SubscribedOfficialsIntegrationTests {

	private static final String OFFICIAL = "sergey-lavrov";

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	ApplicationContext application;

	@Autowired
	MongoTemplate mongo;

	@Test
	void shouldDeliverAnOfficialCorrectedBetweenTwoEventsOfOneSubscription() throws Exception {
		String original = officialName();
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://127.0.0.1:" + this.port + "/graphql", new StandardWebSocketClient())
			.header("Authorization", "Bearer " + IntegrationTest.API_KEY)
			.build();
		int before = LiveSubscribers.count(this.application);
		List<ClientGraphQlResponse> received = new CopyOnWriteArrayList<>();
		Disposable subscription = client.document("subscription { briefingPublished { officials { name } } }")
			.executeSubscription()
			.subscribe(received::add);
		try {
			await().atMost(Duration.ofSeconds(20)).until(() -> LiveSubscribers.count(this.application) > before);

			TestDocuments.ingestNew(this.anonymous,
					"Russian Foreign Minister Sergey Lavrov said on Monday that the CSTO talks in Dushanbe "
							+ "would continue next week.");
			await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 1);
			rename(original + " (corrected)");
			TestDocuments.ingestNew(this.anonymous,
					"Sergey Lavrov, Russia's foreign minister, told reporters in Minsk on Tuesday that the "
							+ "border mission had been agreed.");
			await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 2);

			assertThat(lavrovIn(received.get(0))).isEqualTo(original);
			assertThat(lavrovIn(received.get(1))).isEqualTo(original + " (corrected)");
		}
		finally {
			rename(original);
			subscription.dispose();
			client.stop().block(Duration.ofSeconds(5));
		}
	}

	private String lavrovIn(ClientGraphQlResponse event) {
		List<Map<String, Object>> officials = event.field("briefingPublished.officials").getValue();
		return officials.stream()
			.map((official) -> (String) official.get("name"))
			.filter((name) -> name.startsWith("Sergey Lavrov"))
			.findFirst()
			.orElseThrow();
	}

	private String officialName() {
		return this.mongo.findById(OFFICIAL, org.bson.Document.class, EntityFields.OFFICIALS)
			.getString(EntityFields.NAME);
	}

	private void rename(String name) {
		this.mongo.updateFirst(Query.query(Criteria.where(EntityFields.ID).is(OFFICIAL)),
				Update.update(EntityFields.NAME, name), EntityFields.OFFICIALS);
	}

}
