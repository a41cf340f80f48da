package app.briefings.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.StringJoiner;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The {@link NameKey} keys of a text, computed by the same analyzer the Lucene index uses
 * for its {@code names} field (stop words dropped, then each word's keys), joined by
 * spaces: what the OpenSearch index stores and searches in its {@code names} field, so
 * that names meet across scripts exactly as they do in Lucene.
 */
final class NameKeys {

	private final Analyzer analyzer = SearchFields.names();

	String of(String text) {
		StringJoiner keys = new StringJoiner(" ");
		try (TokenStream tokens = this.analyzer.tokenStream(SearchFields.NAMES, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				keys.add(term);
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keys.toString();
	}

}
