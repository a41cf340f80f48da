package app.briefings.ingestion.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Group numbers looked up by name, past escapes, classes, lookarounds and plain groups.
 */
class NamedGroupsTests {

	@Test
	void shouldNumberANamedGroupAsTheMatcherDoes() {
		Pattern pattern = Pattern.compile("(?<![\\p{L}(])(\\d+)\\((?:x|y)[(]?(?<word>[a-z]+)(?=!)(?<tail>!)");
		Matcher matcher = pattern.matcher("12(xab!");

		assertThat(matcher.find()).isTrue();
		assertThat(matcher.toMatchResult().group(NamedGroups.index(pattern, "word"))).isEqualTo(matcher.group("word"));
		assertThat(NamedGroups.index(pattern, "word")).isEqualTo(2);
		assertThat(NamedGroups.index(pattern, "tail")).isEqualTo(3);
		assertThatIllegalArgumentException().isThrownBy(() -> NamedGroups.index(pattern, "wor"));
	}

}
