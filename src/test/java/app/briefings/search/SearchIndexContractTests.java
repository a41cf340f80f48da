package app.briefings.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingStatus;
import app.briefings.briefing.DateSource;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.Mention;
import app.briefings.briefing.MentionedEntityType;
import app.briefings.briefing.Source;
import app.briefings.briefing.TextSpan;
import app.briefings.graphql.error.ApiException;
import app.briefings.graphql.paging.Cursor;
import app.briefings.graphql.error.ErrorCode;
import app.briefings.graphql.paging.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every implementation of the search port must do, run against each of them by a
 * subclass: the same briefings, the same searches, the same assertions.
 */
abstract class SearchIndexContractTests {

	private static final String ZAS_BODY = "The CSTO Secretary General Stanislav Zas said that international terrorism remains the main threat.";

	private static final String RUSSIAN_BODY = "Генеральный секретарь ОДКБ Имангали Тасмагамбетов заявил, что терроризм остается главной угрозой.";

	private static final String LAVROV_BODY = "Foreign Minister Sergey Lavrov spoke about the threats of drug trafficking at the meeting.";

	private SearchIndex index;

	/** A new, empty index of the implementation under test. */
	abstract SearchIndex openIndex();

	/** Closes an index {@link #openIndex()} gave, and drops what it held. */
	abstract void closeIndex(SearchIndex index) throws Exception;

	@BeforeEach
	void indexThreeBriefings() {
		this.index = openIndex();
		this.index.index(briefing("zas", "Terrorism can only be countered mutually", ZAS_BODY, "en", "2020-06-05",
				List.of("official-zas"), mention("official-zas", "Stanislav Zas", ZAS_BODY)));
		this.index.index(briefing("tasmagambetov", "Тасмагамбетов о терроризме", RUSSIAN_BODY, "ru", "2024-06-06",
				List.of("official-tasmagambetov"),
				mention("official-tasmagambetov", "Имангали Тасмагамбетов", RUSSIAN_BODY)));
		this.index.index(briefing("lavrov", "Lavrov at the ministers' meeting", LAVROV_BODY, "en", "2025-04-03",
				List.of("official-lavrov"), mention("official-lavrov", "Sergey Lavrov", LAVROV_BODY)));
	}

	@AfterEach
	void closeTheIndex() throws Exception {
		closeIndex(this.index);
	}

	@Test
	void shouldStopASearchWhoseRequestWasAbandoned() {
		Thread.currentThread().interrupt();
		try {
			assertThatThrownBy(() -> search("threat")).isInstanceOf(ApiException.class)
				.extracting(error -> ((ApiException) error).code())
				.isEqualTo(ErrorCode.REQUEST_TIMEOUT);
		}
		finally {
			Thread.interrupted();
		}
		assertThat(ids(search("threat"))).containsExactlyInAnyOrder("zas", "lavrov");
	}

	@Test
	void shouldFindALatinNameWrittenInCyrillic() {
		assertThat(ids(search("Зась"))).containsExactly("zas");
	}

	@Test
	void shouldFindALatinNameWrittenInACyrillicCaseForm() {
		assertThat(ids(search("Засе"))).containsExactly("zas");
		assertThat(ids(search("Зася"))).containsExactly("zas");
	}

	@Test
	void shouldFindACyrillicNameWrittenInLatin() {
		assertThat(ids(search("Tasmagambetov"))).containsExactly("tasmagambetov");
	}

	@Test
	void shouldStemEnglishWords() {
		assertThat(ids(search("threat"))).containsExactlyInAnyOrder("zas", "lavrov");
		assertThat(ids(search("threats"))).containsExactlyInAnyOrder("zas", "lavrov");
	}

	@Test
	void shouldStemRussianWords() {
		assertThat(ids(search("терроризма"))).containsExactly("tasmagambetov");
	}

	@Test
	void shouldFindNothingForWordsNoBriefingHolds() {
		assertThat(search("submarine")).isEmpty();
		assertThat(search("the")).isEmpty();
	}

	@Test
	void shouldRankATitleMatchAboveABodyMatch() {
		this.index.index(briefing("body-only", "A meeting in Minsk", "Ministers discussed terrorism at length.", "en",
				"2020-06-06", List.of()));
		List<SearchHit> hits = search("terrorism");
		assertThat(ids(hits)).startsWith("zas").contains("body-only");
		assertThat(hits.get(0).score()).isGreaterThan(hits.get(hits.size() - 1).score());
	}

