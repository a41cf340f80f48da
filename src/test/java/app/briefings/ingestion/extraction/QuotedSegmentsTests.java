package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Quotation marks of every kind, nested or not. */
class QuotedSegmentsTests {

	@Test
	void shouldFindEveryKindOfQuotationMark() {
		String text = "“curly” \"straight\" «guillemets» „low“";
		assertThat(inner(text)).containsExactly("curly", "straight", "guillemets", "low");
	}

	@Test
	void shouldNestGuillemets() {
		String text = "«Операция «Канал» прошла успешно»";
		List<QuotedSegments.Segment> segments = QuotedSegments.find(text);
		assertThat(segments).extracting(segment -> segment.innerText(text), QuotedSegments.Segment::depth)
			.containsExactly(tuple("Операция «Канал» прошла успешно", 0), tuple("Канал", 1));
	}

	@Test
	void shouldRunOverParagraphsThatReopenTheQuotation() {
		String text = "He read a statement:\n\n\"The situation is not improving.\n\n\"We do not ask anyone to fight.\n\n"
				+ "\"Every month of delay counts.\"\n\nImomov did not name anyone.";
		assertThat(inner(text)).containsExactly(
				"The situation is not improving.\n\n\"We do not ask anyone to fight.\n\n\"Every month of delay counts.");
	}

	@Test
	void shouldEndAQuotationLeftOpenAtTheAttributionThatClosesItsParagraph() {
		String text = "«Мы видели, как работают бойцы. Это итог подготовки, — сказал генерал журналистам.\n\n"
				+ "«Учения продолжатся весной».";
		assertThat(inner(text)).containsExactly("Мы видели, как работают бойцы. Это итог подготовки",
				"Учения продолжатся весной");
	}

	@Test
	void shouldKeepAQuotationInterruptedByItsAttributionRunningOn() {
		String text = "«Мы видим угрозу, — сказал Лавров. — Наши спецслужбы фиксируют попытки.\n\n"
				+ "«Это системная работа».";
		assertThat(inner(text)).containsExactly(
				"Мы видим угрозу, — сказал Лавров. — Наши спецслужбы фиксируют попытки.\n\n«Это системная работа");
	}

	@Test
	void shouldRunOverToTheParagraphThatClosesAGuillemet() {
		String text = "«Мы видим угрозу.\n\nНаши спецслужбы фиксируют попытки», — сказал Лавров.\n\n«Другое».";
		assertThat(inner(text)).containsExactly("Мы видим угрозу.\n\nНаши спецслужбы фиксируют попытки", "Другое");
	}

	@Test
	void shouldRunOverToTheParagraphWhoseOnlyStraightMarkClosesTheQuotation() {
		String text = "The minister said:\n\n\"We did not leave in anger.\n\nWe left because nobody answered.\"\n\n"
				+ "He said \"no more\" twice.";
		assertThat(inner(text)).containsExactly("We did not leave in anger.\n\nWe left because nobody answered.",
				"no more");
		assertThat(inner("an \"unclosed quote\n\nand a line that ends with \"a title\"")).containsExactly("a title");
	}

	@Test
	void shouldNotRunPastTheEndOfAParagraph() {
		assertThat(inner("an \"unclosed quote\nand \"a closed one\"")).containsExactly("a closed one");
	}

	@Test
	void shouldTreatANulCharacterAsText() {
		assertThat(inner("before\u0000 \"quoted\" after\u0000")).containsExactly("quoted");
	}

	private static List<String> inner(String text) {
		return QuotedSegments.find(text).stream().map(segment -> segment.innerText(text)).toList();
	}

}
