package app.briefings.ingestion.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * The roles of the people who ask or present on an interview, a panel or a live page
 * (host, moderator, presenter, anchor, correspondent; ведущий, модератор, корреспондент):
 * written before a name ("Host Anna Kim", «Ведущий Иван Орлов:»), such a word is the
 * person's role, never part of the name, and its turns are questions, not an official's
 * words.
 */
final class PresenterRoles {

	/** The roles as a label writes them, capitalized, as a regex alternation. */
	static final String LABELS = "Host|Co-host|Moderator|Presenter|Anchor|Correspondent|Interviewer|Journalist|Reporter"
			+ "|Ведущий|Ведущая|Модератор|Корреспондент|Журналист|Журналистка|Интервьюер|Анчор";

	/** The same roles in lower case, read off {@link #LABELS} so the two never differ. */
	private static final Set<String> WORDS = Set.of(LABELS.toLowerCase(Locale.ROOT).split("\\|"));

	private PresenterRoles() {
	}

	/** Whether the word, in any case, is one of these roles. */
	static boolean contains(String word) {
		return WORDS.contains(word.toLowerCase(Locale.ROOT));
	}

}
