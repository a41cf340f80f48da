package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WordStartMatches}.
 */
class WordStartMatchesTests {

	@Test
	void shouldFindMatchesThatStartWhereAWordStarts() {
		Pattern pattern = Pattern.compile("(?:Gen\\.|General)\\h+\\p{Lu}\\p{Ll}+");

		assertThat(texts(WordStartMatches.of(pattern, "Gen. Petrov met General Ivanov, not XGeneral Sidorov.")))
			.containsExactly("Gen. Petrov", "General Ivanov");
	}

	@Test
	void shouldFindMatchesOpenedByAnyCharacterTheLookaheadAllows() {
		Pattern pattern = Pattern.compile("(?=[JMм])\\b(?:January|March|марта)\\h+\\d{4}");

		assertThat(texts(WordStartMatches.of(pattern, "In January 2024, March 2025 and 3 марта 2026.")))
			.containsExactly("January 2024", "March 2025", "марта 2026");
	}

	@Test
	void shouldStillFindMatchesOfPatternsThatLookBehindTheirStart() {
		Pattern pattern = Pattern.compile("(?<=« )\\p{Lu}\\p{Ll}+|(?<=\\h)\\d+");

		assertThat(texts(WordStartMatches.of(pattern, "« Гром » and 42 or «Гром»"))).containsExactly("Гром", "42");
	}

	@Test
	void shouldFindCaseInsensitiveMatchesInEitherCase() {
		Pattern pattern = Pattern.compile("(?iu)(?:said|заявил)\\b");

		assertThat(texts(WordStartMatches.of(pattern, "SAID, Said, said, ЗАЯВИЛ, unsaid"))).containsExactly("SAID",
				"Said", "said", "ЗАЯВИЛ");
	}

	@Test
	void shouldGiveTheSameMatchesWhenCalledAgain() {
		Pattern pattern = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
		String text = "From 01.02.2024 to 3.4.2025, not 2024.01.02.";

		List<String> first = texts(WordStartMatches.of(pattern, text));

		assertThat(texts(WordStartMatches.of(pattern, text))).isEqualTo(first)
			.containsExactly("01.02.2024", "3.4.2025");
	}

	@Test
	void shouldFindAfterNonLettersWhatRepeatedFindFinds() {
		Pattern pattern = Pattern
			.compile("(?iu)(?<!\\p{L})(?:an?\\h+(?:\\p{L}+\\h+)?official|источник\\p{L}*)(?!\\p{L})");
		String text = "An official, 5a senior official, anofficial, xa source and ИСТОЧНИКИ, неисточник; an official.";
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}

		assertThat(texts(WordStartMatches.afterNonLetters(pattern, text))).isEqualTo(found)
			.containsExactly("An official", "a senior official", "ИСТОЧНИКИ", "an official");
	}

	@Test
	void shouldTellWhetherAPatternMatchesAfterANonWordCharacter() {
		Pattern pattern = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:^©|all rights reserved|\\(c\\)\\h+\\d{4})");

		assertThat(WordStartMatches.existsAfterNonWord(pattern, "© 2026 Agency")).isTrue();
		assertThat(WordStartMatches.existsAfterNonWord(pattern, "Agency. ALL RIGHTS RESERVED.")).isTrue();
		assertThat(WordStartMatches.existsAfterNonWord(pattern, "Agency (c) 2026")).isTrue();
		assertThat(WordStartMatches.existsAfterNonWord(pattern, "Agency © 2026, overall rights reserved")).isFalse();
	}

	private static List<String> texts(List<MatchResult> matches) {
		return matches.stream().map(MatchResult::group).toList();
	}

}
