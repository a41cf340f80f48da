package app.briefings.official;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.briefings.entity.EntityRedirects;
import app.briefings.entity.MergeFollowingLookup;
import app.briefings.entity.NameOrderedPages;
import app.briefings.entity.ReviewStatus;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.organization.Organization;
import app.briefings.organization.OrganizationRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The knowledge base's official fields mapped onto {@link OfficialController} with the
 * repositories mocked: an official found under the ID of an entity merged into it, the
 * positions timeline with dates and organizations resolved in one batch, and the ID of
 * another type refused with its code.
 */
@GraphQlTest(OfficialController.class)
@Import({ GraphQlSliceConfiguration.class, MergeFollowingLookup.class })
class KnowledgeBaseGraphQlSliceTests {

	private static final String OFFICIAL = """
			query($id: ID!) {
			  official(id: $id) {
			    id name aliases reviewStatus
			    positions { title from to organization { id name } }
			  }
			}""";

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	OfficialRepository officials;

	@MockitoBean
	OrganizationRepository organizations;

	@MockitoBean
	NameOrderedPages pages;

	@MockitoBean
	EntityRedirects redirects;

	@Test
	void shouldFindAnOfficialUnderTheIdOfAnEntityMergedIntoIt() {
		given(this.officials.findById("zas")).willReturn(Optional.empty());
		given(this.redirects.survivorOf("officials", "zas")).willReturn(Optional.of("stanislav-zas"));
		given(this.officials.findById("stanislav-zas")).willReturn(Optional.of(new Official("stanislav-zas",
				"Stanislav Zas", List.of("Zas", "Зась"), null, List.of(), ReviewStatus.CURATED)));

		GraphQlTester.Response response = this.graphQl.document(OFFICIAL)
			.variable("id", GlobalId.encode("Official", "zas"))
			.execute();

		response.path("official.id").entity(String.class).isEqualTo(GlobalId.encode("Official", "stanislav-zas"));
		response.path("official.aliases").entityList(String.class).containsExactly("Zas", "Зась");
		response.path("official.reviewStatus").entity(String.class).isEqualTo("CURATED");
	}

	@Test
	void shouldAnswerThePositionsTimelineWithItsOrganizationsLoadedInOneBatch() {
		given(this.officials.findById("stanislav-zas")).willReturn(Optional.of(new Official("stanislav-zas",
				"Stanislav Zas", List.of(), null,
				List.of(new Position("Secretary General", "csto", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)),
						new Position("Secretary of the Security Council", "belarus-security-council",
								LocalDate.of(2015, 11, 27), LocalDate.of(2019, 12, 31))),
				ReviewStatus.CURATED)));
		given(this.organizations.findByIdIn(Set.of("csto", "belarus-security-council")))
			.willReturn(List.of(new Organization("csto", "CSTO", List.of(), null, null, ReviewStatus.CURATED)));

		GraphQlTester.Response response = this.graphQl.document(OFFICIAL)
			.variable("id", GlobalId.encode("Official", "stanislav-zas"))
			.execute();

		response.path("official.positions[0].from").entity(String.class).isEqualTo("2020-01-01");
		response.path("official.positions[0].to").entity(String.class).isEqualTo("2022-12-31");
		response.path("official.positions[0].organization.id")
			.entity(String.class)
			.isEqualTo(GlobalId.encode("Organization", "csto"));
		response.path("official.positions[0].organization.name").entity(String.class).isEqualTo("CSTO");
		response.path("official.positions[1].organization").valueIsNull();
		then(this.organizations).should().findByIdIn(any());
	}

	@Test
	void shouldRefuseTheIdOfAnotherTypeAsAnInvalidId() {
		this.graphQl.document(OFFICIAL)
			.variable("id", GlobalId.encode("Organization", "csto"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_ID")))
			.path("official")
			.valueIsNull();
		then(this.officials).should(never()).findById(any());
	}

}
