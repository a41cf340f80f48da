package app.briefings.ingestion.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Quotes the layout attributes: transcript turns and interview answers. */
class LabelledQuotesTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldQuoteEachTranscriptTurnAsItsLabelledSpeaker() {
		ExtractedItem item = extract("Transcript: joint news conference in Moscow\n20 January 2026\n\n"
				+ "Zakharova: \"Good afternoon, colleagues.\"\n\nLavrov: \"We had frank talks.\"\n\n"
				+ "Question: Mr Lavrov, is the decision \"irreversible\"?\n\nLavrov: \"Nothing in politics is irreversible.\"");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Good afternoon, colleagues.", "Maria Zakharova"),
					tuple("We had frank talks.", "Sergey Lavrov"),
					tuple("Nothing in politics is irreversible.", "Sergey Lavrov"));
	}

	@Test
	void shouldNotQuoteATurnThatOnlyThanksAndClosesTheSession() {
		ExtractedItem item = extract("Стенограмма брифинга пресс-секретаря МВД Тимура Асанбаева\n05.12.2026, Бишкек\n\n"
				+ "Асанбаев: Добрый день. Начну с итогов операции.\n\nВопрос (газета «Слово»): Сколько задержанных?\n\n"
				+ "Асанбаев: Двенадцать человек.\n\nАсанбаев: Спасибо, на этом пресс-конференция окончена.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text)
			.containsExactly("Добрый день. Начну с итогов операции.", "Двенадцать человек.");
	}

	@Test
	void shouldQuoteTurnsLabelledBySurnameAsThePersonTheTranscriptsHeadlineNames() {
		ExtractedItem item = extract("Стенограмма брифинга официального представителя МВД Тимура Асанбаева\n"
				+ "05.12.2026, Бишкек\n\nАсанбаев: Добрый день. Начну с итогов операции.\n\n"
				+ "Вопрос (газета «Слово»): Сколько задержанных?\n\nАсанбаев: Двенадцать человек, все под стражей.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().aliases().get(0))
			.containsExactly(tuple("Добрый день. Начну с итогов операции.", "Тимур Асанбаев"),
					tuple("Двенадцать человек, все под стражей.", "Тимур Асанбаев"));
	}

	@Test
	void shouldKeepAHearingWithSurnameAndInitialsLabelsAsOneStoryQuotingEachSpeaker() {
		ExtractedDocument document = EXTRACTOR
			.extract(new ExtractionInput("Слушания о пограничном контроле\n3 марта 2026 года\n"
					+ "Комитет по обороне провел слушания. Выступили заместитель министра Анна Руденко "
					+ "и депутат Олег Дронов.\n" + "Председательствующий. Анна Сергеевна, что изменилось за год?\n"
					+ "Руденко А. С. Мы открыли четыре новых поста и закрыли два старых.\n"
					+ "Председательствующий. Олег Петрович, ваш вопрос?\n"
					+ "Дронов О. П. Постов мало, людей на них еще меньше.\n", null, LocalDate.of(2026, 3, 3)));

		assertThat(document.items()).singleElement()
			.satisfies(item -> assertThat(item.quotes())
				.extracting(ExtractedQuote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
				.containsExactly(tuple("Мы открыли четыре новых поста и закрыли два старых.", "Anna Rudenko"),
						tuple("Постов мало, людей на них еще меньше.", "Oleg Dronov")));
	}

	@Test
	void shouldNameAnUnknownIntervieweeByTheFullNameOfTheAnswerLabel() {
		ExtractedItem item = extract("Депутат: решение о границе примут весной\n8 октября 2026\n\n"
				+ "О планах комитета нашему корреспонденту рассказал вице-спикер парламента Тимур Алиев.\n\n"
				+ "**Вестник:** Решение принято?\n\n**Тимур Алиев:** Нет. Решение еще не принято, торопиться мы не будем.\n\n"
				+ "**Вестник:** А когда?\n\n**Тимур Алиев:** Весной, после консультаций с партнерами.");
		assertThat(item.mentions()).filteredOn(mention -> mention.entity().type() == EntityType.OFFICIAL)
			.singleElement()
			.satisfies(mention -> assertThat(mention.entity().aliases()).contains("Тимур Алиев"));
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Нет. Решение еще не принято, торопиться мы не будем.", "Timur Aliyev"),
					tuple("Весной, после консультаций с партнерами.", "Timur Aliyev"));
	}

	@Test
	void shouldQuoteEachAnswerAsTheIntervieweeNamedInTheLead() {
		ExtractedItem item = extract("Interview\nCSTO chief on the alliance's future\n8 October 2026 · 6 min read\n\n"
				+ "Imangali Tasmagambetov spoke to our correspondent ahead of the training.\n\n"
				+ "Q: Foreign Minister Ararat Mirzoyan says the door is closed. Is it?\n\n"
				+ "A: The door is open. The operation \"Channel\" goes on.\n\nQ: What next?\n\nA: Decisions on the border.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("The door is open. The operation \"Channel\" goes on.", "Imangali Tasmagambetov"),
					tuple("Decisions on the border.", "Imangali Tasmagambetov"));
		assertThat(item.title()).isEqualTo("CSTO chief on the alliance's future");
	}

	@Test
	void shouldQuoteTheAnswersUnderTheIntervieweesBoldLabelWithoutTheMarkup() {
		ExtractedItem item = extract("CSTO chief looks ahead to the Rubezh training\n8 October 2026\n\n"
				+ "Imangali Tasmagambetov spoke to our weekly before the summit.\n\n"
				+ "**Weekly:** Is the programme funded?\n\n**Tasmagambetov:** Every member pays its share.\n\n"
				+ "**Weekly:** And Armenia?\n\n**Tasmagambetov:** The invitation has been sent.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Every member pays its share.", "Imangali Tasmagambetov"),
					tuple("The invitation has been sent.", "Imangali Tasmagambetov"));
	}

	@Test
	void shouldQuoteRussianAnswersAndKeepQuestionsOut() {
		ExtractedItem item = extract("Интервью с генсеком\n3 июня 2026\n\n"
				+ "Генеральный секретарь ОДКБ Имангали Тасмагамбетов рассказал о ситуации.\n\n"
				+ "В: Как изменилась обстановка?\n\nО: Количество попыток прорыва снизилось.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Количество попыток прорыва снизилось.", "Imangali Tasmagambetov"));
	}

	@Test
	void shouldQuoteANameLabelledAnswerAsThatPerson() {
		ExtractedItem item = extract("CSTO chief on the alliance's future\n8 October 2026\n\n"
				+ "Imangali Tasmagambetov spoke to TASS ahead of the training.\n\n"
				+ "TASS: Is there a way back for Armenia?\n\nTasmagambetov: The door is open.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("The door is open.", "Imangali Tasmagambetov"));
	}

	@Test
	void shouldKeepAHeadlineQuotingTheIntervieweeAsTheTitleOfTheOneInterview() {
		ExtractedItem item = extract("Генсек Тасмагамбетов: Граница держится на людях\n3 июня 2026\n\n"
				+ "Об итогах учения рассказал генеральный секретарь ОДКБ Имангали Тасмагамбетов.\n\n"
				+ "В: Что было главным?\n\nО: Связь между заставами.");
		assertThat(item.title()).isEqualTo("Генсек Тасмагамбетов: Граница держится на людях");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Связь между заставами.", "Imangali Tasmagambetov"));
	}

	@Test
	void shouldReadACorrespondentsLinesAsQuestionsAndTheNamedLinesAsOneInterviewsAnswers() {
		ExtractedItem item = extract("Сергей Шойгу: Угрозы не станут ждать\n26.11.2026 21:05\n\n"
				+ "Секретарь Совета безопасности России Сергей Шойгу рассказал о ситуации.\n\n"
				+ "Корреспондент: Насколько выросла угроза?\n\nШойгу: Выросла не численность, а качество.\n\n"
				+ "Корреспондент: Справляются ли страны региона?\n\nШойгу: Поодиночке — нет.");
		assertThat(item.title()).isEqualTo("Сергей Шойгу: Угрозы не станут ждать");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Выросла не численность, а качество.", "Sergey Shoigu"),
					tuple("Поодиночке — нет.", "Sergey Shoigu"));
	}

	@Test
	void shouldQuoteAnOpeningStatementAboveTheQuestionsUnderTheLabelThatAnswersThem() {
		ExtractedItem item = extract("Briefing by Foreign Ministry Spokeswoman Maria Zakharova\n19 November 2026\n\n"
				+ "Maria Zakharova: Good afternoon. I will begin with the schedule.\n\n"
				+ "Question: How does Moscow assess this?\n\nMaria Zakharova: We have seen these statements.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Good afternoon. I will begin with the schedule.", "Maria Zakharova"),
					tuple("We have seen these statements.", "Maria Zakharova"));
	}

	@Test
	void shouldQuoteDashStyleAnswersAsTheIntervieweeNamedInTheLead() {
		ExtractedItem item = extract("Пограничник — о перевалах зимой\n8 октября 2026\n\n"
				+ "О зимней охране границы нам рассказал генерал-майор Тимур Алиев.\n\n"
				+ "— Тимур Маратович, сколько постов остается на перевалах?\n\n"
				+ "— Шесть. Остальные закрываем до апреля: техника туда не пройдет.\n\n"
				+ "— А нарушители?\n\n— Нарушителей зимой почти нет, но мы держим резерв.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Шесть. Остальные закрываем до апреля: техника туда не пройдет.", "Timur Aliyev"),
					tuple("Нарушителей зимой почти нет, но мы держим резерв.", "Timur Aliyev"));
	}

	@Test
	void shouldMakeNoOfficialOfAPresentersLabelAndQuoteNoneOfTheirTurns() {
		ExtractedItem item = extract("Panel: who guards the southern border?\n20 January 2026\n\n"
				+ "Moderator Olga Markova: \"Welcome to our panel on the southern border.\"\n\n"
				+ "Ivan Petrov: \"The routes have moved east, to the mountain passes.\"\n\n"
				+ "Presenter Dana Ospanova: \"We will be back after the break.\"");
		assertThat(item.mentions()).extracting(mention -> mention.entity().name()).containsExactly("Ivan Petrov");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("The routes have moved east, to the mountain passes.", "Ivan Petrov"));
	}

	@Test
	void shouldGiveTheAnswersToTheRetiredOfficerTheLeadNamesWithAPatronymic() {
		ExtractedItem item = extract("Перевалы закрыты до весны\n8 октября 2026\n\n"
				+ "О зимней охране границы нам рассказал полковник в отставке Игорь Семенович Ломов.\n\n"
				+ "Вопрос: Сколько постов остается на перевалах?\n\n" + "Ответ: Шесть. Остальные закрываем до апреля.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Шесть. Остальные закрываем до апреля.", "Igor Semenovich Lomov"));
	}

	@Test
	void shouldMakeAnInterviewWithAQuotedOutletLabelOneItemQuotingTheSurnameLabel() {
		List<ExtractedItem> items = EXTRACTOR
			.extract(new ExtractionInput(
					"Ирина Седова: заставам нужна новая техника\nАвтор: Олег Ли\n12.03.2026\n"
							+ "«Вестник» побеседовал с депутатом Ириной Седовой.\n"
							+ "«Вестник»: Чего не хватает заставам?\nСедова: Техники и людей, особенно зимой.\n"
							+ "«Вестник»: Когда это изменится?\nСедова: Не раньше следующего года.",
					null, LocalDate.of(2026, 3, 12)))
			.items();
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Ирина Седова: заставам нужна новая техника");
			assertThat(item.body()).doesNotContain("«Вестник»:");
			assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
				.containsExactly(tuple("Техники и людей, особенно зимой.", "Irina Sedova"),
						tuple("Не раньше следующего года.", "Irina Sedova"));
		});
	}

	@Test
	void shouldQuoteAnswersLabelledWithInitialsAsThePersonTheLeadNamesWithThoseInitials() {
		ExtractedItem item = extract("Q&A: a border scholar on the winter\nMarat Osmonov, director of the Steppe "
				+ "Institute in Bishkek, spoke to our reporter Jane Doe about the border.\n"
				+ "JD: Is the border calmer this winter?\nMO: Calmer, yes. But the smugglers have not gone away.\n"
				+ "JD: What worries you most?\nMO: The roads. Nobody checks the mountain roads at night.");
		assertThat(item.quotes())
			.extracting(ExtractedQuote::text, quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly(tuple("Calmer, yes. But the smugglers have not gone away.", "Marat Osmonov"),
					tuple("The roads. Nobody checks the mountain roads at night.", "Marat Osmonov"));
	}

	@Test
	void shouldNotGiveAnInitialsLabelToEitherOfTwoPeopleSharingThoseInitials() {
		ExtractedItem item = extract("Q&A: two officers on the winter\nMarat Osmonov, director of the Steppe "
				+ "Institute, and Mira Orlova, director of the Border Institute, spoke to our reporter Jane Doe.\nJD: Is the border calmer this winter?\n"
				+ "MO: Calmer, yes. But the smugglers have not gone away.\nJD: What worries you most?\n"
				+ "MO: The roads. Nobody checks the mountain roads at night.");
		assertThat(item.quotes()).isNotEmpty().allSatisfy(quote -> assertThat(quote.speaker()).isNull());
	}

	@Test
	void shouldQuoteDashedAnswersUnderItalicQuestionsAsTheIntervieweeOfTheLead() {
		ExtractedItem item = extract("Перевалы зимой\n8 октября 2026\n\n"
				+ "О зимней охране границы нам рассказал генерал-майор Тимур Алиев.\n\n"
				+ "_Сколько постов остается на перевалах?_\n\n"
				+ "— Шесть. Остальные закрываем до апреля: техника туда не пройдет.\n\n"
				+ "*А нарушители?*\n\n— Нарушителей зимой почти нет, но мы держим резерв.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Шесть. Остальные закрываем до апреля: техника туда не пройдет.", "Timur Aliyev"),
					tuple("Нарушителей зимой почти нет, но мы держим резерв.", "Timur Aliyev"));
	}

	@Test
	void shouldQuoteAnswersLabelledWithDottedInitialsAsThePersonTheLeadNames() {
		ExtractedItem item = extract("The pass in winter\n8 October 2026\n\n"
				+ "We spoke with Dana Omarova, director of the Mountain Institute, about the passes.\n\n"
				+ "TNR: How many posts stay open?\n\nD.O.: Six. The others close until April.\n\n"
				+ "TNR: And the smugglers?\n\nD.O.: Few of them come in winter, but we keep a reserve.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().name())
			.containsExactly(tuple("Six. The others close until April.", "Dana Omarova"),
					tuple("Few of them come in winter, but we keep a reserve.", "Dana Omarova"));
	}

	@Test
	void shouldFindTheIntervieweeAfterACapitalizedRankAndAfterAQuotedCentreName() {
		ExtractedItem retired = extract("Перевалы закрыты\n8 октября 2026\n\n"
				+ "Полковник в отставке Игорь Семенович Ломов служил на перевалах десять лет.\n\n"
				+ "Вопрос: Сколько постов остается?\n\n" + "Ответ: Шесть. Остальные закрываем до апреля.");
		assertThat(retired.quotes()).extracting(quote -> quote.speaker().name())
			.containsExactly("Igor Semenovich Lomov");
		ExtractedItem director = extract("Перевалы закрыты\n8 октября 2026\n\n"
				+ "Мы поговорили с руководителем исследовательского центра «Горный мониторинг» "
				+ "Игорем Семеновичем Ломовым.\n\n" + "Вопрос: Сколько постов остается?\n\n"
				+ "Ответ: Шесть. Остальные закрываем до апреля.");
		assertThat(director.quotes()).extracting(quote -> quote.speaker().name())
			.containsExactly("Igor Semenovich Lomov");
	}

	@Test
	void shouldQuoteTurnsLabelledBySurnameAndInitialsWithAColonAsTheNamesakeWithThatInitial() {
		ExtractedItem item = extract("Брифинг по итогам операции на перевалах\n8 октября 2026 года, Ош\n\n"
				+ "Участники: заместитель председателя комитета Сергей Петрович Ткаченко, начальник управления полковник Игорь Ткаченко.\n\n"
				+ "Ткаченко С.П.: Добрый день. Операция на перевалах завершена.\n\n"
				+ "Вопрос (газета «Слово»): Сколько задержанных?\n\n"
				+ "Ткаченко И.: Двенадцать человек, все под стражей.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text, quote -> quote.speaker().aliases().get(0))
			.containsExactly(tuple("Добрый день. Операция на перевалах завершена.", "Сергей Петрович Ткаченко"),
					tuple("Двенадцать человек, все под стражей.", "Игорь Ткаченко"));
	}

	@Test
	void shouldNotQuoteAModeratorsTurnThatOnlyHandsOverTheFloor() {
		ExtractedItem item = extract("Стенограмма брифинга пресс-секретаря МВД Тимура Асанбаева\n05.12.2026, Бишкек\n\n"
				+ "Асанбаев: Добрый день. Начну с итогов операции.\n\nВопрос (газета «Слово»): Сколько задержанных?\n\n"
				+ "Асанбаев: Двенадцать человек.\n\nАсанбаев: Следующий вопрос, пожалуйста.\n\n"
				+ "Вопрос (радио «Ала-Тоо»): А сколько освобождено?\n\nАсанбаев: Ни одного.");
		assertThat(item.quotes()).extracting(ExtractedQuote::text)
			.containsExactly("Добрый день. Начну с итогов операции.", "Двенадцать человек.", "Ни одного.");
	}

	private static ExtractedItem extract(String page) {
		List<ExtractedItem> items = EXTRACTOR.extract(new ExtractionInput(page, null, LocalDate.of(2026, 10, 8)))
			.items();
		assertThat(items).hasSize(1);
		ExtractionAssertions.assertSpansMatchBody(items.get(0));
		return items.get(0);
	}

}
