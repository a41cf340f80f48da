package app.briefings.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTests {

	private final NameKey nameKey = new NameKey();

	@Test
	void shouldKeyALatinNameByItsLowerCaseLetters() {
		assertThat(this.nameKey.keysOf("Zas’")).containsExactly("zas");
		assertThat(this.nameKey.keysOf("Tasmagambetov")).containsExactly("tasmagambetov");
	}

	@Test
	void shouldTransliterateACyrillicNameWithoutTheSoftSign() {
		assertThat(this.nameKey.keysOf("Зась")).containsExactly("zas");
	}

	@Test
	void shouldAddTheStemOfARussianCaseForm() {
		assertThat(this.nameKey.keysOf("Засе")).containsExactly("zase", "zas");
		assertThat(this.nameKey.keysOf("Зася")).containsExactly("zasya", "zas");
		assertThat(this.nameKey.keysOf("Тасмагамбетова")).containsExactly("tasmagambetova", "tasmagambetov");
		assertThat(this.nameKey.keysOf("Тасмагамбетовым")).containsExactly("tasmagambetovym", "tasmagambetov");
	}

	@Test
	void shouldKeepTheFullKeyOfANominativeEndingInAVowel() {
		assertThat(this.nameKey.keysOf("Москва")).startsWith("moskva");
	}

	@Test
	void shouldLeaveNoKeyForPunctuation() {
		assertThat(this.nameKey.keysOf("’")).isEmpty();
	}

	@Test
	void shouldAnswerARepeatedWordFromTheKeysAlreadyComputed() {
		NameKey other = new NameKey();
		assertThat(other.keysOf("Лаврова")).containsExactly("lavrova", "lavrov");
		assertThat(this.nameKey.keysOf("Лаврова")).isSameAs(other.keysOf("Лаврова"));
	}

}
