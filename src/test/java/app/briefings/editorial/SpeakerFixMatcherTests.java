package app.briefings.editorial;

import java.util.ArrayList;
import java.util.List;

import app.briefings.briefing.Quote;
import app.briefings.briefing.QuoteKind;
import app.briefings.briefing.TextSpan;
import app.briefings.editorial.SpeakerFixMatcher.Position;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerFixMatcherTests {

	private static final String FIXED = "We will keep the border open for trade";

	@Test
	void shouldPlaceAQuoteByParagraphAndSentence() {
		String body = "First one. Second one.\n\nThird \"quoted\" here. Fourth.";
		assertThat(Position.of(body, 0)).isEqualTo(new Position(0, 0));
		assertThat(Position.of(body, body.indexOf("Second"))).isEqualTo(new Position(0, 1));
		assertThat(Position.of(body, body.indexOf("quoted"))).isEqualTo(new Position(1, 0));
		assertThat(Position.of(body, body.indexOf("Fourth"))).isEqualTo(new Position(1, 1));
	}

	@Test
	void shouldFindTheSameTextAnywhere() {
		String body = "Intro. \"Other words,\" he said. \"" + FIXED + ",\" she said.";
		List<Quote> quotes = quotes(body, "Other words,", FIXED + ",");
		assertThat(SpeakerFixMatcher.find(FIXED + ",", new Position(5, 5), body, quotes)).hasValue(1);
	}

	@Test
	void shouldFollowARewordedQuoteInTheSameSentence() {
		String body = "Intro. \"We will keep the whole northern border open now,\" she said.";
		List<Quote> quotes = quotes(body, "We will keep the whole northern border open now,");
		assertThat(SpeakerFixMatcher.find(FIXED, new Position(0, 1), body, quotes)).hasValue(0);
	}

	@Test
	void shouldNotFollowAHalfChangedQuoteIntoAnotherSentence() {
		String body = "Intro. More. \"We will keep the whole northern border open now,\" she said.";
		List<Quote> quotes = quotes(body, "We will keep the whole northern border open now,");
		assertThat(SpeakerFixMatcher.find(FIXED, new Position(0, 1), body, quotes)).isEmpty();
	}

	@Test
	void shouldFollowANearlyUnchangedQuoteAnywhere() {
		String body = "New lead.\n\nIntro. \"We will keep the border open for all trade,\" she said.";
		List<Quote> quotes = quotes(body, "We will keep the border open for all trade,");
		assertThat(SpeakerFixMatcher.find(FIXED, new Position(0, 1), body, quotes)).hasValue(0);
	}

	@Test
	void shouldMatchNothingWhenTheQuoteIsGoneOrTwoFitEqually() {
		String gone = "Intro. \"Prices will fall soon,\" she said.";
		assertThat(SpeakerFixMatcher.find(FIXED, new Position(0, 1), gone, quotes(gone, "Prices will fall soon,")))
			.isEmpty();
		String twice = "Intro. \"We keep the border open for trade\" and \"we keep the border open for trade\".";
		List<Quote> quotes = quotes(twice, "We keep the border open for trade", "we keep the border open for trade");
		assertThat(SpeakerFixMatcher.find(FIXED, new Position(0, 1), twice, quotes)).isEmpty();
	}

	private static List<Quote> quotes(String body, String... texts) {
		List<Quote> quotes = new ArrayList<>();
		int from = 0;
		for (String text : texts) {
			int start = body.indexOf(text, from);
			quotes.add(new Quote(text, QuoteKind.DIRECT, new TextSpan(start, start + text.length()), 0.9, null, "she",
					null, "said", null));
			from = start + text.length();
		}
		return quotes;
	}

}
