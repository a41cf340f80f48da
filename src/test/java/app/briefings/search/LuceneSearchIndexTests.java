package app.briefings.search;

import java.util.List;

import app.briefings.briefing.TextSpan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The search port's contract on embedded Lucene in memory, and its snippet bounds. */
class LuceneSearchIndexTests extends SearchIndexContractTests {

	@Override
	SearchIndex openIndex() {
		return LuceneSearchIndex.inMemory();
	}

	@Override
	void closeIndex(SearchIndex index) throws Exception {
		((LuceneSearchIndex) index).close();
	}

	@Test
	void shouldCollectABoundedNumberOfMatchesFromABodyThatRepeatsTheWord() {
		String body = "qxw ".repeat(100_000);
		SnippetWriter writer = new SnippetWriter(
				List.of(SearchFields.english(), SearchFields.russian(), SearchFields.names()));
		List<TextSpan> matches = writer.matches(writer.termsOf("qxw"), body);
		assertThat(matches).hasSizeBetween(1, SnippetWriter.MAX_MATCHES * 3);
		Snippet snippet = SnippetWriter.window(body, matches);
		assertThat(snippet.offset()).isZero();
		assertThat(highlighted(snippet)).hasSizeGreaterThan(10).containsOnly("qxw");
	}

}
