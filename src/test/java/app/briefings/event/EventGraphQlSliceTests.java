package app.briefings.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.briefings.entity.EntityRedirects;
import app.briefings.entity.MergeFollowingLookup;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.graphql.node.GlobalId;
import app.briefings.place.Place;
import app.briefings.place.PlaceRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;

/**
 * The {@code Event} type mapped onto {@link EventController} and reached through
 * {@code nodes} with the repositories mocked: an event's fields with its date and place,
 * the places of several events loaded in one batch, and an event found under the ID of
 * one merged into it.
 */
@GraphQlTest(controllers = EventController.class,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "app\\.briefings\\.graphql\\.node\\.NodeController"))
@Import({ GraphQlSliceConfiguration.class, EventNodes.class, MergeFollowingLookup.class })
class EventGraphQlSliceTests {

	private static final String EVENTS = """
			query($ids: [ID!]!) {
			  nodes(ids: $ids) {
			    id
			    ... on Event { name aliases reviewStatus date place { id name kind } }
			  }
			}""";

	private static final Place DUSHANBE = new Place("dushanbe", "Dushanbe", List.of("Душанбе"), "CITY", "tajikistan",
			ReviewStatus.CURATED);

	private static final Event SUMMIT = new Event("csto-summit-2021", "CSTO summit in Dushanbe", List.of("саммит ОДКБ"),
			LocalDate.of(2021, 9, 16), "dushanbe", "csto", ReviewStatus.CURATED);

	private static final Event COUNCIL = new Event("cmfa-2021", "CSTO Council of Foreign Ministers", List.of(),
			LocalDate.of(2021, 9, 15), "dushanbe", "csto", ReviewStatus.REVIEWED);

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	EventRepository events;

	@MockitoBean
	PlaceRepository places;

	@MockitoBean
	EntityRedirects redirects;

	@Test
	void shouldAnswerAnEventsFieldsWithItsDateAndPlace() {
		given(this.events.findByIdIn(Set.of("csto-summit-2021"))).willReturn(List.of(SUMMIT));
		given(this.places.findByIdIn(Set.of("dushanbe"))).willReturn(List.of(DUSHANBE));

		GraphQlTester.Response response = this.graphQl.document(EVENTS)
			.variable("ids", List.of(GlobalId.encode("Event", "csto-summit-2021")))
			.execute();

		response.path("nodes[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("id", GlobalId.encode("Event", "csto-summit-2021"), "name", "CSTO summit in Dushanbe",
					"aliases", List.of("саммит ОДКБ"), "reviewStatus", "CURATED", "date", "2021-09-16", "place",
					Map.of("id", GlobalId.encode("Place", "dushanbe"), "name", "Dushanbe", "kind", "CITY")));
	}

	@Test
	void shouldLoadThePlacesOfSeveralEventsInOneBatch() {
		given(this.events.findByIdIn(anyCollection())).willReturn(List.of(SUMMIT, COUNCIL));
		given(this.places.findByIdIn(Set.of("dushanbe"))).willReturn(List.of(DUSHANBE));

		this.graphQl.document(EVENTS)
			.variable("ids",
					List.of(GlobalId.encode("Event", "csto-summit-2021"), GlobalId.encode("Event", "cmfa-2021")))
			.execute()
			.path("nodes[*].place.name")
			.entityList(String.class)
			.containsExactly("Dushanbe", "Dushanbe");
		then(this.places).should(times(1)).findByIdIn(anyCollection());
	}

	@Test
	void shouldFindAnEventUnderTheIdOfOneMergedIntoIt() {
		given(this.events.findByIdIn(Set.of("dushanbe-summit"))).willReturn(List.of());
		given(this.redirects.survivorsOf("events", List.of("dushanbe-summit")))
			.willReturn(Map.of("dushanbe-summit", "csto-summit-2021"));
		given(this.events.findByIdIn(argThat((ids) -> ids != null && ids.contains("csto-summit-2021"))))
			.willReturn(List.of(SUMMIT));
		given(this.places.findByIdIn(Set.of("dushanbe"))).willReturn(List.of(DUSHANBE));

		GraphQlTester.Response response = this.graphQl.document(EVENTS)
			.variable("ids", List.of(GlobalId.encode("Event", "dushanbe-summit")))
			.execute();

		response.path("nodes[0].id").entity(String.class).isEqualTo(GlobalId.encode("Event", "csto-summit-2021"));
		response.path("nodes[0].name").entity(String.class).isEqualTo("CSTO summit in Dushanbe");
	}

}
