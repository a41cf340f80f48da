package app.briefings.editorial;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The checks editors' names go through, and the ids new entities get. */
class KnowledgeBaseEditorTests {

	@Test
	void shouldStripAValidName() {
		assertThat(KnowledgeBaseEditor.validName("alias", "  Qorvanbek ")).isEqualTo("Qorvanbek");
	}

	@Test
	void shouldRefuseBlankTooLongAndLetterlessNamesNamingTheField() {
		for (String name : new String[] { " ", "x".repeat(201), "--" }) {
			assertThatExceptionOfType(EditorialException.class)
				.isThrownBy(() -> KnowledgeBaseEditor.validName("alias", name))
				.satisfies((ex) -> assertThat(ex.details()).containsEntry("field", "alias"));
		}
	}

	@Test
	void shouldDeriveTheIdOfANewEntityFromItsName() {
		assertThat(KnowledgeBaseEditor.slug("Édtest Holding Company")).isEqualTo("edtest-holding-company");
	}

}
