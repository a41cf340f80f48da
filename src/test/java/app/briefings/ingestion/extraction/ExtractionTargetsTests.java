package app.briefings.ingestion.extraction;

import org.junit.jupiter.api.Test;

/**
 * Guards the extraction quality targets over the in-repo evaluation set in every build.
 */
class ExtractionTargetsTests {

	@Test
	void shouldMeetTheQualityTargetsOnTheEvaluationSet() {
		ExtractionTargets.assertMet(ExtractionTargets.score(EvaluationPage.inRepo()));
	}

}
