package app.briefings.graphql;

import java.util.ArrayList;
import java.util.List;

import app.briefings.IntegrationTest;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed request is observed once as a GraphQL request and once as an HTTP request, not
 * once per field and once per security filter: those observations cost a timer lookup and
 * a context per field and filter on every request, a large share of the feed's CPU.
 */
@IntegrationTest
class RequestObservationsIntegrationTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	MeterRegistry meters;

	@Test
	void shouldObserveTheFeedAsOneRequestWithoutAnObservationPerFieldOrFilter() {
		this.graphQl.documentName("feedWithRelations")
			.variable("first", 3)
			.execute()
			.path("briefings.edges")
			.entityList(Object.class)
			.hasSize(3);

		assertThat(this.meters.find("graphql.request").timers()).as("the request's own observation").isNotEmpty();
		assertThat(meterNames()).as("meters of per-field and per-filter observations")
			.noneMatch((name) -> name.startsWith("graphql.datafetcher"))
			.noneMatch((name) -> name.startsWith("spring.security."));
	}

	private List<String> meterNames() {
		List<String> names = new ArrayList<>();
		for (Meter meter : this.meters.getMeters()) {
			names.add(meter.getId().getName());
		}
		return names;
	}

}
