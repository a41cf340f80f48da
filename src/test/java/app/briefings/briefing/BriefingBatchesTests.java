package app.briefings.briefing;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a shared page read tells which entities a briefing lists. */
class BriefingBatchesTests {

	@Test
	void shouldReadTheIdsOfATopLevelArray() {
		Document briefing = new Document("officialIds", List.of("zas", "lavrov"));
		assertThat(BriefingBatches.valuesOf(briefing, "officialIds")).containsExactlyInAnyOrder("zas", "lavrov");
	}

	@Test
	void shouldReadTheSpeakersOfEmbeddedQuotesSkippingUnlinkedOnes() {
		Document briefing = new Document("quotes", List.of(new Document("speakerId", "zas"), new Document(),
				new Document("speakerId", null), new Document("speakerId", "lavrov")));
		assertThat(BriefingBatches.valuesOf(briefing, "quotes.speakerId")).containsExactlyInAnyOrder("zas", "lavrov");
	}

	@Test
	void shouldReadNothingWhenTheFieldIsMissing() {
		assertThat(BriefingBatches.valuesOf(new Document("_id", "b"), "quotes.speakerId")).isEmpty();
	}

}
