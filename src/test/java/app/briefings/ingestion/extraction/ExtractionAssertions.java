package app.briefings.ingestion.extraction;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that hold for every extracted item, whatever the page. */
final class ExtractionAssertions {

	private ExtractionAssertions() {
	}

	/** The one item extracted from a text, its spans checked against its body. */
	static ExtractedItem onlyItem(DocumentExtractor extractor, String text) {
		List<ExtractedItem> items = extractor.extract(new ExtractionInput(text, null, null)).items();
		assertThat(items).hasSize(1);
		assertSpansMatchBody(items.get(0));
		return items.get(0);
	}

	/** The item's direct quotes, in order. */
	static List<ExtractedQuote> directQuotes(ExtractedItem item) {
		return item.quotes().stream().filter(quote -> quote.kind() == QuoteKind.DIRECT).toList();
	}

	/**
	 * The names of the speakers of the item's direct quotes, in order, null for a quote
	 * left to nobody.
	 */
	static List<String> directQuoteSpeakers(ExtractedItem item) {
		return directQuotes(item).stream()
			.map(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.toList();
	}

	/** The names of the item's mentioned entities of a type, one per mention. */
	static List<String> mentionedNames(ExtractedItem item, EntityType type) {
		return item.mentions()
			.stream()
			.filter(mention -> mention.entity().type() == type)
			.map(mention -> mention.entity().name())
			.toList();
	}

	/**
	 * The names of the item's mentioned entities of a type, each once, in order of
	 * mention.
	 */
	static List<String> distinctNames(ExtractedItem item, EntityType type) {
		return mentionedNames(item, type).stream().distinct().toList();
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
