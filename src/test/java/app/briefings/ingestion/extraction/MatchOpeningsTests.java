package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MatchOpenings}: every offset where a pattern matches must be allowed,
 * whatever the case, script or bounds, and openings that cannot begin a match are ruled
 * out.
 */
class MatchOpeningsTests {

	private static final String MIXED_TEXT = "Deputy Foreign Minister Ivan Petrov, the deputy head, and "
			+ "заместитель министра иностранных дел Армении Арарат Мирзоян met; ЗАМЕСТИТЕЛЬ МИНИСТРА and "
			+ "DEPUTY HEAD said on 12 March 2024 (12.03.2024) that Col. Gen. Sidorov, vice-President "
			+ "Orlov and x-1 were there.";

	@Test
	void shouldAllowEveryOffsetWhereATitleAlternationMatches() {
		Pattern titles = Pattern.compile("(?:(?:Deputy|deputy)\\h+)?(?:Foreign\\h+Minister|President|[Hh]ead"
				+ "|Col\\.\\h?Gen\\.|[Зз]аместител[а-яё]{1,2}\\h+[а-яё]+|[Мм]инистр[а-яё]{0,2})");

		assertThat(offsetsRuledOutWhereItMatches(titles, MIXED_TEXT)).isEmpty();
		assertThat(matchingOffsets(titles, MIXED_TEXT)).hasSizeGreaterThanOrEqualTo(6);
	}

	@Test
	void shouldAllowEveryOffsetWhereACaseInsensitivePatternMatches() {
		Pattern insensitive = Pattern.compile("(?iu)(?:deputy\\h+head|заместитель\\h+министра)");

		assertThat(offsetsRuledOutWhereItMatches(insensitive, MIXED_TEXT)).isEmpty();
		assertThat(matchingOffsets(insensitive, MIXED_TEXT)).hasSize(4);
	}

	@Test
	void shouldAllowEveryOffsetWhereAPatternWithLookaroundsAndBoundariesMatches() {
		Pattern dates = Pattern.compile("(?=[MмJ])(?<![\\p{L}\\p{N}])(?:March|марта)\\h+\\d{4}\\b"
				+ "|\\b\\d{1,2}\\.\\d{2}\\.\\d{4}\\b|\\b-\\d|(?<![\\p{L}])Orlov(?!\\h+[A-Z])");

		assertThat(offsetsRuledOutWhereItMatches(dates, MIXED_TEXT)).isEmpty();
		assertThat(matchingOffsets(dates, MIXED_TEXT)).hasSize(4);
	}

	@Test
	void shouldAllowAnOpeningThatEndsInTheFirstHalfOfASurrogatePair() {
		Pattern symbol = Pattern.compile("ab\\p{So}");
		String text = "ab\uD83D\uDE00";

		assertThat(symbol.matcher(text).lookingAt()).isTrue();
		assertThat(MatchOpenings.of(symbol).mayOpenAt(text, 0, text.length())).isTrue();
	}

	@Test
	void shouldAllowAnOpeningThatBeginsWithASurrogatePair() {
		Pattern symbol = Pattern.compile("\\p{So}!");
		String text = "\uD83D\uDE00!";

		assertThat(symbol.matcher(text).lookingAt()).isTrue();
		assertThat(MatchOpenings.of(symbol).mayOpenAt(text, 0, text.length())).isTrue();
	}

	@Test
	void shouldAllowAnOpeningCutShortByTheEndOfTheSearch() {
		Pattern title = Pattern.compile("President\\h+\\p{Lu}");

		assertThat(MatchOpenings.of(title).mayOpenAt("the Pr", 4, 6)).isTrue();
		assertThat(MatchOpenings.of(title).mayOpenAt("the Pa", 4, 6)).isFalse();
	}

	@Test
	void shouldRuleOutOpeningsThatCannotBeginAMatch() {
		Pattern titles = Pattern.compile("(?:Deputy|President|[Мм]инистр)\\h+\\p{Lu}");
		MatchOpenings openings = MatchOpenings.of(titles);

		assertThat(openings.mayOpenAt("the Dean", 4, 8)).isFalse();
		assertThat(openings.mayOpenAt("the Deputy", 4, 10)).isTrue();
		assertThat(openings.mayOpenAt("Presently", 0, 9)).isTrue();
		assertThat(openings.mayOpenAt("министерство", 0, 12)).isTrue();
		assertThat(openings.mayOpenAt("миграция", 0, 8)).isFalse();
		assertThat(openings.mayOpenAt("Dmitry", 0, 6)).isFalse();
	}

