package app.briefings.ingestion.extraction;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An op-ed's author as an official of the item, from the author note. */
class OpEdAuthorTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldMakeTheAuthorAnOfficialWithTheTitleTheNoteGives() {
		ExtractedItem item = extract("Why borders need more than drills\nBy Marat Seitkali\n18 April 2026\n\n"
				+ "Every autumn the alliance stages a show.\n\n"
				+ "About the author: Marat Seitkali is a member of the Senate of Kazakhstan and a retired colonel.");
		assertThat(item.mentions()).filteredOn(mention -> mention.entity().name().equals("Marat Seitkali"))
			.singleElement()
			.satisfies(mention -> assertThat(mention.entity().type()).isEqualTo(EntityType.OFFICIAL));
		assertThat(item.body()).doesNotContain("About the author");
	}

	@Test
	void shouldReadAnUnlabelledNoteAboutTheBylinesAuthorInTheLastParagraphs() {
		ExtractedItem english = extract("Why borders need more than drills\nBy Ivan Orlov\n18 April 2026\n\n"
				+ "Every autumn the alliance stages a show.\n\n"
				+ "Ivan Orlov is a former deputy commander of the Border Service and a visiting fellow.\n\n"
				+ "The views expressed are the author's own.");
		assertThat(english.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OFFICIAL)
			.extracting(mention -> mention.entity().name())
			.containsExactly("Ivan Orlov");
		ExtractedItem russian = extract("Граница требует денег\nАвтор: Ольга Смирнова\n18 апреля 2026\n\n"
				+ "Каждый год звучат правильные слова о южном направлении.\n\n"
				+ "Автор — заместитель председателя комитета парламента по обороне.");
		assertThat(russian.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OFFICIAL)
			.singleElement()
			.satisfies(mention -> assertThat(mention.entity().aliases()).contains("Ольга Смирнова"));
	}

	@Test
	void shouldNotMakeAColumnistAnOfficial() {
		ExtractedItem item = extract("Почему вербовка уходит в онлайн\nДмитрий Сорокин, обозреватель\n11 марта 2026\n\n"
				+ "Задержания показывают, что вербовщики работают в чатах.\n\n"
				+ "Об авторе: Дмитрий Сорокин — обозреватель издания, пишет о безопасности.");
		assertThat(item.mentions()).noneSatisfy(mention -> assertThat(mention.entity().name()).contains("Сорокин"));
		assertThat(item.author()).isEqualTo("Дмитрий Сорокин");
	}

	@Test
	void shouldNotMakeACorrespondentNamedWithHerOutletAndBeatAnOfficial() {
		ExtractedItem item = extract("The alliance grows busier\nBy Lena Marsh\n5 December 2026\n\n"
				+ "Every autumn the alliance stages a show.\n\n"
				+ "Lena Marsh is Steppe Review's South Caucasus correspondent.");
		assertThat(item.mentions()).noneSatisfy(mention -> assertThat(mention.entity().name()).contains("Marsh"));
	}

	@Test
	void shouldStillMakeTheDirectorOfAJournalismCentreAnOfficial() {
		ExtractedItem item = extract("The alliance grows busier\nBy Lena Marsh\n5 December 2026\n\n"
				+ "Every autumn the alliance stages a show.\n\n"
				+ "Lena Marsh is director of the Centre for Journalism Studies in Almaty.");
		assertThat(item.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OFFICIAL)
			.extracting(mention -> mention.entity().name())
			.containsExactly("Lena Marsh");
	}

	private static ExtractedItem extract(String page) {
		return EXTRACTOR.extract(new ExtractionInput(page, null, LocalDate.of(2026, 4, 18))).items().get(0);
	}

	@Test
	void shouldNameTheAuthorByTheFullestFormTheBylineWrites() {
		ExtractedItem item = extract("Союзу нужна скорость\nАвтор: Павел Ростиславович Горчаков-Лебедев\n"
				+ "5 декабря 2026\n\nКаждый раз на границе повторяется одно и то же.\n\n"
				+ "Павел Горчаков-Лебедев — директор Центра изучения проблем безопасности.");
		assertThat(item.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OFFICIAL)
			.singleElement()
			.satisfies(
					mention -> assertThat(mention.entity().answersTo("Павел Ростиславович Горчаков-Лебедев")).isTrue());
	}

}
