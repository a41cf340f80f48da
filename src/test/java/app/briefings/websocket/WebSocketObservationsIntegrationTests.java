package app.briefings.websocket;

import app.briefings.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graphql-ws client's upgrade and operations are not observed as HTTP and GraphQL
 * requests, while the same operation over HTTP still is.
 */
@IntegrationTest
class WebSocketObservationsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void shouldObserveNeitherTheUpgradeNorTheOperationsOfASocket() throws Exception {
		long graphQlRequests = graphQlRequests();
		try (GraphQlWsProbe probe = GraphQlWsProbe.open("127.0.0.1", this.port, IntegrationTest.API_KEY)) {
			assertThat(probe.status).isEqualTo(101);
			probe.initialize();
			probe.subscribe("1", "query Typename { __typename }");
			assertThat(probe.next().type()).isEqualTo("next");
			assertThat(probe.next().type()).isEqualTo("complete");
		}

		assertThat(this.meters.find("http.server.requests").tag("status", "101").timers()).isEmpty();
		assertThat(graphQlRequests()).isEqualTo(graphQlRequests);
	}

	@Test
	void shouldStillObserveAnOperationOverHttp() {
		long graphQlRequests = graphQlRequests();

		this.graphQl.document("query Typename { __typename }")
			.execute()
			.path("__typename")
			.entity(String.class)
			.isEqualTo("Query");

		assertThat(graphQlRequests()).isEqualTo(graphQlRequests + 1);
	}

	private long graphQlRequests() {
		long count = 0;
		for (Timer timer : this.meters.find("graphql.request").timers()) {
			count += timer.count();
		}
		return count;
	}

}
