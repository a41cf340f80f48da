package app.briefings.ingestion.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern searched for in a line ({@link Matcher#find()}) whose matches begin at the
 * line's start unless they hold one of some words: on a line without those words it is
 * tried at the start alone, which gives the same answer without trying every offset.
 *
 * @param pattern the pattern, whose branches either begin with {@code ^} or need one of
 * the words
 * @param words the words every match that does not begin at the line's start holds
 */
record StartOrWordSearch(Pattern pattern, FoldedWords words) {

	boolean find(String line) {
		Matcher matcher = this.pattern.matcher(line);
		return this.words.anyIn(line) ? matcher.find() : matcher.lookingAt();
	}

}
