package app.briefings.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.FeedFilters;
import app.briefings.briefing.Source;
import app.briefings.entity.EntityFields;
import app.briefings.entity.EntityRedirects;
import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.graphql.node.GlobalId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * {@code briefingPublished} mapped onto {@link LiveBriefingController} with the
 * broadcaster mocked: each briefing the broadcaster passes is sent as an event, and the
 * filter reaches the broadcaster decoded from global IDs, with merged officials followed
 * to the entity that absorbed them.
 */
@GraphQlTest(LiveBriefingController.class)
@Import({ GraphQlSliceConfiguration.class, FeedFilters.class })
class LiveBriefingGraphQlSliceTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	BriefingBroadcaster broadcaster;

	@MockitoBean
	EntityRedirects redirects;

	@Test
	void shouldSendEachBriefingTheBroadcasterPublishesAsAnEvent() {
		given(this.broadcaster.published(any())).willReturn(Flux.just(briefing("b-1"), briefing("b-2")));

		List<String> ids = this.graphQl.document("subscription { briefingPublished { id title } }")
			.executeSubscription()
			.toFlux("briefingPublished.id", String.class)
			.collectList()
			.block(WAIT);

		assertThat(ids).containsExactly(GlobalId.encode("Briefing", "b-1"), GlobalId.encode("Briefing", "b-2"));
	}

	@Test
	void shouldHandTheBroadcasterTheDecodedFilterWithMergedOfficialsFollowed() {
		given(this.broadcaster.published(any())).willReturn(Flux.empty());
		given(this.redirects.survivorsOf(EntityFields.OFFICIALS, List.of("zas-2019")))
			.willReturn(Map.of("zas-2019", "zas"));

		this.graphQl.document("""
				subscription Live($filter: BriefingFilter) { briefingPublished(filter: $filter) { id } }""")
			.variable("filter", Map.of("officials", List.of(GlobalId.encode("Official", "zas-2019")), "language", "ru"))
			.executeSubscription()
			.toFlux()
			.blockLast(WAIT);

		ArgumentCaptor<FeedCriteria> criteria = ArgumentCaptor.forClass(FeedCriteria.class);
		then(this.broadcaster).should().published(criteria.capture());
		assertThat(criteria.getValue().officialIds()).containsExactly("zas-2019", "zas");
		assertThat(criteria.getValue().language()).isEqualTo("ru");
	}

	private static Briefing briefing(String id) {
		return new Briefing(id, "doc-" + id, 0, "Zas on terrorism", "Stanislav Zas said that ...", null,
				Instant.parse("2020-06-05T10:15:00Z"), DateSource.ITEM, "en", new Source("Example wire", null, null),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				"test", BriefingStatus.PUBLISHED, Instant.parse("2020-06-05T10:16:00Z"), 1);
	}

}
