package app.briefings.ingestion.extraction;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The extraction quality targets, and the scoring of a set against them. */
final class ExtractionTargets {

	static final double MIN_ENTITY_F1 = 0.95;

	static final double MIN_SPEAKER_ACCURACY = 0.95;

	static final double MIN_DIRECT_QUOTE_PRECISION = 0.95;

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	private ExtractionTargets() {
	}

	static ExtractionScore score(List<EvaluationPage> pages) {
		ExtractionScore score = new ExtractionScore();
		for (EvaluationPage page : pages) {
			score.add(page, page.extractWith(EXTRACTOR));
		}
		return score;
	}

	static void assertMet(ExtractionScore score) {
		String misses = String.join("\n", score.misses());
		for (EntityType type : List.of(EntityType.OFFICIAL, EntityType.ORGANIZATION, EntityType.OPERATION)) {
			assertThat(score.entities(type).f1()).as(type + " F1\n" + misses).isGreaterThanOrEqualTo(MIN_ENTITY_F1);
		}
		assertThat(score.speakerAccuracy()).as("speaker accuracy\n" + misses)
			.isGreaterThanOrEqualTo(MIN_SPEAKER_ACCURACY);
		assertThat(score.wrongNamedSpeakers()).as("quotes linked to a wrong named speaker\n" + misses).isZero();
		assertThat(score.directQuotePrecision()).as("direct-quote precision\n" + misses)
			.isGreaterThanOrEqualTo(MIN_DIRECT_QUOTE_PRECISION);
		assertThat(score.splitAccuracy()).as("item split\n" + misses).isEqualTo(1.0);
		assertThat(score.opEdTitleAccuracy()).as("op-ed titles\n" + misses).isEqualTo(1.0);
		assertThat(score.opEdDateAccuracy()).as("op-ed dates\n" + misses).isEqualTo(1.0);
		assertThat(score.noiseFound()).as("navigation text in briefings\n" + misses).isZero();
	}

}