	@Test
	void shouldFilterByTheFeedCriteria() {
		FeedCriteria lavrovOnly = new FeedCriteria(List.of("official-lavrov"), List.of(), List.of(), List.of(),
				List.of(), null, null, null, null);
		FeedCriteria englishBefore2021 = new FeedCriteria(List.of(), List.of(), List.of(), List.of(), List.of(), null,
				"en", null, Instant.parse("2021-01-01T00:00:00Z"));
		FeedCriteria fromOtherSource = new FeedCriteria(List.of(), List.of(), List.of(), List.of(), List.of("Other"),
				null, null, null, null);
		assertThat(ids(this.index.search("threat", lavrovOnly, PageRequest.of(10, null)))).containsExactly("lavrov");
		assertThat(ids(this.index.search("threat", englishBefore2021, PageRequest.of(10, null))))
			.containsExactly("zas");
		assertThat(this.index.search("threat", fromOtherSource, PageRequest.of(10, null))).isEmpty();
	}

	@Test
	void shouldFilterByTheFreeTextOfTheFeedCriteria() {
		FeedCriteria drugTrafficking = new FeedCriteria(List.of(), List.of(), List.of(), List.of(), List.of(),
				"drug trafficking", null, null, null);
		assertThat(ids(this.index.search("threat", drugTrafficking, PageRequest.of(10, null))))
			.containsExactly("lavrov");
	}

	@Test
	void shouldReplaceABriefingAndDropItWhenRetracted() {
		this.index
			.index(briefing("lavrov", "Lavrov on submarines", "Nothing about it.", "en", "2025-04-03", List.of()));
		assertThat(ids(search("submarines"))).containsExactly("lavrov");
		assertThat(search("threat")).extracting(SearchHit::briefingId).doesNotContain("lavrov");
		this.index.index(retracted(briefing("zas", "Retracted", ZAS_BODY, "en", "2020-06-05", List.of())));
		assertThat(search("Zas")).isEmpty();
		assertThat(this.index.count()).isEqualTo(2);
	}

	@Test
	void shouldRemoveAndClear() {
		this.index.remove("zas");
		assertThat(search("Зась")).isEmpty();
		assertThat(this.index.count()).isEqualTo(2);
		this.index.clear();
		assertThat(this.index.count()).isZero();
	}

	@Test
	void shouldIgnoreTheRemovalOfABriefingItDoesNotHold() {
		this.index.remove("never-indexed");
		this.index.index(retracted(briefing("never-published", "Retracted", ZAS_BODY, "en", "2020-06-05", List.of())));
		assertThat(this.index.count()).isEqualTo(3);
		assertThat(this.index.versions()).containsOnlyKeys("zas", "tasmagambetov", "lavrov");
	}

