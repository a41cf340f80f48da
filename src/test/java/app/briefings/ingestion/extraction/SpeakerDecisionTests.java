package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Attribution as a decision: a quote is linked only to the one person its evidence
 * allows, and otherwise keeps the speaker as written, no linked speaker, a low confidence
 * and a candidate for editors.
 */
class SpeakerDecisionTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldGiveASurnameToThePersonNamedInFullRatherThanToAKnownNamesake() {
		ExtractedItem item = extractOne(EXTRACTOR, "Russian Deputy Interior Minister Ivan Lavrov said the border "
				+ "was closed. \"We are ready for any scenario,\" Lavrov told reporters.");

		assertThat(item.quotes()).extracting(this::speakerName, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple("Ivan Lavrov", "Lavrov"));
		assertThat(item.quotes().get(0).speaker().isKnown()).isFalse();
		assertThat(item.mentions()).extracting(mention -> mention.entity().name()).containsExactly("Ivan Lavrov");
	}

	@Test
	void shouldFollowTheFullNameWhenEditorsGaveTwoMenTheSameSurnameAlias() {
		DocumentExtractor extractor = new DocumentExtractor(withIvanLavrov());

		ExtractedItem ivan = extractOne(extractor,
				"Ivan Lavrov visited the border. \"We are ready for any scenario,\" Lavrov told reporters.");
		ExtractedItem sergey = extractOne(extractor,
				"Sergey Lavrov visited the border. \"We are ready for any scenario,\" Lavrov told reporters.");

		assertThat(ivan.quotes()).extracting(this::speakerId).containsExactly("ivan-lavrov");
		assertThat(sergey.quotes()).extracting(this::speakerId).containsExactly("sergey-lavrov");
	}

	@Test
	void shouldLinkAnAmbiguousSurnameToNobodyAndLeaveItToEditors() {
		ExtractedItem item = extractOne(EXTRACTOR, "Russian Deputy Interior Minister Ivan Lavrov met Foreign Minister "
				+ "Sergey Lavrov. \"We are ready for any scenario,\" Lavrov told reporters.");

		assertThat(item.quotes()).extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "Lavrov"));
		assertThat(item.quotes().get(0).confidence()).isLessThanOrEqualTo(0.3);
		assertThat(item.candidates()).extracting(ExtractedCandidate::surface, ExtractedCandidate::entityIds)
			.containsExactly(tuple("Lavrov", List.of("sergey-lavrov")));
	}

	@Test
	void shouldCountTheHeadOfAMinistryAsAMinisterWhenAReferenceCouldMeanEither() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Стороны договорились о новых поставках, заявил министр иностранных дел России Сергей Лавров по итогам "
						+ "переговоров с главой МИД Киргизии Асылбеком Жумабаевым. "
						+ "Жумабаев, в свою очередь, отметил, что Бишкек ценит помощь. "
						+ "«Мы готовы работать вместе», — подчеркнул министр.");

		assertThat(item.quotes()).filteredOn((quote) -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "министр"));
	}

	@Test
	void shouldGiveAMinisterReferenceToTheOnlyMinisterNamed() {
		ExtractedItem item = extractOne(EXTRACTOR, "Министр обороны Иван Сидоров посетил заставу. "
				+ "«Граница под надежной защитой», — подчеркнул министр.");

		assertThat(item.quotes()).extracting(this::speakerName, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple("Ivan Sidorov", "министр"));
	}

	@Test
	void shouldAbstainWhenSheFollowsAMan() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Sergey Lavrov arrived in Minsk. \"The talks will continue,\" she said.");

		assertThat(item.quotes()).extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "she"));
		assertThat(item.quotes().get(0).confidence()).isLessThanOrEqualTo(0.3);
		assertThat(item.candidates())
			.extracting(ExtractedCandidate::surface, ExtractedCandidate::unresolvedSpeaker, ExtractedCandidate::span)
			.containsExactly(tuple("she", true, new Span(59, 62)));
	}

	@Test
	void shouldGiveSheToAWomanAndHeToAMan() {
		assertThat(
				extractOne(EXTRACTOR, "Maria Zakharova spoke after the meeting. \"We were not surprised,\" she said.")
					.quotes())
			.extracting(this::speakerId, ExtractedQuote::confidence)
			.containsExactly(tuple("maria-zakharova", 0.7));
		assertThat(extractOne(EXTRACTOR, "Maria Zakharova spoke after the meeting. \"We were not surprised,\" he said.")
			.quotes()).extracting(this::speakerId).containsExactly((String) null);
		assertThat(extractOne(EXTRACTOR, "Захарова выступила после встречи. «Мы не удивлены», — сказала она.").quotes())
			.extracting(this::speakerId)
			.containsExactly("maria-zakharova");
	}

	@Test
	void shouldNotGiveTheGeneralToAMinister() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Armenian Foreign Minister Ararat Mirzoyan arrived in Minsk. \"We expect answers,\" the general said.");

		assertThat(item.quotes()).extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "the general"));
	}

	@Test
	void shouldNotTakeASecretaryGeneralForTheGeneral() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Stanislav Zas arrived in Minsk. \"Our forces are ready,\" the general stressed.");

		assertThat(item.quotes()).extracting(this::speakerId).containsExactly((String) null);
	}

	@Test
	void shouldGiveATitleToTheOnePersonWhoHoldsIt() {
		ExtractedItem general = extractOne(EXTRACTOR, "Lt. Gen. Kairat Sarsekeyev led the drill with Armenian Foreign "
				+ "Minister Ararat Mirzoyan watching. \"This is a good result,\" the general added.");
		ExtractedItem minister = extractOne(EXTRACTOR,
				"Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov met. "
						+ "\"Peace is near,\" Bayramov said. \"We have heard this before,\" the Armenian minister replied.");

		assertThat(general.quotes()).extracting(this::speakerName).containsExactly("Kairat Sarsekeyev");
		assertThat(minister.quotes()).extracting(this::speakerName)
			.containsExactly("Jeyhun Bayramov", "Ararat Mirzoyan");
	}

	@Test
	void shouldNotFallBackPastAnUnrecognizedPerson() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Stanislav Zas arrived in Minsk. Later Marat Imankulov took the floor. \"The border is calm,\" he said.");

		assertThat(item.quotes()).extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "he"));
	}

	@Test
	void shouldKeepAnUnrecognizedSpeakerAsWrittenWithoutLinkingAnyone() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Stanislav Zas arrived in Minsk. \"The border is calm,\" Marat Imankulov said.");

		assertThat(item.quotes())
			.extracting(this::speakerId, ExtractedQuote::speakerAsWritten, ExtractedQuote::confidence)
			.containsExactly(tuple(null, "Marat Imankulov", 0.3));
		assertThat(item.candidates()).extracting(ExtractedCandidate::surface).containsExactly("Marat Imankulov");
	}

	@Test
	void shouldGiveWhoToTheHeadOfTheRelativeClause() {
		assertThat(extractOne(EXTRACTOR, "Lavrov met Mirzoyan, who replied: \"We are ready.\"").quotes())
			.extracting(this::speakerId)
			.containsExactly("ararat-mirzoyan");
		assertThat(extractOne(EXTRACTOR, "Lavrov met the Armenian delegation, who replied: \"We are ready.\"").quotes())
			.extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "who"));
	}

	@Test
	void shouldLinkExplicitPatternsWithAConfidenceFromTheirEvidence() {
		assertThat(extractOne(EXTRACTOR, "According to Sergey Lavrov, \"the threat remains.\"").quotes())
			.extracting(this::speakerId, ExtractedQuote::confidence)
			.containsExactly(tuple("sergey-lavrov", 0.95));
		assertThat(extractOne(EXTRACTOR, "По словам Зася, «угроза растет».").quotes())
			.extracting(this::speakerId, ExtractedQuote::confidence)
			.containsExactly(tuple("stanislav-zas", 0.85));
		assertThat(extractOne(EXTRACTOR, "«Мы будем действовать сообща», — заявил Станислав Зась.").quotes())
			.extracting(this::speakerId, ExtractedQuote::confidence)
			.containsExactly(tuple("stanislav-zas", 0.95));
		assertThat(extractOne(EXTRACTOR, "Сергей Лавров: «Угроза терроризма остается главной».").quotes())
			.extracting(this::speakerId, ExtractedQuote::text)
			.containsExactly(tuple("sergey-lavrov", "Угроза терроризма остается главной"));
	}

	@Test
	void shouldLinkBothScriptsSpellingsOfANewPersonsName() {
		DocumentExtractor extractor = new DocumentExtractor(List.of(new KnownEntity("akhmat-orozaliyev",
				EntityType.OFFICIAL, "Akhmat Orozaliyev", List.of("Ахмат Орозалиев"), null)));

		ExtractedItem item = extractOne(extractor,
				"Akhmat Orozaliev inspected the dam. \"The water is under control,\" Orozaliev said.");

		assertThat(item.quotes()).extracting(this::speakerId).containsExactly("akhmat-orozaliyev");
		assertThat(item.mentions()).extracting(mention -> mention.entity().knownId())
			.containsExactly("akhmat-orozaliyev");
	}

	@Test
	void shouldNotResolveAReferenceToANamedPersonPastAnUnnamedOneIntroducedAfterThem() {
		assertThat(extractOne(EXTRACTOR, "Armenian Foreign Minister Ararat Mirzoyan spoke first. But an official at "
				+ "the CSTO Secretariat acknowledged the problem. \"Nothing has been delivered,\" the official said.")
			.quotes()).extracting(this::speakerId).containsExactly((String) null);
		assertThat(extractOne(EXTRACTOR, "«Мы готовы к диалогу», — сказал Сергей Лавров. По словам одного из "
				+ "участников заседания, дискуссия шла до вечера. «Документ получился сбалансированным», — сказал он.")
			.quotes()).extracting(this::speakerId).containsExactly("sergey-lavrov", null);
	}

	@Test
	void shouldStillResolveAReferenceWhenTheUnnamedPhraseDescribesTheNamedPerson() {
		assertThat(extractOne(EXTRACTOR,
				"Sergey Lavrov, a veteran diplomat, arrived in Minsk. " + "\"We had frank talks,\" he said.")
			.quotes()).extracting(this::speakerId).containsExactly("sergey-lavrov");
	}

	@Test
	void shouldLeaveASurnameToNobodyWhenTheItemAlsoNamesAnUnrecognizedNamesake() {
		ExtractedItem item = extractOne(EXTRACTOR, "Major General Serik Abenov, the deputy head of the border "
				+ "department, spoke first. The outpost is commanded by Captain Daniyar Abenov, no relation to the "
				+ "general. \"The first ten minutes decide everything,\" Captain Abenov said.");

		assertThat(item.quotes()).extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "Captain Abenov"));
	}

	@Test
	void shouldLeaveASurnameToNobodyWhenTheItemNamesRelativesOfThatSurnameInThePlural() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"«Склад арендовали на чужие паспорта», — сообщил начальник "
						+ "отдела полиции майор Тимур Сабиров. Среди задержанных — супруги Алия и Ренат Сабировы. "
						+ "«Это не мои родственники», — добавил Сабиров.");

		assertThat(item.quotes()).extracting(this::speakerName, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple("Timur Sabirov", "Тимур Сабиров"), tuple(null, "Сабиров"));
	}

	@Test
	void shouldNameANewRussianPersonInTheNominativeWhateverTheCaseTheTitlePutsThemIn() {
		assertThat(RussianNominative.of("Андрея Лапицкого", "заместителя министра")).isEqualTo("Андрей Лапицкий");
		assertThat(RussianNominative.of("Игоря Ковалевича", "представителя ведомства")).isEqualTo("Игорь Ковалевич");
		assertThat(RussianNominative.of("Николаю Залесскому", "министру")).isEqualTo("Николай Залесский");
		assertThat(RussianNominative.of("Сергеем Ковалевичем", "представителем")).isEqualTo("Сергей Ковалевич");
	}

	@Test
	void shouldNotGiveAQuoteToTheObjectOrAnAsideOfTheSentence() {
		assertThat(extractOne(EXTRACTOR, "Zas met Lavrov in Minsk and said: \"The talks went well.\"").quotes())
			.extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "Zas"));
		assertThat(extractOne(EXTRACTOR, "Zas, speaking after Lavrov, said: \"The talks went well.\"").quotes())
			.extracting(this::speakerId)
			.containsExactly((String) null);
		assertThat(extractOne(EXTRACTOR, "After meeting Zas, Lavrov said: \"The talks went well.\"").quotes())
			.extracting(this::speakerId)
			.containsExactly("sergey-lavrov");
	}

	@Test
	void shouldNotGiveAQuoteToThePersonSomeoneSpeaksFor() {
		assertThat(extractOne(EXTRACTOR, "\"The talks went well,\" said a spokesman for Lavrov.").quotes())
			.extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "a spokesman for Lavrov"));
		assertThat(extractOne(EXTRACTOR, "\"The talks went well,\" said Lavrov's deputy.").quotes())
			.extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "Lavrov's deputy"));
	}

	@Test
	void shouldGiveAPronounToTheHolderOfTheTitleThatIsTheSubjectSinceTheLastName() {
		ExtractedItem twoGenerals = extractOne(EXTRACTOR,
				"Major-General Timur Aliev and Major-General Pavel Orlov inspected the range. Asked about the weather, "
						+ "the general smiled. \"Rain is part of the plan,\" he said.");
		ExtractedItem namedLastIsNotTheSubject = extractOne(EXTRACTOR,
				"Министр иностранных дел России Сергей Лавров принял в Москве главу МИД Армении Арарата Мирзояна. "
						+ "Глава российского МИД напомнил о договоре. «Дверь открыта», — сказал он.");

		assertThat(twoGenerals.quotes()).extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "he"));
		assertThat(namedLastIsNotTheSubject.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerId)
			.containsExactly("sergey-lavrov");
	}

	@Test
	void shouldLeaveASurnameToNobodyWhenANamesakeIsNamedInAnotherCase() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Батальон шел под командованием полковника Тимура Назарова. «Мы готовы», — заявил полковник Назаров. "
						+ "За учением следил член комитета по обороне Бахтиёр Назаров, его однофамилец. "
						+ "«Армии нужны деньги», — сказал депутат Назаров.");

		assertThat(item.quotes()).filteredOn(quote -> quote.text().startsWith("Армии"))
			.extracting(this::speakerId, quote -> quote.speaker() == null ? null : quote.speaker().name())
			.containsExactly(tuple(null, null));
	}

	@Test
	void shouldKeepAQuotationFromAStatementOrSourceWithNoSpeaker() {
		ExtractedItem statement = extractOne(EXTRACTOR, "The border service said in a statement that the smugglers "
				+ "\"had crossed the river at night on rubber boats\". Nobody was hurt.");
		ExtractedItem source = extractOne(EXTRACTOR,
				"«Переговоры прошли трудно, но канал связи сохранен», — сказал собеседник агентства.");
		ExtractedItem scareQuote = extractOne(EXTRACTOR,
				"The minister said the plan was \"serious and long-term\" and left.");

		assertThat(statement.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(ExtractedQuote::text, this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple("had crossed the river at night on rubber boats", null, null));
		assertThat(statement.quotes().get(0).confidence()).isLessThan(0.2);
		assertThat(source.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerId)
			.containsExactly((String) null);
		assertThat(scareQuote.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT).isEmpty();
	}

	@Test
	void shouldKeepATwoLetterMiddleInitialWithItsPeriodInTheName() {
		ExtractedItem item = extractOne(EXTRACTOR, "Deputy Director Timur Kh. Nazarov said the office would open in "
				+ "May. \"We will hire twelve analysts first,\" he said.");

		assertThat(item.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsExactly("Timur Kh. Nazarov");
	}

	@Test
	void shouldGiveASurnameToANamesakeNamedInFullRatherThanToTheKnownPersonsAlias() {
		ExtractedItem alone = extractOne(EXTRACTOR, "Группой руководит капитан Олег Зась из областного управления. "
				+ "«Мы работаем без выходных», — сказал Зась.");
		ExtractedItem besideKnown = extractOne(EXTRACTOR, "Группой руководит капитан Олег Зась, однофамилец "
				+ "Станислава Зася. «Мы работаем без выходных», — сказал капитан Зась.");

		assertThat(alone.quotes()).extracting(this::speakerId, this::speakerName)
			.containsExactly(tuple(null, "Oleg Zas"));
		assertThat(besideKnown.quotes()).extracting(this::speakerId).containsOnlyNulls();
		assertThat(besideKnown.mentions()).extracting(mention -> mention.entity().name()).contains("Oleg Zas");
	}

	@Test
	void shouldNotReadASentenceOpeningAdverbAsTheFirstNameOfANamesake() {
		ExtractedItem russian = extractOne(EXTRACTOR,
				"Генеральный секретарь ОДКБ Имангали Тасмагамбетов провел "
						+ "переговоры в Душанбе. Тогда Тасмагамбетов назвал силы «главным инструментом реагирования на "
						+ "кризисы в регионе».");
		ExtractedItem english = extractOne(EXTRACTOR, "Foreign Minister Sergey Lavrov arrived in Dushanbe. "
				+ "\"The plan is a dead end for the whole region,\" Lavrov said. So Lavrov left early.");

		assertThat(russian.quotes()).extracting(this::speakerId).containsExactly("imangali-tasmagambetov");
		assertThat(russian.mentions()).extracting(mention -> mention.entity().name())
			.doesNotContain("Togda Tasmagambetov");
		assertThat(english.quotes()).extracting(this::speakerId).containsExactly("sergey-lavrov");
		assertThat(english.mentions()).extracting(mention -> mention.entity().name()).doesNotContain("So Lavrov");
	}

	@Test
	void shouldGiveAQuoteToTheLawmakerOrCountryMinisterItsTitleReferenceMeans() {
		ExtractedItem lawmaker = extractOne(EXTRACTOR, "Депутат Госдумы Иван Орлов считает, что проблема начинается "
				+ "с работодателей. «Нужно жестко наказывать тех, кто нанимает людей без документов», — подчеркнул "
				+ "парламентарий.");
		ExtractedItem minister = extractOne(EXTRACTOR,
				"Министр обороны России Андрей Белоусов встретился с "
						+ "министром обороны Белоруссии Иваном Орловым. Орлов подчеркнул, что оценки совпадают. «Наши "
						+ "страны смотрят на ситуацию одними глазами», — отметил белорусский министр.");
		ExtractedItem twoLawmakers = extractOne(EXTRACTOR,
				"Депутат Госдумы Иван Орлов поспорил с депутатом "
						+ "Олегом Сидоровым. «Нужно жестко наказывать тех, кто нанимает людей без документов», — "
						+ "подчеркнул депутат.");

		assertThat(lawmaker.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsExactly("Ivan Orlov");
		assertThat(minister.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsExactly("Ivan Orlov");
		assertThat(twoLawmakers.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsOnlyNulls();
	}

	@Test
	void shouldGiveAQuotationAfterCalledOrDescribedAsToItsSubjectUnlessItIsAShortLabel() {
		ExtractedItem called = extractOne(EXTRACTOR, "Deputy Minister Ivan Orlov later called that deployment "
				+ "\"proof that the mechanism works in practice.\"");
		ExtractedItem described = extractOne(EXTRACTOR, "Deputy Minister Ivan Orlov has described the forces as "
				+ "\"a shield that the region built for itself\", and the phrase resonates in the capitals.");
		ExtractedItem label = extractOne(EXTRACTOR,
				"Deputy Minister Ivan Orlov called the result \"the best in five years\".");

		assertThat(called.quotes()).extracting(this::speakerName).containsExactly("Ivan Orlov");
		assertThat(described.quotes()).extracting(this::speakerName).containsExactly("Ivan Orlov");
		assertThat(label.quotes()).isEmpty();
	}

	@Test
	void shouldGiveAReportedQuotationToItsSubjectWhenTheSentenceGoesOnWithoutAnotherSource() {
		ExtractedItem goesOn = extractOne(EXTRACTOR, "Deputy Minister Ivan Orlov told parliament on Wednesday that "
				+ "the country \"will not remain in an alliance that does not help it,\" but he stopped short of "
				+ "naming a date.");
		ExtractedItem otherSource = extractOne(EXTRACTOR, "Deputy Minister Ivan Orlov told parliament on Wednesday "
				+ "that the country \"will not remain in an alliance that does not help it,\" but Foreign Minister "
				+ "Sergey Lavrov said the door stays open.");

		assertThat(goesOn.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsExactly("Ivan Orlov");
		assertThat(otherSource.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.doesNotContain("Ivan Orlov", "Sergey Lavrov");
	}

	@Test
	void shouldGiveAReportedQuotationToItsSubjectWhenABecauseClauseFollowsIt() {
		ExtractedItem item = extractOne(EXTRACTOR, "Deputy Minister Ivan Orlov noted that the plan \"would make the "
				+ "annual exercise far more realistic\" because units could train against real tracks.");

		assertThat(item.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsExactly("Ivan Orlov");
	}

	@Test
	void shouldReadACapitalizedTitleAfterTheAsAReference() {
		ExtractedItem item = extractOne(EXTRACTOR, "Deputy Minister Ivan Orlov took part in the meeting in Vienna. "
				+ "In his remarks, the Minister stated: \"Security cannot be built on the threat of force.\"");

		assertThat(item.quotes()).extracting(this::speakerName).containsExactly("Ivan Orlov");
	}

	@Test
	void shouldAbstainOnHeWhenThePreviousParagraphNamesTwoMen() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Одну делегацию возглавлял вице-премьер Олег Ратников, другую — министр обороны Иван Сидоров. "
						+ "Переговоры шли три дня.\n«Осталось совсем немного», — сказал он журналистам.");
		ExtractedItem onePerson = extractOne(EXTRACTOR, "Делегацию возглавлял министр обороны Иван Сидоров. "
				+ "Переговоры шли три дня.\n«Осталось совсем немного», — сказал он журналистам.");

		assertThat(item.quotes()).extracting(this::speakerName, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple(null, "он"));
		assertThat(onePerson.quotes()).extracting(this::speakerName).containsExactly("Ivan Sidorov");
	}

	@Test
	void shouldGiveAQuotationClosingReportedSpeechToTheSubjectOfTheSpeechVerb() {
		ExtractedItem english = extractOne(EXTRACTOR,
				"Sergey Lavrov said the ceasefire talks had been \"useful for both sides and long overdue\".");
		ExtractedItem russian = extractOne(EXTRACTOR,
				"Мирзоян заявил, что Ереван не станет отвечать «до конца осенней сессии парламента».");
		ExtractedItem adding = extractOne(EXTRACTOR, "Maria Zakharova said the proposal was \"a list of wishes "
				+ "rather than a plan\", adding that Moscow would reply.");

		assertThat(english.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerId)
			.containsExactly("sergey-lavrov");
		assertThat(russian.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerId)
			.containsExactly("ararat-mirzoyan");
		assertThat(adding.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerId)
			.containsExactly("maria-zakharova");
	}

	@Test
	void shouldNotGiveAReportedQuotationToTheSubjectWhenAnotherSourceStandsBetween() {
		ExtractedItem otherPerson = extractOne(EXTRACTOR,
				"Sergey Lavrov said Zakharova had called the plan " + "\"a step in the wrong direction entirely\".");
		ExtractedItem statement = extractOne(EXTRACTOR, "Sergey Lavrov said the ministry's statement described "
				+ "the plan as \"a step in the wrong direction entirely\".");
		ExtractedItem inHisWords = extractOne(EXTRACTOR,
				"Sergey Lavrov said the general was, in his words, " + "\"a soldier who never lost a battle\".");

		for (ExtractedItem item : List.of(otherPerson, statement, inHisWords)) {
			assertThat(item.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
				.extracting(this::speakerId)
				.doesNotContain("sergey-lavrov");
		}
	}

	@Test
	void shouldGiveAQuoteToThePersonNamedAfterAPossessiveRole() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"\"The talks went well,\" said Lavrov's spokesman, Press Secretary Timur Alimov.");

		assertThat(item.quotes()).extracting(this::speakerName).containsExactly("Timur Alimov");
	}

	@Test
	void shouldNameASpeakerIntroducedByARankOrAMandate() {
		ExtractedItem rank = extractOne(EXTRACTOR,
				"«Груз нашли со второго раза», — сказал подполковник полиции Олег Дронов.");
		ExtractedItem deputy = extractOne(EXTRACTOR,
				"Opposition deputy Arsen T. Melikyan said the budget was \"written for another country entirely\".");

		assertThat(rank.quotes()).extracting(this::speakerName).containsExactly("Oleg Dronov");
		assertThat(deputy.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsExactly("Arsen T. Melikyan");
	}

	@Test
	void shouldGiveSheToAWomanNamedBeforeHerMandate() {
		ExtractedItem item = extractOne(EXTRACTOR, "Also at the range was Dilnoza Rakhimova, a Kyrgyz member of "
				+ "parliament.\n\"I came to see the crews work together,\" she said.");

		assertThat(item.quotes()).extracting(this::speakerName).containsExactly("Dilnoza Rakhimova");
	}

	@Test
	void shouldGiveAPartialQuoteAfterAVerbOfNamingToItsSubject() {
		ExtractedItem russian = extractOne(EXTRACTOR, "Заместитель министра обороны Иван Орлов не раз называл перевал "
				+ "«самым трудным участком всей южной границы», и с этим согласны многие.");
		assertThat(russian.quotes()).extracting(ExtractedQuote::text, this::speakerName)
			.containsExactly(tuple("самым трудным участком всей южной границы", "Ivan Orlov"));
		ExtractedItem english = extractOne(EXTRACTOR, "Deputy Minister Ivan Orlov has repeatedly called for moving "
				+ "the training \"from the field to the classroom,\" and the ministry agreed.");
		assertThat(english.quotes()).extracting(ExtractedQuote::text, this::speakerName)
			.containsExactly(tuple("from the field to the classroom", "Ivan Orlov"));
	}

	@Test
	void shouldNotGiveASoCalledNameToThePersonOfItsSentence() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Deputy Minister Ivan Orlov criticized the so-called \"new order for the whole region\" on Monday.");
		assertThat(item.quotes()).allSatisfy(quote -> assertThat(quote.speaker()).isNull());
	}

	@Test
	void shouldNotLetATitleInAppositionBlockThePersonNamedAfterIt() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"The alliance's Secretary General, Imangali Tasmagambetov, told the summit that the bloc was "
						+ "\"ready to send its units wherever the members decide.\"");

		assertThat(item.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerId)
			.containsExactly("imangali-tasmagambetov");
	}

	@Test
	void shouldGiveAReportedQuotationFollowedByTheWritersCommentToTheSpeaker() {
		ExtractedItem comment = extractOne(EXTRACTOR,
				"Sergey Lavrov said in Minsk that the allies \"must share the burden of the southern border,\" "
						+ "a view that few in Astana share.");
		ExtractedItem which = extractOne(EXTRACTOR,
				"Sergey Lavrov has called for \"a single list of banned groups for the whole region,\" "
						+ "which would take years to agree.");

		assertThat(comment.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerId)
			.containsExactly("sergey-lavrov");
		assertThat(which.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerId)
			.containsExactly("sergey-lavrov");
	}

	@Test
	void shouldGiveAnAnswerToTheIntervieweeWhoseDoubleSurnameTheLeadWroteInTheInstrumental() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Эксперт: граница опасна для курьеров\n01.12.2026\nО границе мы поговорили с бывшим заместителем "
						+ "директора Агентства по контролю за наркотиками при Президенте Республики Таджикистан "
						+ "Тимуром Каримовым-Рашидовым.\nВ: Граница опасна?\nО: Опаснее всего она для курьеров.");

		assertThat(item.quotes()).singleElement().satisfies(quote -> {
			assertThat(quote.speaker()).isNotNull();
			assertThat(quote.speaker().aliases()).contains("Тимур Каримов-Рашидов");
		});
	}

	@Test
	void shouldLeaveAQuoteToNobodyWhenItsNewSpeakerWasFiledUnderAnObliqueSurname() {
		EntityRef filedInTheInstrumental = new EntityRef(EntityType.OFFICIAL, null, "Timurom Karimovym",
				List.of("Тимуром Каримовым"), null);
		ExtractedQuote quote = new ExtractedQuote("Опаснее всего она для курьеров.", new Span(0, 31), QuoteKind.DIRECT,
				filedInTheInstrumental, "Тимуром Каримовым", null, null, 0.9);

		assertThat(InflectedSpeakers.unlinked(List.of(quote))).singleElement().satisfies(unlinked -> {
			assertThat(unlinked.speaker()).isNull();
			assertThat(unlinked.speakerAsWritten()).isEqualTo("Тимуром Каримовым");
			assertThat(unlinked.confidence()).isLessThanOrEqualTo(0.3);
		});
	}

	@Test
	void shouldGiveAQuoteToThePersonNamedAfterTwoTitlesSetApartByAComma() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"«Штурм прошел по плану, потерь нет», — сказал руководитель учений, представитель МВД России "
						+ "генерал-майор Иван Орлов.");

		assertThat(item.quotes()).extracting(this::speakerName).containsExactly("Ivan Orlov");
	}

	@Test
	void shouldReadTheShortDeputyMinisterTitleAsAReferenceToTheDeputyMinister() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"На встрече был заместитель министра внутренних дел Киргизии Темир Асанов. «Мы благодарны коллегам "
						+ "за обмен данными», — отметил замминистра.");

		assertThat(item.quotes()).extracting(this::speakerName).containsExactly("Temir Asanov");
	}

	@Test
	void shouldNotTakeAnEnvoyOfASecretaryGeneralForTheSecretaryGeneral() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"On Monday, CSTO Secretary General Imangali Tasmagambetov received in Moscow Ambassador Anna Berg, "
						+ "special envoy of the OSCE Secretary General for Central Asia. The sides discussed the borders. "
						+ "\"The alliance is open to practical contacts on border security,\" the Secretary General noted.");

		assertThat(item.quotes()).extracting(this::speakerId).containsExactly("imangali-tasmagambetov");
	}

	@Test
	void shouldGiveAnAnswerToTheIntervieweeALeadNamesInTheInstrumentalByAnAcademicTitle() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Эксперт: вербовщики ушли в мессенджеры\n02.12.2026\nОб этом мы поговорили с доцентом "
						+ "университета Тимуром Сабировым.\n— Тимур Ринатович, где вербуют?\n— В мессенджерах, почти всегда.\n"
						+ "— А кого?\n— Молодых мигрантов без семьи и без работы.");

		assertThat(item.quotes()).extracting(quote -> quote.speaker() == null ? null : quote.speaker().aliases().get(0))
			.containsExactly("Тимур Сабиров", "Тимур Сабиров");
	}

	@Test
	void shouldGiveAnAnswerToTheIntervieweeALeadNamesWithAPatronymicInTheInstrumental() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Глава киберполиции: мошенники ушли в мессенджеры\n02.12.2026\nИтоги года мы обсудили с "
						+ "начальником управления полковником Маратом Ержановичем Сейткалиевым.\n"
						+ "Вопрос: Кого обманывают?\nОтвет: Чаще всего пенсионеров и студентов.");

		assertThat(item.quotes()).singleElement()
			.satisfies(quote -> assertThat(quote.speaker().aliases()).contains("Марат Ержанович Сейткалиев"));
	}

	@Test
	void shouldGiveAQuotationAColonOpensToTheOnePersonWhoIsTheSubjectOfTheClause() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"The commander of the post, Captain Ivan Orlov, opened the container: \"They hid it under the fruit.\" "
						+ "Orlov was less hopeful about the scanners: \"We have asked for them for years.\"");

		assertThat(item.quotes()).extracting(this::speakerName).containsExactly("Ivan Orlov", "Ivan Orlov");
	}

	@Test
	void shouldNotGiveAQuotationAColonOpensToAPersonWhoIsNotTheSubjectOfTheClause() {
		ExtractedItem asked = extractOne(EXTRACTOR,
				"Captain Ivan Orlov met reporters at the post. I asked Orlov about the scanners: \"When will they come?\"");
		ExtractedItem possessive = extractOne(EXTRACTOR,
				"Captain Ivan Orlov met reporters at the post. Orlov's deputy was blunt: \"We have no scanners at all.\"");

		assertThat(asked.quotes()).allSatisfy(quote -> assertThat(quote.speaker()).isNull());
		assertThat(possessive.quotes()).allSatisfy(quote -> assertThat(quote.speaker()).isNull());
	}

	@Test
	void shouldGiveAQuoteAfterWhoToThePersonWhoseAppositionEndsAtTheComma() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"The talks were led by Ivan Orlov, Joint Secretary in the ministry's border department, "
						+ "who said the sides were ready to \"open two more crossings before the spring\".");

		assertThat(item.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsExactly("Ivan Orlov");
	}

	@Test
	void shouldNotGiveAQuoteAfterWhoToAPersonWhenTheAppositionNamesAnother() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"The talks were led by Deputy Minister Ivan Orlov, deputy to Colonel Petr Sidorov at the ministry, "
						+ "who said the sides were ready to \"open two more crossings before the spring\".");

		assertThat(item.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.allSatisfy(quote -> assertThat(quote.speaker()).isNull());
	}

	@Test
	void shouldGiveAPartialQuoteToTheSpeakerWhenAnOutletsShortNameInQuotesStandsAfterTheVerb() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Их адвокат Ольга Руденко заявила «КП», что ее подзащитные «ничего не знали о содержимом груза».");

		assertThat(item.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsExactly("Olga Rudenko");
	}

	@Test
	void shouldReadACapitalizedTitleOpeningASentenceAsAReferenceToItsHolder() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Министр обороны Иван Сидоров посетил заставу. Министр ответил, что сроки «будут названы после "
						+ "проверки всех постов».");

		assertThat(item.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsExactly("Ivan Sidorov");
	}

	@Test
	void shouldGiveReportedWordsToTheSubjectOfPresentTenseAndHabitualVerbsOfSpeech() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Deputy Minister Ivan Orlov insists that the border \"remains open to every honest trader\". "
						+ "Colonel Petr Sidorov liked to say that the post was \"the last door before the desert\". "
						+ "Позднее полковник Иван Орлов говорил о необходимости «усилить посты на южном участке».");

		assertThat(item.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsExactly("Ivan Orlov", "Petr Sidorov", "Ivan Orlov");
	}

	@Test
	void shouldGiveAQuotationCompletingDescribingAsToTheSubjectOfTheSentence() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Colonel Petr Sidorov, now head of the border school, goes further, describing the post as "
						+ "\"a door that nobody else can lock\".");

		assertThat(item.quotes()).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerName)
			.containsExactly("Petr Sidorov");
	}

	private static List<KnownEntity> withIvanLavrov() {
		List<KnownEntity> entities = new ArrayList<>(KnowledgeBaseFiles.all());
		entities.add(new KnownEntity("ivan-lavrov", EntityType.OFFICIAL, "Ivan Lavrov", List.of("Lavrov"), null));
		return entities;
	}

	@Test
	void shouldNotTakeAPresentersRoleOpeningASentenceForPartOfTheNameAfterIt() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Presenter Olga Markova, a senior fellow at the Steppe Institute, opened the debate. "
						+ "\"We begin with the mountain passes,\" Markova said.");
		assertThat(item.mentions()).extracting(mention -> mention.entity().name()).contains("Olga Markova");
		assertThat(item.mentions()).extracting(mention -> mention.entity().name())
			.doesNotContain("Presenter Olga Markova");
		assertThat(item.quotes()).extracting(this::speakerName).containsExactly("Olga Markova");
	}

	@Test
	void shouldGiveAQuoteAfterAnOfficersRankToTheOnePersonOfThatRank() {
		ExtractedItem major = extractOne(EXTRACTOR, "Начальник заставы майор Олег Дронов встретил журналистов. "
				+ "«Нарушителей стало меньше, но они стали осторожнее», — отметил майор.");
		ExtractedItem captain = extractOne(EXTRACTOR, "Капитан Олег Дронов показал журналистам новую вышку. "
				+ "«Мы видим их почти каждую ночь», — пояснил капитан.");

		assertThat(major.quotes()).extracting(this::speakerName).containsExactly("Oleg Dronov");
		assertThat(captain.quotes()).extracting(this::speakerName).containsExactly("Oleg Dronov");
	}

	@Test
	void shouldNotGiveARanksQuoteToAnOfficerOfAnotherRankThatContainsTheWord() {
		ExtractedItem general = extractOne(EXTRACTOR,
				"Начальник отряда генерал-майор Олег Дронов встретил журналистов. "
						+ "«Нарушителей стало меньше, но они стали осторожнее», — отметил майор.");
		ExtractedItem lieutenantColonel = extractOne(EXTRACTOR, "Начальник заставы подполковник Олег Дронов встретил "
				+ "журналистов. «Нарушителей стало меньше, но они стали осторожнее», — отметил полковник.");

		assertThat(general.quotes()).extracting(this::speakerName).containsOnlyNulls();
		assertThat(lieutenantColonel.quotes()).extracting(this::speakerName).containsOnlyNulls();
	}

	@Test
	void shouldGiveAFullNameWrittenAgainToThatPersonWhenTwoPeopleShareTheSurname() {
		ExtractedItem item = extractOne(EXTRACTOR,
				"Captain Rustam Saidov of the customs service and Major Timur Saidov of the border guard inspected "
						+ "the lorry. \"We found the second wall in minutes,\" Timur Saidov said. "
						+ "\"It will not be the last one,\" Saidov said.");

		assertThat(item.quotes()).extracting(this::speakerName).containsExactly("Timur Saidov", null);
	}

	@Test
	void shouldReadAnEconomistOrAnInstructorAsTheTitleOfAPersonTheKnowledgeBaseDoesNotKnow() {
		ExtractedItem economist = extractOne(EXTRACTOR,
				"Farhod Nazarov, a Samarkand-based economist, told the agency that prices had doubled. "
						+ "\"Without new roads, the markets will stay closed,\" he said.");
		ExtractedItem instructor = extractOne(EXTRACTOR,
				"\"A dog finds what a scanner misses,\" said senior instructor Timur Osmonov.");

		assertThat(economist.quotes()).extracting(this::speakerName).containsOnly("Farhod Nazarov");
		assertThat(instructor.quotes()).extracting(this::speakerName).containsExactly("Timur Osmonov");
	}

	@Test
	void shouldGiveAPartialQuoteToTheSpeakerWhoseOwnStatementIntroducesIt() {
		ExtractedItem english = extractOne(EXTRACTOR, "Colonel Daniyar Omarov, the head of the border academy, said "
				+ "in a written statement that the cadets had to \"learn the mountains before the mountains teach them.\"");
		ExtractedItem russian = extractOne(EXTRACTOR, "Начальник погранотряда полковник Данияр Омаров заявил в своем "
				+ "обращении, что заставы «останутся открытыми всю зиму, как и в прошлом году».");
		ExtractedItem otherSource = extractOne(EXTRACTOR, "Colonel Daniyar Omarov said in a written statement that "
				+ "the ministry's report had called the posts \"too few and too far apart for winter patrols.\"");

		assertThat(english.quotes()).extracting(this::speakerName).containsExactly("Daniyar Omarov");
		assertThat(russian.quotes()).extracting(this::speakerName).containsExactly("Daniyar Omarov");
		assertThat(otherSource.quotes()).extracting(this::speakerName).containsOnlyNulls();
	}

	private static ExtractedItem extractOne(DocumentExtractor extractor, String text) {
		ExtractedDocument document = extractor.extract(new ExtractionInput(text, null, null));
		assertThat(document.items()).hasSize(1);
		ExtractionAssertions.assertSpansMatchBody(document.items().get(0));
		return document.items().get(0);
	}

	private String speakerId(ExtractedQuote quote) {
		return quote.speaker() == null ? null : quote.speaker().knownId();
	}

	private String speakerName(ExtractedQuote quote) {
		return quote.speaker() == null ? null : quote.speaker().name();
	}

}
