package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractionScoreTests {

	@Test
	void shouldMatchEntitiesByNameOrAliasAcrossScripts() {
		EntityRef zheenbek = new EntityRef(EntityType.OFFICIAL, null, "Zheenbek Kulubayev", List.of("Жээнбек Кулубаев"),
				null);

		assertThat(ExtractionScore.sameEntity(zheenbek, "Жээнбек Кулубаев")).isTrue();
		assertThat(ExtractionScore.sameEntity(zheenbek, "zheenbek kulubayev")).isTrue();
		assertThat(ExtractionScore.sameEntity(zheenbek, "Kulubayev")).isFalse();
	}

	@Test
	void shouldMatchAQuoteThatContainsTheExpectedStart() {
		assertThat(ExtractionScore.overlapsStart("The threat has not gone away, and we prepare", "The threat has not"))
			.isTrue();
		assertThat(ExtractionScore.overlapsStart("Our forces", "Our forces must be ready")).isTrue();
		assertThat(ExtractionScore.overlapsStart("Speed decides everything", "Our forces must be ready")).isFalse();
	}

	@Test
	void shouldCountMatchesExtrasMissesSpeakersAndNoise() {
		EntityRef zas = new EntityRef(EntityType.OFFICIAL, "stanislav-zas", "Stanislav Zas", List.of(), null);
		EntityRef cis = new EntityRef(EntityType.ORGANIZATION, "cis", "CIS", List.of(), null);
		String body = "Zas said: \"We act together.\"\n\nMenu";
		ExtractedItem item = new ExtractedItem("Title", body, null, "en", null, null, null, List.of(),
				List.of(new ExtractedMention(zas, "Zas", List.of(new Span(0, 3)), 1, null),
						new ExtractedMention(cis, "CIS", List.of(new Span(0, 3)), 1, null)),
				List.of(new ExtractedQuote("We act together.", new Span(11, 27), QuoteKind.DIRECT, zas, "Zas", null,
						"said", 1)),
				List.of());
		EvaluationPage page = new EvaluationPage("page", body, JsonMapper.builder().build().readTree("""
				{"publishedAt": "2020-01-01", "navigation": ["Menu"], "items": [{"title": "Title",
				"officials": ["Stanislav Zas", "Ararat Mirzoyan"], "organizations": [], "operations": [],
				"directQuotes": [{"speaker": "Ararat Mirzoyan", "startsWith": "We act together"}]}]}
				"""));

		ExtractionScore score = new ExtractionScore();
		score.add(page, new ExtractedDocument(List.of(item)));

		assertThat(score.entities(EntityType.OFFICIAL).matched).isEqualTo(1);
		assertThat(score.entities(EntityType.OFFICIAL).missed).isEqualTo(1);
		assertThat(score.entities(EntityType.ORGANIZATION).extra).isEqualTo(1);
		assertThat(score.directQuotePrecision()).isEqualTo(1.0);
		assertThat(score.speakerAccuracy()).isZero();
		assertThat(score.splitAccuracy()).isEqualTo(1.0);
		assertThat(score.noiseFound()).isEqualTo(1);
	}

	@Test
	void shouldCountAnAbstentionRightWhereTheSpeakerCannotBeDeterminedAndANamedSpeakerThereWrong() {
		EntityRef zas = new EntityRef(EntityType.OFFICIAL, "stanislav-zas", "Stanislav Zas", List.of(), null);
		EntityRef junk = new EntityRef(EntityType.OFFICIAL, null, "Said Zas", List.of(), null);
		String body = "\"We act.\" \"We wait.\" \"We see.\" \"We go.\"";
		ExtractedItem item = new ExtractedItem("Title", body, null, "en", null, null, null, List.of(),
				List.of(new ExtractedMention(junk, "Said Zas", List.of(new Span(0, 3)), 1, null)),
				List.of(quote("We act.", null), quote("We wait.", zas), quote("We see.", null), quote("We go.", zas)),
				List.of());
		EvaluationPage page = new EvaluationPage("page", body, JsonMapper.builder().build().readTree("""
				{"publishedAt": "2020-01-01", "items": [{"title": "Title", "officials": [], "organizations": [],
				"operations": [], "directQuotes": [{"speaker": null, "startsWith": "We act"},
				{"speaker": null, "startsWith": "We wait"}, {"speaker": "Stanislav Zas", "startsWith": "We see"},
				{"speaker": "Ararat Mirzoyan", "startsWith": "We go"}]}]}
				"""));

		ExtractionScore score = new ExtractionScore();
		score.add(page, new ExtractedDocument(List.of(item)));

		assertThat(score.speakerAccuracy()).isEqualTo(0.25);
		assertThat(score.wrongNamedSpeakers()).isEqualTo(2);
		assertThat(score.abstentions()).isEqualTo(2);
		assertThat(score.junkNewEntities()).isEqualTo(1);
	}

	private static ExtractedQuote quote(String text, EntityRef speaker) {
		return new ExtractedQuote(text, new Span(0, 1), QuoteKind.DIRECT, speaker, "he", null, "said",
				speaker == null ? 0.2 : 0.95);
	}

	@Test
	void shouldCountTheSecondPartOfAnInterruptedQuotationWithItsFirstPart() {
		EntityRef khrenin = new EntityRef(EntityType.OFFICIAL, null, "Viktor Khrenin", List.of(), null);
		String body = "\"We are not preparing for war,\" Khrenin told reporters. \"Every drill shows it.\" \"Other.\"";
		ExtractedQuote first = new ExtractedQuote("We are not preparing for war", new Span(1, 29), QuoteKind.DIRECT,
				khrenin, "Khrenin", null, "told", 1);
		ExtractedQuote second = new ExtractedQuote("Every drill shows it.", new Span(57, 78), QuoteKind.DIRECT, khrenin,
				"Khrenin", null, "told", 1);
		ExtractedQuote third = new ExtractedQuote("Other.", new Span(81, 87), QuoteKind.DIRECT, khrenin, "Khrenin",
				null, "told", 1);
		List<ExtractedQuote> found = List.of(first, second, third);
		assertThat(body.substring(57, 78)).isEqualTo(second.text());

		assertThat(ExtractionScore.continuesMatchedQuotation(body, second, found, List.of(second, third))).isTrue();
		assertThat(ExtractionScore.continuesMatchedQuotation(body, second, found, List.of(first, second, third)))
			.isFalse();
		assertThat(ExtractionScore.continuesMatchedQuotation(body, third, found, List.of(third))).isFalse();
	}

	@Test
	void shouldCountAShortNavigationLineOnlyWhereItStandsAloneAndALongOneAnywhere() {
		ExtractedItem item = new ExtractedItem("Border guards seize heroin",
				"The colonel told ANI that the post was reinforced.\n\nPolitics\n\nShare this story on your social networks now",
				null, "en", null, null, null, List.of(), List.of(), List.of(), List.of());

		assertThat(ExtractionScore.contains(item, "ANI")).isFalse();
		assertThat(ExtractionScore.contains(item, "Politics")).isTrue();
		assertThat(ExtractionScore.contains(item, "Share this story on")).isTrue();
		assertThat(ExtractionScore.contains(item, "Border guards")).isFalse();
		assertThat(ExtractionScore.contains(item, "Border guards seize heroin")).isTrue();
		assertThat(ExtractionScore.contains(item, "Border guards seize")).isFalse();
	}

}