	@Test
	void shouldPageThroughEveryHitOnceInRankingOrder() {
		List<Briefing> many = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String body = "Terrorism ".repeat(1 + i % 4) + "was discussed in meeting " + i + ".";
			many.add(briefing("many-" + i, "Meeting " + i, body, "en", "2021-01-01", List.of()));
		}
		this.index.indexAll(many.iterator());
		List<SearchHit> all = search("terrorism");
		List<String> paged = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 10 && (page == 0 || after != null); page++) {
			List<SearchHit> hits = this.index.search("terrorism", FeedCriteria.NONE, PageRequest.of(4, after));
			List<SearchHit> shown = hits.subList(0, Math.min(4, hits.size()));
			paged.addAll(ids(shown));
			after = (hits.size() > 4) ? shown.get(shown.size() - 1).cursor() : null;
		}
		assertThat(all).hasSize(26);
		assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(ids(all));
		assertThat(all).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
	}

	@Test
	void shouldRefuseAGarbageCursor() {
		assertThatThrownBy(() -> this.index.search("terrorism", FeedCriteria.NONE, PageRequest.of(5, "%%%")))
			.isInstanceOfSatisfying(ApiException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_CURSOR));
		String notAScore = Cursor.encode("high", "zas");
		assertThatThrownBy(() -> this.index.search("terrorism", FeedCriteria.NONE, PageRequest.of(5, notAScore)))
			.isInstanceOfSatisfying(ApiException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_CURSOR));
	}

	@Test
	void shouldHighlightTheMatchedWordsInTheTitleAndTheBody() {
		SearchHit hit = search("terrorism").stream()
			.filter((h) -> h.briefingId().equals("zas"))
			.findFirst()
			.orElseThrow();
		assertThat(hit.snippets()).extracting(Snippet::field).containsExactly("title", "body");
		assertThat(highlighted(hit.snippets().get(0))).containsExactly("Terrorism");
		assertThat(highlighted(hit.snippets().get(1))).containsExactly("terrorism");
	}

	@Test
	void shouldHighlightANameFoundAcrossScripts() {
		SearchHit hit = search("Зась").get(0);
		assertThat(hit.snippets()).singleElement()
			.satisfies((snippet) -> assertThat(highlighted(snippet)).containsExactly("Zas"));
		SearchHit russian = search("Tasmagambetov").get(0);
		assertThat(russian.snippets()).extracting(SearchIndexContractTests::highlighted)
			.containsExactly(List.of("Тасмагамбетов"), List.of("Тасмагамбетов"));
	}

	@Test
	void shouldCutALongBodyAroundTheMatchesAtWordBoundaries() {
		String body = "Lorem ipsum dolor sit amet. ".repeat(40) + "Here the CSTO spoke about terrorism today. "
				+ "Lorem ipsum dolor sit amet. ".repeat(40);
		this.index.index(briefing("long", "Long", body, "en", "2022-01-01", List.of()));
		Snippet snippet = search("CSTO").stream()
			.filter((hit) -> hit.briefingId().equals("long"))
			.findFirst()
			.orElseThrow()
			.snippets()
			.get(0);
		assertThat(snippet.text()).hasSizeLessThanOrEqualTo(SnippetWriter.BODY_WINDOW).contains("spoke about");
		assertThat(body.substring(snippet.offset(), snippet.offset() + snippet.text().length()))
			.isEqualTo(snippet.text());
		assertThat(body.charAt(snippet.offset() - 1)).isEqualTo(' ');
		assertThat(body.charAt(snippet.offset() + snippet.text().length())).isEqualTo(' ');
		assertThat(snippet.text()).doesNotStartWith(" ").doesNotEndWith(" ");
		assertThat(highlighted(snippet)).containsExactly("CSTO");
	}

	@Test
	void shouldFindABriefingWithoutWritingSnippetsWhenTheyAreNotWanted() {
		this.index.index(briefing("qxw", "Repeated", "qxw ".repeat(100_000), "en", "2022-01-01", List.of()));
		List<SearchHit> bare = this.index.search("qxw", FeedCriteria.NONE, PageRequest.of(10, null), false);
		List<SearchHit> withSnippets = this.index.search("qxw", FeedCriteria.NONE, PageRequest.of(10, null), true);
		assertThat(bare).singleElement().satisfies((hit) -> assertThat(hit.snippets()).isEmpty());
		assertThat(withSnippets).singleElement()
			.satisfies((hit) -> assertThat(hit.snippets()).extracting(Snippet::field).containsExactly("body"));
	}

	static List<String> highlighted(Snippet snippet) {
		List<String> words = new ArrayList<>();
		for (TextSpan span : snippet.highlights()) {
			words.add(snippet.text().substring(span.start(), span.end()));
		}
		return words;
	}

	private List<SearchHit> search(String query) {
		return this.index.search(query, FeedCriteria.NONE, PageRequest.of(100, null));
	}

	private static List<String> ids(List<SearchHit> hits) {
		return hits.stream().map(SearchHit::briefingId).toList();
	}

	private static Mention mention(String entityId, String surface, String body) {
		int start = body.indexOf(surface);
		return new Mention(MentionedEntityType.OFFICIAL, entityId, surface,
				List.of(new TextSpan(start, start + surface.length())), 1.0);
	}

	private static Briefing briefing(String id, String title, String body, String language, String date,
			List<String> officialIds, Mention... mentions) {
		Instant publishedAt = Instant.parse(date + "T00:00:00Z");
		return new Briefing(id, "document-" + id, 0, title, body, null, publishedAt, DateSource.ITEM, language,
				new Source("Wire", null, null), List.of(), List.of(), List.of(mentions), List.of(), officialIds,
				List.of(), List.of(), List.of(), List.of(), "test", BriefingStatus.PUBLISHED, publishedAt);
	}

	private static Briefing retracted(Briefing briefing) {
		return new Briefing(briefing.id(), briefing.documentId(), briefing.itemIndex(), briefing.title(),
				briefing.body(), briefing.summary(), briefing.publishedAt(), briefing.dateSource(), briefing.language(),
				briefing.source(), briefing.tags(), briefing.quotes(), briefing.mentions(), briefing.dates(),
				briefing.officialIds(), briefing.organizationIds(), briefing.operationIds(), briefing.placeIds(),
				briefing.eventIds(), briefing.extractorVersion(), BriefingStatus.RETRACTED, briefing.ingestedAt());
	}

}
