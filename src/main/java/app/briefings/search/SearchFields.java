package app.briefings.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The fields of the Lucene index and how each is analyzed: title and body twice, with
 * English and with Russian stemming, and the names of the mentioned entities as
 * {@link NameKey} keys.
 */
final class SearchFields {

	/**
	 * The version of this layout of fields and analyzers, stored with every commit of an
	 * index on disk: raise it whenever a field or an analyzer changes, and an index
	 * written with another version is rebuilt at start.
	 */
	static final int SCHEMA_VERSION = 2;

	static final String ID = "id";

	/** The briefing's version, as doc values: what a catch-up compares with MongoDB. */
	static final String VERSION = "version";

	static final String TITLE = "title";

	static final String BODY = "body";

	static final String TITLE_EN = "title_en";

	static final String TITLE_RU = "title_ru";

	static final String BODY_EN = "body_en";

	static final String BODY_RU = "body_ru";

	static final String NAMES = "names";

	static final String OFFICIAL = "official";

	static final String ORGANIZATION = "organization";

	static final String OPERATION = "operation";

	static final String PLACE = "place";

	static final String SOURCE = "source";

	static final String LANGUAGE = "language";

	static final String PUBLISHED_AT = "publishedAt";

	/** The analyzed fields a query runs against, with their boosts. */
	static final List<Map.Entry<String, Float>> BOOSTS = List.of(Map.entry(NAMES, 3.0f), Map.entry(TITLE_EN, 2.0f),
			Map.entry(TITLE_RU, 2.0f), Map.entry(BODY_EN, 1.0f), Map.entry(BODY_RU, 1.0f));

	/** The text fields a {@code FeedCriteria} query must match in. */
	static final List<String> TEXT = List.of(TITLE_EN, TITLE_RU, BODY_EN, BODY_RU);

	private SearchFields() {
	}

	/**
	 * English and Russian stop words together, so that the function words of one language
	 * match nothing in the fields of the other.
	 */
	static CharArraySet stopWords() {
		CharArraySet stopWords = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		stopWords.addAll(RussianAnalyzer.getDefaultStopSet());
		return CharArraySet.unmodifiableSet(stopWords);
	}

	static Analyzer english() {
		return new EnglishAnalyzer(stopWords());
	}

	static Analyzer russian() {
		return new RussianAnalyzer(stopWords());
	}

	static Analyzer names() {
		return new NameKeyAnalyzer(stopWords());
	}

	static Analyzer perField() {
		return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(TITLE_EN, english(), BODY_EN, english(),
				TITLE_RU, russian(), BODY_RU, russian(), NAMES, names()));
	}

}
