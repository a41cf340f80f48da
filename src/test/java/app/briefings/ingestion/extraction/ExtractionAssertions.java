package app.briefings.ingestion.extraction;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that hold for every extracted item, whatever the page. */
final class ExtractionAssertions {

	private ExtractionAssertions() {
	}

	static void assertSpansMatchBody(ExtractedItem item) {
		String body = item.body();
		for (ExtractedMention mention : item.mentions()) {
			assertThat(mention.spans()).isNotEmpty();
			Span first = mention.spans().get(0);
			assertThat(body.substring(first.start(), first.end())).isEqualTo(mention.surface());
			for (Span span : mention.spans()) {
				assertThat(span.end()).isLessThanOrEqualTo(body.length());
			}
		}
		for (ExtractedQuote quote : item.quotes()) {
			assertThat(body.substring(quote.span().start(), quote.span().end())).isEqualTo(quote.text());
		}
		for (ExtractedDate date : item.dates()) {
			assertThat(body.substring(date.span().start(), date.span().end())).isEqualTo(date.surface());
		}
	}

}
