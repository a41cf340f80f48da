package app.briefings.briefing;

import java.time.Instant;
import java.util.List;

import app.briefings.graphql.paging.PageRequest;
import org.junit.jupiter.api.Test;

import static app.briefings.briefing.NavigationFixtures.briefing;
import static app.briefings.briefing.NavigationFixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

class QuotePagesTests {

	private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");

	private final Briefing newer = briefing("b", AT, List.of("zas"), List.of(),
			List.of(quote("1", "zas"), quote("other", "lavrov"), quote("2", "zas")));

	private final Briefing older = briefing("a", AT, List.of("zas"), List.of(), List.of(quote("3", "zas")));

	@Test
	void shouldUnwindTheOfficialsQuotesInTextOrderNewestBriefingFirst() {
		OfficialQuotesKey key = new OfficialQuotesKey("zas", PageRequest.of(10, null));
		assertThat(texts(QuotePages.unwind(List.of(this.newer, this.older), key))).containsExactly("1", "2", "3");
	}

	@Test
	void shouldContinueInsideABriefingAfterTheCursor() {
		String after = new QuoteInBriefing(this.newer, 0).position().encode();
		OfficialQuotesKey key = new OfficialQuotesKey("zas", PageRequest.of(1, after));
		assertThat(texts(QuotePages.unwind(List.of(this.newer, this.older), key))).containsExactly("2", "3");
	}

	@Test
	void shouldUnwindBackwardInReverseOrderBeforeTheCursor() {
		String before = new QuoteInBriefing(this.older, 0).position().encode();
		OfficialQuotesKey key = new OfficialQuotesKey("zas", PageRequest.of(null, null, 5, before));
		assertThat(texts(QuotePages.unwind(List.of(this.older, this.newer), key))).containsExactly("2", "1");
	}

	private static List<String> texts(List<QuoteInBriefing> quotes) {
		return quotes.stream().map((quote) -> quote.quote().text()).toList();
	}

}
