package app.briefings.editorial;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.briefings.IntegrationTest;
import app.briefings.TestApiKeys;
import app.briefings.graphql.node.GlobalId;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The editorial workflow over HTTP: aliases and candidates that change linking, merges,
 * quote corrections that survive re-extraction, and who may edit.
 */
@IntegrationTest
class EditorialIntegrationTests {

	private static final String INGEST = """
			mutation Ingest($input: IngestDocumentInput!) {
			  ingestDocument(input: $input) { briefings { id officials { id } quotes { text speaker { id } } } }
			}""";

	private static final String ADD_ALIAS = """
			mutation Alias($id: ID!, $alias: String!) {
			  addEntityAlias(id: $id, alias: $alias) {
			    entity { id name aliases }
			    reextraction { id documentCount }
			  }
			}""";

	private static final String JOB = """
			query Job($id: ID!) { node(id: $id) { ... on ReextractionJob { status documentCount reextractedDocuments failedDocuments } } }""";

	private static final String BRIEFING = """
			query Briefing($id: ID!) {
			  briefing(id: $id) {
			    id
			    officials { id }
			    mentions { surface entity { id } }
			    quotes { text speaker { id } }
			  }
			}""";

	private static final String CANDIDATES = """
			query Candidates($status: CandidateStatus) {
			  entityCandidates(first: 100, status: $status) {
			    edges { node {
			      id surface type reason status contextCount
			      possibleEntities { id }
			      contexts { briefing { id } span { start end } snippet }
			      resolvedEntity { id }
			    } }
			  }
			}""";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	MongoOperations mongo;

	private HttpGraphQlTester admin() {
		return as(IntegrationTest.API_KEY);
	}

