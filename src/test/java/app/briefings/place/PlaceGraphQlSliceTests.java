package app.briefings.place;

import java.util.List;
import java.util.Map;
import java.util.Set;

import app.briefings.entity.EntityRedirects;
import app.briefings.entity.MergeFollowingLookup;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.graphql.node.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;

/**
 * The {@code Place} type reached through {@code node} and {@code nodes} with the
 * repository mocked: a place's fields under its global ID, places found in one query in
 * the order asked with {@code null} for an unknown one, and a place found under the ID of
 * one merged into it. Places have no controller of their own: the slice keeps only
 * {@code NodeController} of the application's controllers.
 */
@GraphQlTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "app\\.briefings\\.(?!graphql\\.node\\.NodeController$).*Controller"))
@Import({ GraphQlSliceConfiguration.class, PlaceNodes.class, MergeFollowingLookup.class })
class PlaceGraphQlSliceTests {

	private static final String PLACES = """
			query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Place { name aliases reviewStatus kind } } }""";

	private static final Place ALMATY = new Place("almaty", "Almaty", List.of("Алматы", "Alma-Ata"), "CITY",
			"kazakhstan", ReviewStatus.CURATED);

	private static final Place KAZAKHSTAN = new Place("kazakhstan", "Kazakhstan", List.of("Казахстан"), "COUNTRY", null,
			ReviewStatus.REVIEWED);

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	PlaceRepository places;

	@MockitoBean
	EntityRedirects redirects;

	@Test
	void shouldAnswerPlacesInTheOrderAskedWithNullForAnUnknownOne() {
		given(this.places.findByIdIn(Set.of("kazakhstan", "atlantis", "almaty")))
			.willReturn(List.of(ALMATY, KAZAKHSTAN));

		GraphQlTester.Response response = this.graphQl.document(PLACES)
			.variable("ids",
					List.of(GlobalId.encode("Place", "kazakhstan"), GlobalId.encode("Place", "atlantis"),
							GlobalId.encode("Place", "almaty")))
			.execute();

		response.path("nodes[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("__typename", "Place", "id", GlobalId.encode("Place", "kazakhstan"), "name", "Kazakhstan",
					"aliases", List.of("Казахстан"), "reviewStatus", "REVIEWED", "kind", "COUNTRY"));
		response.path("nodes[1]").valueIsNull();
		response.path("nodes[2].aliases").entityList(String.class).containsExactly("Алматы", "Alma-Ata");
		response.path("nodes[2].kind").entity(String.class).isEqualTo("CITY");
	}

	@Test
	void shouldFindAPlaceUnderTheIdOfOneMergedIntoIt() {
		given(this.places.findByIdIn(Set.of("alma-ata"))).willReturn(List.of());
		given(this.redirects.survivorsOf("places", List.of("alma-ata"))).willReturn(Map.of("alma-ata", "almaty"));
		given(this.places.findByIdIn(argThat((ids) -> ids != null && ids.contains("almaty"))))
			.willReturn(List.of(ALMATY));

		GraphQlTester.Response response = this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", GlobalId.encode("Place", "alma-ata"))
			.execute();

		response.path("node.id").entity(String.class).isEqualTo(GlobalId.encode("Place", "almaty"));
	}

}
