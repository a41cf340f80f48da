package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Recognizes organizations the knowledge base does not know by the shape of their names:
 * capitalized words ending in an institution word ("State Committee for National
 * Security", "Kyrgyz Border Service"), optionally followed by an acronym in brackets, and
 * Russian names introduced with their acronym ("Государственный комитет национальной
 * безопасности (ГКНБ)").
 */
final class NamedOrganizationPattern {

	private static final String WORD_EN = "\\p{Lu}[\\p{Ll}’'-]+";

	private static final String HEAD_EN = "(?:Agency|Committee|Council|Service|Ministry|Center|Centre|Organization|Organisation"
			+ "|Union|Alliance|Bureau|Command|Directorate|Department|Guard|Front|Movement|Army|Brigade|Institute|Foundation"
			+ "|Party|Commission)";

	private static final Pattern ENGLISH = Pattern
		.compile("(?<![\\p{L}\\p{N}])(?!(?:The|A|An|In|On|At|By|For|With|From)\\h)((?:" + WORD_EN + "\\h+){1,4}"
				+ HEAD_EN + "(?:\\h+(?:of|for|on)\\h+(?:the\\h+)?" + WORD_EN + "(?:\\h+(?:and\\h+)?" + WORD_EN
				+ "){0,3})?)(?![\\p{L}])(?:\\h+\\((\\p{Lu}{2,8})\\))?");

	private static final Pattern RUSSIAN = Pattern
		.compile("(?<![\\p{L}])([А-ЯЁ][а-яё]+(?:\\h+[а-яё]+){1,5})\\h+\\(([А-ЯЁ]{2,8})\\)");

	private static final Pattern RUSSIAN_HEAD = Pattern.compile(
			"(?:комитет|служб|агентств|центр|совет|министерств|управлени|штаб|организаци|союз|движени|парти|фронт|бюро)");

	private NamedOrganizationPattern() {
	}

	static List<Occurrence> findNew(String text, List<Occurrence> known) {
		List<Occurrence> found = new ArrayList<>();
		for (MatchResult english : WordStartMatches.of(ENGLISH, text)) {
			addUnlessKnown(found, known, english, newOrganization(english.group(1), english.group(2)));
		}
		for (MatchResult russian : WordStartMatches.of(RUSSIAN, text)) {
			if (RUSSIAN_HEAD.matcher(russian.group(1).toLowerCase()).find()) {
				addUnlessKnown(found, known, russian, newOrganization(russian.group(1), russian.group(2)));
			}
		}
		return found;
	}

	private static void addUnlessKnown(List<Occurrence> found, List<Occurrence> known, MatchResult matcher,
			EntityRef entity) {
		Span span = new Span(matcher.start(1), matcher.end(1));
		if (Occurrences.overlapsAny(span, known) || Occurrences.overlapsAny(span, found)) {
			return;
		}
		found.add(new Occurrence(entity, span, 0.6, null));
	}

	private static EntityRef newOrganization(String written, @Nullable String acronym) {
		String name = AliasKey.latin(written);
		List<String> aliases = new ArrayList<>();
		if (!name.equals(written)) {
			aliases.add(written);
		}
		if (acronym != null) {
			aliases.add(acronym);
		}
		return new EntityRef(EntityType.ORGANIZATION, null, name, aliases, null);
	}

}
