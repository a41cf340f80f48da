package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Operations, trainings and exercises named in quotation marks. */
class OperationNamePatternTests {

	private static final Gazetteer GAZETTEER = new Gazetteer(KnowledgeBaseFiles.all());

	private static final SentenceSplitter SPLITTER = new SentenceSplitter();

	@Test
	void shouldFindNamesListedBeforeAndAfterTheirKeyword() {
		String text = "The “Rubezh”, “Interaction” trainings, as well as the special trainings “Thunder”, “Cobalt” took place.";
		assertThat(find(text, "en")).extracting(occurrence -> occurrence.entity().knownId())
			.containsExactly("rubezh", "interaction", "thunder", "cobalt");
	}

	@Test
	void shouldFindNamesSpreadOverASentenceAfterAPluralKeyword() {
		String text = "The regional operations “Channel” to combat drug crime, “Illegal” to prevent illegal migration "
				+ "and “PROXY” went on.";
		assertThat(find(text, "en")).extracting(occurrence -> occurrence.entity().knownId())
			.containsExactly("channel", "illegal", "proxy");
	}

	@Test
	void shouldFindACodeNameAndRussianNamesWithEditions() {
		assertThat(find("Measures were taken under the code name “Mercenary”.", "en"))
			.extracting(occurrence -> occurrence.entity().knownId())
			.containsExactly("mercenary");
		assertThat(find("Прошли операция «Канал» и учения «Рубеж-2025».", "ru"))
			.extracting(occurrence -> occurrence.entity().knownId(),
					occurrence -> occurrence.span().end() - occurrence.span().start())
			.containsExactly(tuple("channel", 5), tuple("rubezh", 10));
	}

	@Test
	void shouldFindAKnownNameInAnObliqueCaseAfterDuringOrWithItsEdition() {
		assertThat(find("Снайперы отличились в ходе «Грома».", "ru"))
			.extracting(occurrence -> occurrence.entity().knownId())
			.containsExactly("thunder");
		assertThat(find("Итоги «Кобальта-2027» обсудят в Минске.", "ru"))
			.extracting(occurrence -> occurrence.entity().knownId())
			.containsExactly("cobalt");
		assertThat(find("Газета «Рубежа» вышла в понедельник.", "ru")).isEmpty();
	}

	@Test
	void shouldNameANewOperationByItsKeyword() {
		assertThat(find("Начались учения «Горный щит-2025».", "ru")).singleElement().satisfies(occurrence -> {
			assertThat(occurrence.entity().knownId()).isNull();
			assertThat(occurrence.entity().name()).isEqualTo("Gornyy shchit");
			assertThat(occurrence.entity().kind()).isEqualTo("EXERCISE");
		});
	}

	@Test
	void shouldFindKnownNamesAfterAKeywordAndColonOrAfterMeasuresAndLines() {
		assertThat(find("Финансирование стоит связать с учениями: «Поиск» и «Эшелон» пройдут у границы.", "ru"))
			.extracting(occurrence -> occurrence.entity().knownId())
			.containsExactly("poisk", "echelon");
		assertThat(find("Государства уже несколько лет проводят комплекс мер «Наемник».", "ru"))
			.extracting(occurrence -> occurrence.entity().knownId())
			.containsExactly("mercenary");
		assertThat(find("Он подчеркнул значение работы по линии «Наемник».", "ru"))
			.extracting(occurrence -> occurrence.entity().knownId())
			.containsExactly("mercenary");
		assertThat(find("Он подчеркнул значение работы по линии «Северный поток».", "ru")).isEmpty();
	}

	@Test
	void shouldIgnoreQuotedNamesWithoutAKeywordAndKnownNonOperations() {
		assertThat(find("The so-called “Vilayat Khorasan” grew, the “Independent Military Review” wrote.", "en"))
			.isEmpty();
		assertThat(find("The exercise was covered by the “Independent Military Review”.", "en")).isEmpty();
	}

	private static List<Occurrence> find(String text, String language) {
		List<OperationNamePattern.Found> found = new OperationNamePattern(GAZETTEER).find(text,
				QuotedSegments.find(text), SPLITTER.split(text, language));
		return found.stream().map(OperationNamePattern.Found::occurrence).toList();
	}

}
