package app.briefings.ingestion.extraction;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that hold for every extracted item, whatever the page. */
final class ExtractionAssertions {

	private ExtractionAssertions() {
	}

	static void assertSpansMatchBody(ExtractedItem item) {
		String body = item.body();
		for (ExtractedMention mention : item.mentions()) {
			if (mention.spans().isEmpty()) {
				assertThat(mention.entity().type()).as("a mention outside the body is a dateline's place")
					.isEqualTo(EntityType.PLACE);
				assertThat(body).doesNotStartWith(mention.surface());
				continue;
			}
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