	private HttpGraphQlTester as(String key) {
		return this.anonymous.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(60)))
			.header("Authorization", "Bearer " + key)
			.build();
	}

	@Test
	void shouldLinkAnEarlierBriefingOnceItsAliasIsAdded() {
		String official = insertOfficial("edtest-arslan-qorvan", "Arslan Qorvan");
		String briefingId = ingest("Qorvanbek received the delegation in Bishkek on Tuesday.", "edtest-alias-1");
		assertThat(officialIdsOf(briefingId)).doesNotContain(official);

		GraphQlTester.Response added = editor().document(ADD_ALIAS)
			.variable("id", official)
			.variable("alias", "Qorvanbek")
			.execute();
		added.path("addEntityAlias.entity.aliases").entityList(String.class).contains("Qorvanbek");
		added.path("addEntityAlias.reextraction.documentCount")
			.entity(Integer.class)
			.satisfies((count) -> assertThat(count).isPositive());
		awaitJob(added.path("addEntityAlias.reextraction.id").entity(String.class).get());

		assertThat(briefing(briefingId).path("briefing.id").entity(String.class).get()).isEqualTo(briefingId);
		assertThat(officialIdsOf(briefingId)).containsExactly(official);
		briefing(briefingId).path("briefing.mentions[*].surface").entityList(String.class).contains("Qorvanbek");
	}

	@Test
	void shouldNotStartAReextractionForAnAliasTheEntityHas() {
		String official = insertOfficial("edtest-kanat-noop", "Kanat Noop", "Noopbek");
		editor().document(ADD_ALIAS)
			.variable("id", official)
			.variable("alias", "Noopbek")
			.execute()
			.path("addEntityAlias.reextraction")
			.valueIsNull();
	}

	@Test
	void shouldMergeAnEntityIntoItsSurvivorEverywhere() {
		String survivor = insertOfficial("edtest-bolot-ediz", "Bolot Ediz");
		String merged = insertOfficial("edtest-bolot-edizov", "Bolot Edizov", "Edizov-Bolot");
		refreshLinking(survivor);
		String onlyMerged = ingest("Bolot Edizov inspected the border posts near Osh.", "edtest-merge-1");
		String both = ingest("Bolot Ediz and Bolot Edizov met in Naryn to discuss the border.", "edtest-merge-2");
		assertThat(officialIdsOf(both)).containsExactlyInAnyOrder(survivor, merged);

		GraphQlTester.Response response = editor().document("""
				mutation Merge($survivor: ID!, $merged: ID!) {
				  mergeEntities(survivorId: $survivor, mergedId: $merged) {
				    survivor { id name aliases }
				    rewrittenBriefings
				    reextraction { id }
				  }
				}""").variable("survivor", survivor).variable("merged", merged).execute();
		response.path("mergeEntities.survivor.id").entity(String.class).isEqualTo(survivor);
		response.path("mergeEntities.survivor.aliases")
			.entityList(String.class)
			.contains("Bolot Edizov", "Edizov-Bolot");
		response.path("mergeEntities.rewrittenBriefings")
			.entity(Integer.class)
			.satisfies((count) -> assertThat(count).isGreaterThanOrEqualTo(2));
		assertThat(officialIdsOf(both)).containsExactly(survivor);
		assertThat(version(both)).isEqualTo(2);
		awaitJob(response.path("mergeEntities.reextraction.id").entity(String.class).get());
		assertThat(version(both)).isEqualTo(2);
		editor().document("query H($id: ID!) { editorialHistory(briefingId: $id) { edges { node { operation } } } }")
			.variable("id", both)
			.execute()
			.path("editorialHistory.edges[*].node.operation")
			.entityList(String.class)
			.containsExactly("mergeEntities");
		editor().document("query H($id: ID!) { editorialHistory(entityId: $id) { edges { node { operation } } } }")
			.variable("id", merged)
			.execute()
			.path("editorialHistory.edges[*].node.operation")
			.entityList(String.class)
			.contains("mergeEntities");

		assertThat(officialIdsOf(onlyMerged)).containsExactly(survivor);
		assertThat(officialIdsOf(both)).containsExactly(survivor);
		admin().document(
				"""
						query Feed($officials: [ID!]) { briefings(first: 100, filter: { officials: $officials }) { edges { node { id } } } }""")
			.variable("officials", List.of(survivor))
			.execute()
			.path("briefings.edges[*].node.id")
			.entityList(String.class)
			.contains(onlyMerged, both);
		admin().document("query Node($id: ID!) { node(id: $id) { id ... on Official { name } } }")
			.variable("id", merged)
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(survivor);
		admin().document("query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }")
			.variable("ids", List.of(merged, survivor))
			.execute()
			.path("nodes[*].id")
			.entityList(String.class)
			.containsExactly(survivor, survivor);
		admin().document("query Official($id: ID!) { official(id: $id) { id } }")
			.variable("id", merged)
			.execute()
			.path("official.id")
			.entity(String.class)
			.isEqualTo(survivor);
		admin().document(
				"""
						query Feed($officials: [ID!]) { briefings(first: 100, filter: { officials: $officials }) { edges { node { id } } } }""")
			.variable("officials", List.of(merged))
			.execute()
			.path("briefings.edges[*].node.id")
			.entityList(String.class)
			.contains(onlyMerged, both);
		admin().document("""
				query Search($officials: [ID!]) {
				  search(query: "Naryn", first: 10, filter: { officials: $officials }) { edges { node { id } } }
				}""")
			.variable("officials", List.of(merged))
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.contains(both);
		assertThat(this.mongo.exists(new Query(Criteria.where("_id").is("edtest-bolot-edizov")), "officials"))
			.isFalse();
	}

	@Test
	void shouldRefuseToMergeEntitiesOfDifferentTypesOrAnEntityIntoItself() {
		String official = insertOfficial("edtest-type-a", "Typea Edtest");
		String organization = GlobalId.encode("Organization", "csto");
		String merge = "mutation M($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m) { rewrittenBriefings } }";
		expectError(editor().document(merge).variable("s", official).variable("m", organization).execute(),
				"BAD_USER_INPUT", "mergedId");
		expectError(editor().document(merge).variable("s", official).variable("m", official).execute(),
				"BAD_USER_INPUT", "mergedId");
		assertThat(this.mongo.exists(new Query(Criteria.where("_id").is("csto")), "organizations")).isTrue();
	}

	@Test
	void shouldKeepACorrectedQuoteSpeakerThroughReextraction() {
		String chosen = insertOfficial("edtest-aibek-chosen", "Aibek Chosen");
		String extracted = insertOfficial("edtest-zhyldyz-extracted", "Zhyldyz Extracted");
		refreshLinking(extracted);
		String briefingId = ingest(
				"\"We will keep the border open,\" Zhyldyz Extracted said on Friday. Qyzylbek later left for Osh.",
				"edtest-quote-1");
		briefing(briefingId).path("briefing.quotes[0].speaker.id").entity(String.class).isEqualTo(extracted);

		editor().document("""
				mutation Correct($briefing: ID!, $speaker: ID!) {
				  correctQuoteSpeaker(briefingId: $briefing, quoteIndex: 0, speakerId: $speaker) {
				    briefing { quotes { speaker { id } } }
				  }
				}""")
			.variable("briefing", briefingId)
			.variable("speaker", chosen)
			.execute()
			.path("correctQuoteSpeaker.briefing.quotes[0].speaker.id")
			.entity(String.class)
			.isEqualTo(chosen);

		String job = editor().document(ADD_ALIAS)
			.variable("id", chosen)
			.variable("alias", "Qyzylbek")
			.execute()
			.path("addEntityAlias.reextraction.id")
			.entity(String.class)
			.get();
		awaitJob(job);
		GraphQlTester.Response after = briefing(briefingId);
		after.path("briefing.mentions[*].surface").entityList(String.class).contains("Qyzylbek");
		after.path("briefing.officials[*].id").entityList(String.class).contains(extracted, chosen);
		after.path("briefing.quotes[0].speaker.id").entity(String.class).isEqualTo(chosen);
	}

	@Test
	void shouldRefuseAQuoteIndexOutsideTheBriefing() {
		String speaker = insertOfficial("edtest-index-speaker", "Index Speaker");
		String briefingId = ingest("\"Talks went well,\" Stanislav Zas said in Talas on the first day.",
				"edtest-quote-2");
		expectError(editor().document("""
				mutation Correct($briefing: ID!, $speaker: ID!) {
				  correctQuoteSpeaker(briefingId: $briefing, quoteIndex: 7, speakerId: $speaker) { briefing { id } }
				}""").variable("briefing", briefingId).variable("speaker", speaker).execute(), "BAD_USER_INPUT",
				"quoteIndex");
	}

	@Test
	void shouldRecordACandidateForASharedSurnameAndLinkItOnceAccepted() {
		String nurlan = insertOfficial("edtest-nurlan-kydyrmatov", "Nurlan Kydyrmatov", "Kydyrmatov");
		String azamat = insertOfficial("edtest-azamat-kydyrmatov", "Azamat Kydyrmatov", "Kydyrmatov");
		refreshLinking(nurlan);
		String briefingId = ingest("Kydyrmatov told reporters in Edtestabad that the talks went well.",
				"edtest-candidate-1");
		assertThat(officialIdsOf(briefingId)).doesNotContain(nurlan, azamat);

		Map<String, Object> candidate = candidate("Kydyrmatov");
		assertThat(candidate).containsEntry("type", "OFFICIAL")
			.containsEntry("reason", "AMBIGUOUS")
			.containsEntry("status", "OPEN")
			.containsEntry("contextCount", 1);
		assertThat(idsIn(candidate.get("possibleEntities"))).containsExactlyInAnyOrder(nurlan, azamat);
		Map<?, ?> context = (Map<?, ?>) ((List<?>) candidate.get("contexts")).get(0);
		assertThat(((Map<?, ?>) context.get("briefing")).get("id")).isEqualTo(briefingId);
		assertThat(context.get("span")).isEqualTo(Map.of("start", 0, "end", 10));
		assertThat((String) context.get("snippet")).contains("Kydyrmatov told reporters");

		String town = insertOfficial("edtest-town-keeper", "Town Keeper");
		awaitJob(editor().document(ADD_ALIAS)
			.variable("id", town)
			.variable("alias", "Edtestabad")
			.execute()
			.path("addEntityAlias.reextraction.id")
			.entity(String.class)
			.get());
		assertThat(candidate("Kydyrmatov")).containsEntry("contextCount", 1).containsEntry("status", "OPEN");

		GraphQlTester.Response accepted = editor().document("""
				mutation Accept($input: AcceptCandidateInput!) {
				  acceptCandidate(input: $input) {
				    candidate { status resolvedEntity { id } }
				    entity { id aliases }
				    reextraction { id }
				  }
				}""").variable("input", Map.of("id", candidate.get("id"), "asAliasOf", nurlan)).execute();
		accepted.path("acceptCandidate.candidate.status").entity(String.class).isEqualTo("ACCEPTED");
		accepted.path("acceptCandidate.candidate.resolvedEntity.id").entity(String.class).isEqualTo(nurlan);
		awaitJob(accepted.path("acceptCandidate.reextraction.id").entity(String.class).get());
		assertThat(officialIdsOf(briefingId)).contains(nurlan).doesNotContain(azamat);
		Document other = this.mongo.findById("edtest-azamat-kydyrmatov", Document.class, "officials");
		assertThat(other.getList("aliases", String.class)).doesNotContain("Kydyrmatov");
	}

	@Test
	void shouldListAQuoteWhoseSpeakerCannotBeResolvedForEditorsWithoutLinkingAnyone() {
		String briefingId = ingest(
				"Stanislav Zas arrived in Talas. \"We will keep the border open,\" she said on Friday.",
				"edtest-unresolved-1");
		GraphQlTester.Response stored = admin().document("""
				query Q($id: ID!) { briefing(id: $id) { quotes { speaker { id } speakerName confidence } } }""")
			.variable("id", briefingId)
			.execute();
		stored.path("briefing.quotes[0].speaker").valueIsNull();
		stored.path("briefing.quotes[0].speakerName").entity(String.class).isEqualTo("she");
		stored.path("briefing.quotes[0].confidence")
			.entity(Double.class)
			.satisfies((c) -> assertThat(c).isLessThan(0.5));

		Map<String, Object> candidate = candidate("she");
		assertThat(candidate).containsEntry("reason", "UNRESOLVED_SPEAKER").containsEntry("type", "OFFICIAL");
		Map<?, ?> context = (Map<?, ?>) ((List<?>) candidate.get("contexts")).get(0);
		assertThat(((Map<?, ?>) context.get("briefing")).get("id")).isEqualTo(briefingId);
		String accept = "mutation A($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { candidate { status } } }";
		expectError(editor().document(accept)
			.variable("input",
					Map.of("id", candidate.get("id"), "asAliasOf", GlobalId.encode("Official", "stanislav-zas")))
			.execute(), "BAD_USER_INPUT", "id");
	}

	@Test
	void shouldValidateHowACandidateIsAccepted() {
		String briefingId = ingest("On Monday Temirlan Edtestbaev opened the new checkpoint.", "edtest-candidate-2");
		assertThat(briefingId).isNotEmpty();
		Map<String, Object> candidate = candidate("Temirlan Edtestbaev");
		assertThat(candidate).containsEntry("reason", "UNKNOWN").containsEntry("type", "OFFICIAL");
		String accept = "mutation A($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { candidate { status } } }";
		expectError(editor().document(accept).variable("input", Map.of("id", candidate.get("id"))).execute(),
				"BAD_USER_INPUT", "asAliasOf");
		expectError(editor().document(accept)
			.variable("input",
					Map.of("id", candidate.get("id"), "asAliasOf", GlobalId.encode("Official", "edtest-x"),
							"asNewEntity", Map.of("type", "OFFICIAL", "name", "Temirlan Edtestbaev")))
			.execute(), "BAD_USER_INPUT", "asAliasOf");

		editor().document("mutation D($id: ID!) { dismissCandidate(id: $id) { candidate { status } } }")
			.variable("id", candidate.get("id"))
			.execute()
			.path("dismissCandidate.candidate.status")
			.entity(String.class)
			.isEqualTo("DISMISSED");
		expectError(editor().document(accept)
			.variable("input",
					Map.of("id", candidate.get("id"), "asNewEntity",
							Map.of("type", "OFFICIAL", "name", "Temirlan Edtestbaev")))
			.execute(), "CONFLICT", "id");
	}

	@Test
	void shouldCreateANewReviewedEntityFromACandidate() {
		ingest("The contract went to Edtest Holding in the spring.", "edtest-candidate-3");
		Map<String, Object> candidate = candidate("Edtest Holding");
		assertThat(candidate).containsEntry("type", "ORGANIZATION");
		GraphQlTester.Response accepted = editor().document("""
				mutation Accept($input: AcceptCandidateInput!) {
				  acceptCandidate(input: $input) {
				    entity { __typename id name reviewStatus }
				    reextraction { id }
				  }
				}""")
			.variable("input",
					Map.of("id", candidate.get("id"), "asNewEntity",
							Map.of("type", "ORGANIZATION", "name", "Edtest Holding Company")))
			.execute();
		accepted.path("acceptCandidate.entity.__typename").entity(String.class).isEqualTo("Organization");
		accepted.path("acceptCandidate.entity.reviewStatus").entity(String.class).isEqualTo("REVIEWED");
		accepted.path("acceptCandidate.entity.id")
			.entity(String.class)
			.isEqualTo(GlobalId.encode("Organization", "edtest-holding-company"));
		awaitJob(accepted.path("acceptCandidate.reextraction.id").entity(String.class).get());
	}

	@Test
	void shouldReviewAndRejectAnEntity() {
		String official = insertOfficial("edtest-review-me", "Review Edtestmann");
		String review = "mutation R($id: ID!, $s: ReviewStatus!) { reviewEntity(id: $id, status: $s) { entity { reviewStatus } reextraction { id } } }";
		GraphQlTester.Response reviewed = editor().document(review)
			.variable("id", official)
			.variable("s", "REVIEWED")
			.execute();
		reviewed.path("reviewEntity.entity.reviewStatus").entity(String.class).isEqualTo("REVIEWED");
		reviewed.path("reviewEntity.reextraction").valueIsNull();
		GraphQlTester.Response rejected = editor().document(review)
			.variable("id", official)
			.variable("s", "REJECTED")
			.execute();
		rejected.path("reviewEntity.entity.reviewStatus").entity(String.class).isEqualTo("REJECTED");
		awaitJob(rejected.path("reviewEntity.reextraction.id").entity(String.class).get());
		String briefingId = ingest("Review Edtestmann spoke in Karakol on Sunday.", "edtest-review-1");
		assertThat(officialIdsOf(briefingId)).doesNotContain(official);
		expectError(editor().document(review).variable("id", official).variable("s", "CURATED").execute(),
				"BAD_USER_INPUT", "status");
	}

	@Test
	void shouldRefuseToDemoteACuratedEntity() {
		String curated = GlobalId.encode("Official", "stanislav-zas");
		String review = "mutation R($id: ID!, $s: ReviewStatus!) { reviewEntity(id: $id, status: $s) { entity { reviewStatus } } }";
		expectError(editor().document(review).variable("id", curated).variable("s", "UNREVIEWED").execute(),
				"BAD_USER_INPUT", "status");
		Document stored = this.mongo.findById("stanislav-zas", Document.class, "officials");
		assertThat(stored.getString("reviewStatus")).isEqualTo("CURATED");
	}

	@Test
	void shouldListOnlyTheEntitiesInTheReviewStatusAsked() {
		String unreviewed = insertOfficial("edtest-aaa-unreviewed", "Aaa Unreviewed Edtest");
		GraphQlTester.Response listed = editor().document("""
				query L($s: ReviewStatus) {
				  officials(first: 100, reviewStatus: $s) { totalCount edges { node { id reviewStatus } } }
				}""").variable("s", "UNREVIEWED").execute();
		listed.path("officials.edges[*].node.id")
			.entityList(String.class)
			.contains(unreviewed)
			.doesNotContain(GlobalId.encode("Official", "stanislav-zas"));
		listed.path("officials.edges[*].node.reviewStatus")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).isNotEmpty().containsOnly("UNREVIEWED"));
		long stored = this.mongo.count(new Query(Criteria.where("reviewStatus").is("UNREVIEWED")), "officials");
		listed.path("officials.totalCount").entity(Long.class).isEqualTo(stored);
		for (String list : List.of("organizations", "operations")) {
			editor()
				.document(
						"query { " + list + "(first: 100, reviewStatus: CURATED) { edges { node { reviewStatus } } } }")
				.execute()
				.path(list + ".edges[*].node.reviewStatus")
				.entityList(String.class)
				.satisfies((statuses) -> assertThat(statuses).isNotEmpty().containsOnly("CURATED"));
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldOrderCandidatesByFrequencyOrRecency() {
		for (int checkpoint = 1; checkpoint <= 3; checkpoint++) {
			ingest("On Monday Oskon Freqtestov opened checkpoint number " + checkpoint + ".",
					"edtest-freq-" + checkpoint);
		}
		ingest("On Friday Bakyt Recenttestov opened the newest checkpoint.", "edtest-recent-1");
		String page = """
				query C($order: CandidateOrder, $first: Int, $after: String) {
				  entityCandidates(first: $first, after: $after, orderBy: $order) {
				    edges { node { surface contextCount lastSeenAt } }
				    pageInfo { endCursor }
				  }
				}""";
		List<Map<String, Object>> byFrequency = (List<Map<String, Object>>) (List<?>) editor().document(page)
			.variable("order", "FREQUENCY")
			.variable("first", 100)
			.execute()
			.path("entityCandidates.edges[*].node")
			.entityList(Map.class)
			.get();
		List<Integer> counts = byFrequency.stream().map((node) -> (Integer) node.get("contextCount")).toList();
		assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		int frequent = surfaces(byFrequency).indexOf("Oskon Freqtestov");
		assertThat(frequent).isNotNegative();
		assertThat(counts.get(frequent)).isEqualTo(3);
		assertThat(surfaces(byFrequency).indexOf("Bakyt Recenttestov")).isGreaterThan(frequent);

		List<Map<String, Object>> byRecency = (List<Map<String, Object>>) (List<?>) editor().document(page)
			.variable("order", "RECENCY")
			.variable("first", 100)
			.execute()
			.path("entityCandidates.edges[*].node")
			.entityList(Map.class)
			.get();
		assertThat(byRecency.stream().map((node) -> Instant.parse((String) node.get("lastSeenAt"))).toList())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(surfaces(byRecency).get(0)).isEqualTo("Bakyt Recenttestov");

		GraphQlTester.Response firstTwo = editor().document(page)
			.variable("order", "FREQUENCY")
			.variable("first", 2)
			.execute();
		String cursor = firstTwo.path("entityCandidates.pageInfo.endCursor").entity(String.class).get();
		List<String> nextTwo = editor().document(page)
			.variable("order", "FREQUENCY")
			.variable("first", 2)
			.variable("after", cursor)
			.execute()
			.path("entityCandidates.edges[*].node.surface")
			.entityList(String.class)
			.get();
		assertThat(nextTwo).isEqualTo(surfaces(byFrequency).subList(2, 4));
		expectError(editor().document(page).variable("order", "RECENCY").variable("after", cursor).execute(),
				"INVALID_CURSOR", null);
	}

	private static List<String> surfaces(List<Map<String, Object>> nodes) {
		return nodes.stream().map((node) -> (String) node.get("surface")).toList();
	}

	@Test
	void shouldAnswerARefusedListWithNullAndOnlyItsCodedError() {
		HttpGraphQlTester reader = as(createKey("edtest-list-reader", "READER"));
		GraphQlTester.Response refused = reader
			.document("{ entityCandidates(first: 5) { totalCount edges { node { id } } pageInfo { hasNextPage } } }")
			.execute();
		refused.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN");
			assertThat(error.getPath()).isEqualTo("entityCandidates");
		}));
		assertThat((Object) refused.returnResponse().getData()).isNull();
	}

	@Test
	void shouldKeepASpeakerFixThroughARewordingAndFlagItWhenTheQuoteIsGone() {
		String chosen = insertOfficial("edtest-fix-chosen", "Aigul Fixchosen");
		String extracted = insertOfficial("edtest-fix-extracted", "Ermek Fixextracted");
		refreshLinking(extracted);
		String externalId = "edtest-fix-" + Instant.now().toEpochMilli();
		String briefingId = ingestAs(externalId,
				"The talks ended in Osh.\n\n\"We will keep the border open for trade,\" Ermek Fixextracted said on Friday.");
		briefing(briefingId).path("briefing.quotes[0].speaker.id").entity(String.class).isEqualTo(extracted);
		correctSpeaker(briefingId, 0, chosen);
		assertThat(version(briefingId)).isEqualTo(2);
		GraphQlTester.Response history = editor().document("""
				query H($id: ID!) {
				  editorialHistory(briefingId: $id, first: 10) {
				    edges { node { operation outcome targetIds arguments { name value } } }
				  }
				}""").variable("id", briefingId).execute();
		history.path("editorialHistory.edges[0].node.operation").entity(String.class).isEqualTo("correctQuoteSpeaker");
		history.path("editorialHistory.edges[0].node.outcome").entity(String.class).isEqualTo("OK");
		history.path("editorialHistory.edges[0].node.targetIds").entityList(String.class).contains(briefingId, chosen);
		history.path("editorialHistory.edges[0].node.arguments[?(@.name == 'quoteIndex')].value")
			.entityList(String.class)
			.containsExactly("0");

		ingestAs(externalId,
				"The talks ended in Osh.\n\n\"We will keep the whole border open for trade,\" Ermek Fixextracted said on Friday.");
		GraphQlTester.Response reworded = briefing(briefingId);
		reworded.path("briefing.quotes[0].text")
			.entity(String.class)
			.satisfies((text) -> assertThat(text).contains("whole border"));
		reworded.path("briefing.quotes[0].speaker.id").entity(String.class).isEqualTo(chosen);
		assertThat(version(briefingId)).isEqualTo(3);
		assertThat(fixesNeedingReview(briefingId)).isEmpty();

		ingestAs(externalId,
				"The talks ended in Osh.\n\n\"Prices will fall soon,\" Ermek Fixextracted said on Friday.");
		briefing(briefingId).path("briefing.quotes[0].speaker.id").entity(String.class).isEqualTo(extracted);
		List<Map<String, Object>> flagged = fixesNeedingReview(briefingId);
		assertThat(flagged).singleElement().satisfies((fix) -> {
			assertThat(fix).containsEntry("status", "NEEDS_REVIEW");
			assertThat((String) fix.get("quoteText")).contains("whole border");
			assertThat(((Map<?, ?>) fix.get("speaker")).get("id")).isEqualTo(chosen);
		});
		editor().document("mutation D($id: ID!) { dismissSpeakerFix(id: $id) { speakerFix { status } } }")
			.variable("id", flagged.get(0).get("id"))
			.execute()
			.path("dismissSpeakerFix.speakerFix.status")
			.entity(String.class)
			.isEqualTo("DISMISSED");
		assertThat(fixesNeedingReview(briefingId)).isEmpty();
	}

	private String ingestAs(String externalId, String text) {
		return admin().document(INGEST)
			.variable("input", Map.of("text", text, "externalId", externalId, "publishedAt", "2025-05-01"))
			.execute()
			.path("ingestDocument.briefings[0].id")
			.entity(String.class)
			.get();
	}

	private void correctSpeaker(String briefingId, int quoteIndex, String speakerId) {
		editor()
			.document(
					"""
							mutation Correct($briefing: ID!, $index: Int!, $speaker: ID!) {
							  correctQuoteSpeaker(briefingId: $briefing, quoteIndex: $index, speakerId: $speaker) { briefing { id } }
							}""")
			.variable("briefing", briefingId)
			.variable("index", quoteIndex)
			.variable("speaker", speakerId)
			.execute()
			.path("correctQuoteSpeaker.briefing.id")
			.entity(String.class)
			.isEqualTo(briefingId);
	}

	private int version(String briefingId) {
		return admin().document("query V($id: ID!) { briefing(id: $id) { version } }")
			.variable("id", briefingId)
			.execute()
			.path("briefing.version")
			.entity(Integer.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> fixesNeedingReview(String briefingId) {
		return editor().document("""
				{ speakerFixesNeedingReview(first: 100) {
				    edges { node { id quoteText status briefing { id } speaker { id } } }
				} }""")
			.execute()
			.path("speakerFixesNeedingReview.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((node) -> (Map<String, Object>) node)
			.filter((node) -> briefingId.equals(((Map<?, ?>) node.get("briefing")).get("id")))
			.toList();
	}

	@Test
	void shouldCreateAnEntityDirectlyAndRefuseATakenId() {
		String create = """
				mutation C($input: CreateEntityInput!) {
				  createEntity(input: $input) { entity { __typename id name aliases reviewStatus } reextraction { id } }
				}""";
		Map<String, Object> input = Map.of("type", "OFFICIAL", "name", "Ivan Edtestlavrov", "aliases",
				List.of("Иван Эдтестлавров"), "description", "Deputy interior minister");
		this.mongo.remove(new Query(Criteria.where("_id").is("ivan-edtestlavrov")), "officials");
		String briefingId = ingest("Ivan Edtestlavrov visited the border post on Monday.", "edtest-create-1");
		GraphQlTester.Response created = editor().document(create).variable("input", input).execute();
		created.path("createEntity.entity.__typename").entity(String.class).isEqualTo("Official");
		created.path("createEntity.entity.reviewStatus").entity(String.class).isEqualTo("REVIEWED");
		created.path("createEntity.entity.aliases").entityList(String.class).containsExactly("Иван Эдтестлавров");
		String official = created.path("createEntity.entity.id").entity(String.class).get();
		assertThat(official).isEqualTo(GlobalId.encode("Official", "ivan-edtestlavrov"));
		awaitJob(created.path("createEntity.reextraction.id").entity(String.class).get());
		assertThat(officialIdsOf(briefingId)).contains(official);
		expectError(editor().document(create).variable("input", input).execute(), "CONFLICT", "input.name");
	}

	@Test
	void shouldStopLinkingARemovedAlias() {
		String official = insertOfficial("edtest-remove-alias", "Remove Aliastest", "Remtestbek");
		refreshLinking(official);
		String briefingId = ingest("Remtestbek spoke in Osh on Monday.", "edtest-remove-1");
		assertThat(officialIdsOf(briefingId)).contains(official);
		GraphQlTester.Response removed = editor().document("""
				mutation R($id: ID!, $alias: String!) {
				  removeEntityAlias(id: $id, alias: $alias) { entity { aliases } reextraction { id } }
				}""").variable("id", official).variable("alias", "Remtestbek").execute();
		removed.path("removeEntityAlias.entity.aliases").entityList(String.class).doesNotContain("Remtestbek");
		awaitJob(removed.path("removeEntityAlias.reextraction.id").entity(String.class).get());
		assertThat(officialIdsOf(briefingId)).doesNotContain(official);
	}

	@Test
	void shouldKeepAnUnlinkedMentionRemovedThroughReextraction() {
		String official = insertOfficial("edtest-unlink-me", "Unlink Edtestov");
		refreshLinking(official);
		String briefingId = ingest("Unlink Edtestov met traders in Osh on Monday.", "edtest-unlink-1");
		assertThat(officialIdsOf(briefingId)).contains(official);
		editor().document(
				"""
						mutation U($b: ID!, $e: ID!) { unlinkMention(briefingId: $b, entityId: $e) { briefing { officials { id } } } }""")
			.variable("b", briefingId)
			.variable("e", official)
			.execute()
			.path("unlinkMention.briefing.officials[*].id")
			.entityList(String.class)
			.doesNotContain(official);
		assertThat(version(briefingId)).isEqualTo(2);
		awaitJob(editor().document(ADD_ALIAS)
			.variable("id", official)
			.variable("alias", "Edtestov")
			.execute()
			.path("addEntityAlias.reextraction.id")
			.entity(String.class)
			.get());
		assertThat(officialIdsOf(briefingId)).doesNotContain(official);
		assertThat(version(briefingId)).isEqualTo(2);
	}

	@Test
	void shouldUndoAMerge() {
		String survivor = insertOfficial("edtest-undo-survivor", "Undo Survivortest");
		String merged = insertOfficial("edtest-undo-merged", "Kerim Undotestov", "Undotestov");
		refreshLinking(merged);
		String briefingId = ingest("Kerim Undotestov inspected the posts near Batken.", "edtest-undo-1");
		assertThat(officialIdsOf(briefingId)).containsExactly(merged);
		awaitJob(editor().document("""
				mutation M($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m) { reextraction { id } } }""")
			.variable("s", survivor)
			.variable("m", merged)
			.execute()
			.path("mergeEntities.reextraction.id")
			.entity(String.class)
			.get());
		assertThat(officialIdsOf(briefingId)).containsExactly(survivor);

		GraphQlTester.Response undone = editor().document("""
				mutation U($m: ID!) {
				  unmergeEntities(mergedId: $m) {
				    entity { id name } survivor { id aliases } restoredBriefings reextraction { id }
				  }
				}""").variable("m", merged).execute();
		undone.path("unmergeEntities.entity.id").entity(String.class).isEqualTo(merged);
		undone.path("unmergeEntities.survivor.aliases")
			.entityList(String.class)
			.doesNotContain("Kerim Undotestov", "Undotestov");
		undone.path("unmergeEntities.restoredBriefings").entity(Integer.class).isEqualTo(1);
		assertThat(officialIdsOf(briefingId)).containsExactly(merged);
		awaitJob(undone.path("unmergeEntities.reextraction.id").entity(String.class).get());
		assertThat(officialIdsOf(briefingId)).containsExactly(merged);
		admin().document("query Official($id: ID!) { official(id: $id) { id } }")
			.variable("id", merged)
			.execute()
			.path("official.id")
			.entity(String.class)
			.isEqualTo(merged);
		expectError(editor().document("mutation U($m: ID!) { unmergeEntities(mergedId: $m) { restoredBriefings } }")
			.variable("m", merged)
			.execute(), "NOT_FOUND", "mergedId");
	}

	@Test
	void shouldLetOnlyEditorsAndAdminsEdit() {
		String official = insertOfficial("edtest-guarded", "Guarded Edtestov");
		for (String role : List.of("READER", "PARTNER")) {
			HttpGraphQlTester caller = as(createKey("edtest-" + role.toLowerCase(), role));
			expectError(caller.document(ADD_ALIAS).variable("id", official).variable("alias", "Guardedbek").execute(),
					"FORBIDDEN", null);
			expectError(caller.document(CANDIDATES).execute(), "FORBIDDEN", null);
		}
		expectError(
				this.anonymous.document(ADD_ALIAS).variable("id", official).variable("alias", "Guardedbek").execute(),
				"UNAUTHENTICATED", null);
		expectError(editor().document("mutation { reextractDocuments { reextraction { id } } }").execute(), "FORBIDDEN",
				null);
		Document stored = this.mongo.findById("edtest-guarded", Document.class, "officials");
		assertThat(stored.getList("aliases", String.class)).doesNotContain("Guardedbek");
	}

	private String editorKey;

	private HttpGraphQlTester editor() {
		if (this.editorKey == null) {
			this.editorKey = createKey("edtest-editor", "EDITOR");
		}
		return as(this.editorKey);
	}

	private String createKey(String partner, String role) {
		return TestApiKeys.create(this.anonymous, partner, role);
	}

	private String insertOfficial(String id, String name, String... aliases) {
		this.mongo.remove(new Query(Criteria.where("_id").is(id)), "officials");
		this.mongo.insert(new Document("_id", id).append("name", name)
			.append("aliases", List.of(aliases))
			.append("positions", List.of())
			.append("reviewStatus", "UNREVIEWED"), "officials");
		return GlobalId.encode("Official", id);
	}

	/** Makes extraction know entities inserted directly, through an editor's change. */
	private void refreshLinking(String official) {
		editor().document(ADD_ALIAS)
			.variable("id", official)
			.variable("alias", "Refresh Edtest " + Instant.now().toEpochMilli())
			.execute()
			.path("addEntityAlias.entity.id")
			.hasValue();
	}

	private String ingest(String text, String externalId) {
		return admin().document(INGEST)
			.variable("input",
					Map.of("text", text, "externalId", externalId + "-" + Instant.now().toEpochMilli(), "publishedAt",
							"2025-05-01"))
			.execute()
			.path("ingestDocument.briefings[0].id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response briefing(String id) {
		return admin().document(BRIEFING).variable("id", id).execute();
	}

	private List<String> officialIdsOf(String briefingId) {
		return briefing(briefingId).path("briefing.officials[*].id").entityList(String.class).get();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> candidate(String surface) {
		List<Map<String, Object>> nodes = editor().document(CANDIDATES)
			.execute()
			.path("entityCandidates.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((node) -> (Map<String, Object>) node)
			.filter((node) -> surface.equals(node.get("surface")))
			.toList();
		assertThat(nodes).as("candidate " + surface).hasSize(1);
		return nodes.get(0);
	}

	private static List<String> idsIn(Object entities) {
		return ((List<?>) entities).stream().map((entity) -> (String) ((Map<?, ?>) entity).get("id")).toList();
	}

	private void awaitJob(String jobId) {
		Map<?, ?> job = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> admin().document(JOB).variable("id", jobId).execute().path("node").entity(Map.class).get(),
					(polled) -> "DONE".equals(polled.get("status")));
		assertThat(job.get("failedDocuments")).isEqualTo(0);
		assertThat(job.get("reextractedDocuments")).isEqualTo(job.get("documentCount"));
	}

	private static void expectError(GraphQlTester.Response response, String code, String field) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", code);
			if (field != null) {
				assertThat(error.getExtensions()).containsEntry("field", field);
			}
		}));
	}

}
