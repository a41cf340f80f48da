package app.briefings.ingestion.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.briefings.briefing.BriefingRepository;
import app.briefings.graphql.GraphQlSliceConfiguration;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.paging.PageRequest.Direction;
import app.briefings.graphql.paging.TotalCount;
import app.briefings.ingestion.document.DocumentRevision;
import app.briefings.ingestion.document.DocumentStatus;
import app.briefings.security.AccessRules;
import app.briefings.security.ApiKeyPrincipal;
import app.briefings.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The ingestion-record fields mapped onto {@link IngestionRecordController} with the
 * records, briefings and access rules mocked: a partner's page of records with their
 * current text, earlier texts and briefings, and another partner's record refused with
 * its code and the argument named.
 */
@GraphQlTest(IngestionRecordController.class)
@Import(GraphQlSliceConfiguration.class)
class IngestionRecordGraphQlSliceTests {

	private static final String TEXT = "MOSCOW, April 3 -- The corrected wire item, as the partner sent it.";

	private static final IngestionRecord RECORD = new IngestionRecord("doc-1", "wire", "wire-0001", DocumentStatus.DONE,
			Instant.parse("2025-04-03T09:00:00Z"), List.of("doc-1-0"), "Example wire", 2,
			Instant.parse("2025-04-03T10:00:00Z"));

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	IngestionRecords records;

	@MockitoBean
	BriefingRepository briefings;

	@MockitoBean
	AccessRules access;

	@AfterEach
	void forgetTheCaller() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldListThePartnersRecordsWithTheirTextsAndBriefings() {
		callAsPartner("wire");
		PageRequest page = new PageRequest(5, Direction.FORWARD, null, null);
		given(this.access.partnerScope(any())).willReturn("wire");
		given(this.access.mayReadPartnerData(any(), eq("wire"))).willReturn(true);
		given(this.records.page("wire", page))
			.willReturn(Connection.of(List.of(RECORD), page, IngestionRecord::id, TotalCount.of(() -> 1)));
		given(this.records.textsOf(List.of("doc-1"))).willReturn(Map.of("doc-1", TEXT));
		given(this.records.revisionsOf(List.of("doc-1"))).willReturn(Map.of("doc-1",
				List.of(new DocumentRevision(1, "An earlier text.", "hash-1", Instant.parse("2025-04-03T09:00:00Z")))));
		given(this.briefings.findByIdIn(List.of("doc-1-0")))
			.willReturn(List.of(IngestionGraphQlSliceTests.briefing("doc-1-0")));

		GraphQlTester.Response response = this.graphQl.document("""
				{ ingestionRecords(first: 5) { totalCount edges { node {
				  id externalId partner status version receivedAt revisedAt sourceName text
				  revisions { version text } briefings { id title }
				} } } }""").execute();

		response.path("ingestionRecords.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("ingestionRecords.edges[0].node")
			.entity(Map.class)
			.satisfies((node) -> assertThat(node).containsEntry("id", GlobalId.encode("IngestionRecord", "doc-1"))
				.containsEntry("externalId", "wire-0001")
				.containsEntry("partner", "wire")
				.containsEntry("status", "DONE")
				.containsEntry("version", 2)
				.containsEntry("receivedAt", "2025-04-03T09:00:00Z")
				.containsEntry("revisedAt", "2025-04-03T10:00:00Z")
				.containsEntry("sourceName", "Example wire")
				.containsEntry("text", TEXT)
				.containsEntry("revisions", List.of(Map.of("version", 1, "text", "An earlier text.")))
				.containsEntry("briefings", List.of(Map.of("id", GlobalId.encode("Briefing", "doc-1-0"), "title",
						"Lavrov on the Rubezh-2025 training"))));
	}

	@Test
	void shouldRefuseAnotherPartnersRecordNamingTheArgument() {
		callAsPartner("wire");
		given(this.access.mayReadPartnerData(any(), eq("other-wire"))).willReturn(false);

		this.graphQl.document("{ ingestionRecord(externalId: \"x-1\", partner: \"other-wire\") { id text } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN");
				assertThat(error.getExtensions()).containsEntry("field", "partner");
			}));
		then(this.records).should(never()).findByExternalId(any(), any());
		then(this.records).should(never()).textsOf(anyCollection());
	}

	private static void callAsPartner(String partner) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(new ApiKeyPrincipal("k-1", partner, Set.of(Role.PARTNER)),
					null, Role.PARTNER.authority()));
	}

}
