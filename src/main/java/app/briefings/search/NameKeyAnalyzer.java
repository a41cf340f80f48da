package app.briefings.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzes names into {@link NameKey} keys, the same way at indexing and at query time,
 * so one spelling of a name finds the others.
 */
final class NameKeyAnalyzer extends Analyzer {

	private final CharArraySet stopWords;

	NameKeyAnalyzer(CharArraySet stopWords) {
		this.stopWords = stopWords;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		return new TokenStreamComponents(tokenizer, new NameKeyFilter(new StopFilter(tokenizer, this.stopWords)));
	}

}
