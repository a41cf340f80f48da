package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker rules from the ninth blind round: names after a title in any Russian case are
 * filed in the nominative, and a person named later, recognized or not, blocks falling
 * back to a person named earlier.
 */
class Round9SpeakerRulesTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldRestoreASoftStemFirstNameInTheInstrumentalAfterACompoundRank() {
		assertThat(RussianNominative.of("Игорем Веретенниковым", "генерал-лейтенантом"))
			.isEqualTo("Игорь Веретенников");
		assertThat(RussianNominative.of("Шамилем Каримовым", "полковником")).isEqualTo("Шамиль Каримов");
	}

	@Test
	void shouldRestoreASoftStemFirstNameInTheDative() {
		assertThat(RussianNominative.of("Игорю Веретенникову", "генерал-лейтенанту")).isEqualTo("Игорь Веретенников");
	}

	@Test
	void shouldGiveTheNominativeLabelOfAnInterviewToThePersonTheLeadNamesInTheInstrumental() {
		ExtractedItem item = only("Замглавы центра рассказал, кого вербуют террористы\n"
				+ "Мы поговорили с заместителем руководителя центра генерал-майором Игорем Лапшиным.\n"
				+ "**Редакция:** Кого вербуют чаще всего?\n"
				+ "**Игорь Лапшин:** Молодых людей, которые работают за границей и оторваны от семьи.");

		assertThat(names(item, EntityType.OFFICIAL)).containsOnly("Igor Lapshin");
		assertThat(direct(item)).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Igor Lapshin");
	}

	@Test
	void shouldNameAPersonAfterATitleWithARepublicInItsComplement() {
		ExtractedItem item = only("Как сообщил заместитель председателя Пограничной службы Комитета национальной "
				+ "безопасности Республики Казахстан Ерлан Мукашев, патрули проводятся с весны.");

		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Yerlan Mukashev");
	}

	@Test
	void shouldNotFallBackToAnEarlierSpeakerOverAnUnrecognizedNameAfterAKnownPlace() {
		ExtractedItem item = only("Пограничники двух стран усилили совместные патрули\n"
				+ "«Мы делаем ставку на патрули», — сказал полковник Эмиль Сатыбалдиев.\n"
				+ "Об этом рассказал гость из Казахстан Ерлан Мукашев, патрули проводятся с весны.\n"
				+ "«Мы пресекли семнадцать попыток», — добавил он.");

		assertThat(direct(item)).extracting(quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly("Emil Satybaldiyev", null);
	}

	private static ExtractedItem only(String text) {
		List<ExtractedItem> items = EXTRACTOR.extract(new ExtractionInput(text, null, null)).items();
		assertThat(items).hasSize(1);
		ExtractionAssertions.assertSpansMatchBody(items.get(0));
		return items.get(0);
	}

	private static List<ExtractedQuote> direct(ExtractedItem item) {
		return item.quotes().stream().filter(quote -> quote.kind() == QuoteKind.DIRECT).toList();
	}

	private static List<String> names(ExtractedItem item, EntityType type) {
		return item.mentions()
			.stream()
			.filter(mention -> mention.entity().type() == type)
			.map(mention -> mention.entity().name())
			.distinct()
			.toList();
	}

}