	@Test
	void shouldTryEveryOffsetOfAPatternThatLooksBehindItsStart() {
		Pattern afterQuote = Pattern.compile("(?<=« )\\p{Lu}\\p{Ll}+");

		assertThat(MatchOpenings.of(afterQuote).mayOpenAt("« Гром »", 2, 8)).isTrue();
		assertThat(MatchOpenings.of(afterQuote).mayOpenAt("« гром »", 2, 8)).isTrue();
	}

	/** The offsets where the pattern matches but whose opening was ruled out. */
	@Test
	void shouldRuleOutPastTheTextsStartTheOpeningsOfAlternativesAnchoredThere() {
		Pattern footer = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:^(?:copyright|the views)\\b|all rights reserved"
				+ "|^[^.!?]{0,20}\\bhas been edited|views? (?:are )?our own)");
		String text = "Copyright 2026. The views are our own. Copyright holders: all rights reserved. "
				+ "This text has been edited.";
		MatchOpenings openings = MatchOpenings.of(footer);

		assertThat(offsetsRuledOutInTextWhereItMatches(footer, text)).isEmpty();
		assertThat(matchingOffsets(footer, text)).hasSize(3);
		assertThat(openings.mayOpenInTextAt(text, 0, text.length())).isTrue();
		assertThat(openings.mayOpenInTextAt(text, text.indexOf("Copyright h"), text.length())).isFalse();
		assertThat(openings.mayOpenInTextAt(text, text.indexOf("This"), text.length())).isFalse();
		assertThat(openings.mayOpenAt(text, text.indexOf("Copyright h"), text.length())).isTrue();
	}

	@Test
	void shouldAllowPastTheTextsStartTheOpeningsOfAMultilinePatternAfterALineBreak() {
		Pattern multiline = Pattern.compile("(?m)^(?:Copyright|Reuters)\\b");
		String text = "Text.\nCopyright 2026\nReuters";

		assertThat(offsetsRuledOutInTextWhereItMatches(multiline, text)).isEmpty();
		assertThat(matchingOffsets(multiline, text)).containsExactly(6, 21);
	}

	@Test
	void shouldAnswerTheSameGivenTheOpeningsKeyMadeBeforehand() {
		List<Pattern> patterns = List.of(Pattern.compile("(?iu)(?:^copyright|deputy\\h+head|заместитель)"),
				Pattern.compile("\\b(?<day>\\d{1,2})\\h+March"), Pattern.compile("[Мм]инистр[а-яё]{0,2}"));
		String text = MIXED_TEXT + " \uD835\uDC00";
		for (Pattern pattern : patterns) {
			MatchOpenings openings = MatchOpenings.of(pattern);
			for (int offset = 0; offset < text.length(); offset++) {
				boolean given = openings.mayOpenInTextAt(text, offset, MatchOpenings.keyAt(text, offset));

				assertThat(given).as("%s at %d", pattern, offset)
					.isEqualTo(openings.mayOpenInTextAt(text, offset, text.length()));
			}
		}
	}

	private static List<Integer> offsetsRuledOutInTextWhereItMatches(Pattern pattern, String text) {
		MatchOpenings openings = MatchOpenings.of(pattern);
		List<Integer> ruledOut = new ArrayList<>();
		for (int end = 1; end <= text.length(); end++) {
			for (int offset : matchingOffsets(pattern, text.substring(0, end))) {
				if (!openings.mayOpenInTextAt(text, offset, end)) {
					ruledOut.add(offset);
				}
			}
		}
		return ruledOut;
	}

	private static List<Integer> offsetsRuledOutWhereItMatches(Pattern pattern, String text) {
		MatchOpenings openings = MatchOpenings.of(pattern);
		List<Integer> ruledOut = new ArrayList<>();
		for (int end = 1; end <= text.length(); end++) {
			for (int offset : matchingOffsets(pattern, text.substring(0, end))) {
				if (!openings.mayOpenAt(text, offset, end)) {
					ruledOut.add(offset);
				}
			}
		}
		return ruledOut;
	}

	private static List<Integer> matchingOffsets(Pattern pattern, String text) {
		List<Integer> offsets = new ArrayList<>();
		Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		for (int offset = 0; offset < text.length(); offset++) {
			if (matcher.region(offset, text.length()).lookingAt()) {
				offsets.add(offset);
			}
		}
		return offsets;
	}

}
