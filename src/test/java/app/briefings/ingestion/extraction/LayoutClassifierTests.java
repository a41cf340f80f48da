package app.briefings.ingestion.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The layout stage: what each line of a page is, and the evidence for it. */
class LayoutClassifierTests {

	private static final LayoutClassifier CLASSIFIER = new LayoutClassifier(LocalDate.of(2026, 3, 5));

	@Test
	void shouldKeepAHeadlineFollowedByItsMetadataBlock() {
		assertThat(
				kinds("CSTO ministers to meet in Astana\nBy Daniel Hart\nPublished 3 Mar 2026 · Security\n4 min read\n"
						+ "Refresh for latest updates\nThe ministers will meet in June."))
			.containsExactly(LineKind.HEADLINE, LineKind.BYLINE, LineKind.METADATA, LineKind.METADATA,
					LineKind.NAVIGATION, LineKind.BODY);
	}

	@Test
	void shouldReadRussianMetadataLinesAndANameUnderAHeadline() {
		assertThat(kinds("Операция «Нелегал»: почему контроль стал делом ОДКБ\nАлексей Воронцов\n5 ноября 2025\n"
				+ "Опубликовано: 17 февраля 2026, 11:20 | Обновлено: 17 февраля 2026, 12:05\nВремя чтения: 3 мин.\n"
				+ "Текст статьи."))
			.containsExactly(LineKind.HEADLINE, LineKind.BYLINE, LineKind.METADATA, LineKind.METADATA,
					LineKind.METADATA, LineKind.BODY);
	}

	@Test
	void shouldReadTheDateAMetadataLinePrints() {
		ClassifiedLine line = CLASSIFIER.classifyAlone("22 сентября 2026, 16:40");
		assertThat(line.kind()).isEqualTo(LineKind.METADATA);
		assertThat(line.printedDate().date()).isEqualTo(LocalDate.of(2026, 9, 22));
		assertThat(line.printedDate().time()).hasToString("16:40");
	}

	@Test
	void shouldTellSectionLabelsFromHeadlines() {
		assertThat(kinds("Opinion | Analysis\nWhy borders need more than drills\nText."))
			.containsExactly(LineKind.SECTION_LABEL, LineKind.HEADLINE, LineKind.BODY);
		assertThat(CLASSIFIER.classifyAlone("Комментарий").kind()).isEqualTo(LineKind.SECTION_LABEL);
		assertThat(CLASSIFIER.classifyAlone("Interview").kind()).isEqualTo(LineKind.SECTION_LABEL);
	}

	@Test
	void shouldReadAPluralSectionLabelBetweenAHeadlineAndItsBylineAsALabel() {
		assertThat(kinds("Tasmagambetov: Borders need more than drills\nInterviews\nMaria Novak\n15 October 2026\n"
				+ "The secretary general spoke to our correspondent."))
			.containsExactly(LineKind.HEADLINE, LineKind.SECTION_LABEL, LineKind.BYLINE, LineKind.METADATA,
					LineKind.BODY);
		assertThat(CLASSIFIER.classifyAlone("Opinions").kind()).isEqualTo(LineKind.SECTION_LABEL);
	}

	@Test
	void shouldReadDatelinesWrittenInMixedCaseOrWithAnUndottedMonth() {
		assertThat(datelineEnd("Душанбе, 14 мая. Учение пройдет в октябре.")).isEqualTo("Душанбе, 14 мая. ".length());
		assertThat(datelineEnd("MOSCOW, Feb 19 (Reuters) - Russia said."))
			.isEqualTo("MOSCOW, Feb 19 (Reuters) - ".length());
		assertThat(datelineEnd("ASTANA — Russia and Kazakhstan signed.")).isEqualTo("ASTANA — ".length());
		assertThat(CLASSIFIER.datelineDate(LayoutClassifier.datelineOf("DUSHANBE, Aug 11 (Asia-Plus) - Text.")))
			.isEqualTo(new PrintedDate(LocalDate.of(2025, 8, 11), null));
	}

	@Test
	void shouldReadAnEnglishDatelineWithACityInMixedCaseAndItsPlace() {
		assertThat(datelineEnd("Osh, March 4, KABAR. The governor met the border guards."))
			.isEqualTo("Osh, March 4, KABAR. ".length());
		assertThat(LayoutClassifier.datelineOf("Nur-Sultan, March 4 (Kazinform) - Text.").place())
			.isEqualTo("Nur-Sultan");
		assertThat(LayoutClassifier.datelineOf("MINSK, March 5 (BelTA) - Text.").place()).isEqualTo("MINSK");
	}

	@Test
	void shouldReadAnEnglishDatelineWithTheDayFirstOrADotAfterThePlace() {
		assertThat(datelineEnd("BISHKEK, 5 March (Kabar) - The talks began."))
			.isEqualTo("BISHKEK, 5 March (Kabar) - ".length());
		assertThat(datelineEnd("ASTANA. Mar 5 (Kazinform) - The talks began."))
			.isEqualTo("ASTANA. Mar 5 (Kazinform) - ".length());
		assertThat(LayoutClassifier.datelineOf("ASTANA. Mar 5 (Kazinform) - Text.").place()).isEqualTo("ASTANA");
		assertThat(CLASSIFIER.datelineDate(LayoutClassifier.datelineOf("BISHKEK, 5 March (Kabar) - Text.")))
			.isEqualTo(new PrintedDate(LocalDate.of(2026, 3, 5), null));
		assertThat(LayoutClassifier.datelineOf("Astana. March 5 was a quiet day - for once.")).isNull();
	}

	@Test
	void shouldTakeAPlaceAndDateWithNothingAfterItForMetadataNotADateline() {
		assertThat(CLASSIFIER.classifyAlone("Минск, 28 августа 2026 года").kind()).isEqualTo(LineKind.METADATA);
	}

	@Test
	void shouldLeaveALineWhoseAsideHasASpeechVerbToTheAttributionNotReadItAsALabel() {
		assertThat(CLASSIFIER.classifyAlone("Zas, speaking after Lavrov, said: \"The talks went well.\"").kind())
			.isEqualTo(LineKind.BODY);
		assertThat(
				CLASSIFIER.classifyAlone("Хренин, выступая после Лаврова, заявил: «Переговоры прошли хорошо».").kind())
			.isEqualTo(LineKind.BODY);
	}

	@Test
	void shouldReadTimeStampsSpeakerTurnsQuestionsAndAnswers() {
		List<ClassifiedLine> lines = CLASSIFIER.classify(List.of("09:40", "Lavrov: \"We had frank talks.\"",
				"Zas, on the border: \"The situation is stable.\"", "Хренин: «Мы всегда открыты».",
				"Question: Will allies take part?", "Answer: Observers have been invited.", "Q: Why?", "A: Because.",
				"В: Как изменилась обстановка?", "О: Количество попыток снизилось.", "**TASS:** What next?"));
		assertThat(lines).extracting(ClassifiedLine::kind, ClassifiedLine::label)
			.containsExactly(tuple(LineKind.TIMESTAMP, null), tuple(LineKind.SPEAKER_TURN, "Lavrov"),
					tuple(LineKind.SPEAKER_TURN, "Zas"), tuple(LineKind.SPEAKER_TURN, "Хренин"),
					tuple(LineKind.QUESTION, null), tuple(LineKind.ANSWER, null), tuple(LineKind.QUESTION, null),
					tuple(LineKind.ANSWER, null), tuple(LineKind.QUESTION, null), tuple(LineKind.ANSWER, null),
					tuple(LineKind.QUESTION, null));
	}

	@Test
	void shouldReadSpeakerTurnsWhateverSpaceOrQuotationMarkFollowsTheColon() {
		assertThat(List.of("Lavrov:\u00A0«Talks went well».", "Zas:„Stable.“", "Zas, at the border: “Stable.”",
				"Lavrov:\t\u2003\"Frank talks.\""))
			.extracting((line) -> CLASSIFIER.classifyAlone(line).kind())
			.containsOnly(LineKind.SPEAKER_TURN);
		assertThat(CLASSIFIER.classifyAlone("Lavrov: talks went well, he said, «frankly».").kind())
			.isNotEqualTo(LineKind.SPEAKER_TURN);
	}

	@Test
	void shouldReadAbbreviatedOutletQuestionsAndNameLabelledAnswersOnAPageOfQuestions() {
		List<ClassifiedLine> lines = CLASSIFIER
			.classify(List.of("Tasmagambetov on the alliance", "The secretary general spoke to us.",
					"RG: How serious is the threat?", "Tasmagambetov: It would be a mistake to speak of a threat."));
		assertThat(lines).extracting(ClassifiedLine::kind, ClassifiedLine::label)
			.containsExactly(tuple(LineKind.HEADLINE, null), tuple(LineKind.BODY, null), tuple(LineKind.QUESTION, null),
					tuple(LineKind.ANSWER, "Tasmagambetov"));
		assertThat(kinds("Tasmagambetov: It would be a mistake\nText.")).containsExactly(LineKind.HEADLINE,
				LineKind.BODY);
	}

	@Test
	void shouldReadARemarkUnderTheInterviewersLabelAsAQuestionNotAnAnswer() {
		List<ClassifiedLine> lines = CLASSIFIER.classify(List.of("Kyrgyz MP on the border", "The deputy spoke to us.",
				"KN: Is the border safe?", "Osmonova: Safer than last year.", "KN: Some say the posts are empty.",
				"Osmonova: That was true in spring."));
		assertThat(lines).extracting(ClassifiedLine::kind)
			.containsExactly(LineKind.HEADLINE, LineKind.BODY, LineKind.QUESTION, LineKind.ANSWER, LineKind.QUESTION,
					LineKind.ANSWER);
	}

	@Test
	void shouldReadTheHostOfALiveBroadcastWrittenVerbFirstAsTheByline() {
		ClassifiedLine host = CLASSIFIER.classifyAlone("Ведет трансляцию Анна Ким");
		assertThat(host.kind()).isEqualTo(LineKind.BYLINE);
		assertThat(host.label()).isEqualTo("Анна Ким");
	}

	@Test
	void shouldNotTakeAHeadlineWithAColonForASpeakerTurn() {
		assertThat(kinds("Захарова: Москва ждет от Еревана ясности\n22 сентября 2026, 14:15\nТекст."))
			.containsExactly(LineKind.HEADLINE, LineKind.METADATA, LineKind.BODY);
	}

	@Test
	void shouldRemoveCreditsBreadcrumbsAndLinkLists() {
		assertThat(kinds("Home > Security > Interviews\nText of the item.\n"
				+ "(Reporting by Nikolai Vasin; Editing by Tom Barlow)\nOur Standards: The Thomson Reuters Trust Principles.\n"
				+ "Most read\n1. Kazakhstan to host SCO defence ministers\n2. Belarus hosts CSTO drills"))
			.containsExactly(LineKind.NAVIGATION, LineKind.BODY, LineKind.CREDIT, LineKind.NAVIGATION,
					LineKind.NAVIGATION, LineKind.NAVIGATION, LineKind.NAVIGATION);
	}

	@Test
	void shouldKeepTheEvidenceForEachLine() {
		assertThat(CLASSIFIER.classifyAlone("Share: Facebook | X | Telegram").evidence()).isNotBlank();
		assertThat(CLASSIFIER.classifyAlone("About the author: Marat Seitkali is a senator.").kind())
			.isEqualTo(LineKind.AUTHOR_NOTE);
	}

	@Test
	void shouldRemoveBoilerplateFootersAgeRatingsSeparatorsAndBackLinks() {
		for (String line : List.of("Перепечатка статей без письменного разрешения редакции запрещена.",
				"Использование материалов сайта допускается только со ссылкой на издание.",
				"Все права на материалы принадлежат ООО «Вестник Оша».",
				"The views expressed here are those of the author alone.",
				"Мнение авторов колонок может не совпадать с мнением редакции.", "Нашли ошибку в тексте? Сообщите нам",
				"18+", "+16", "_____", "Go back to Politics", "← Вернуться к новостям региона")) {
			assertThat(CLASSIFIER.classifyAlone(line).kind()).as(line).isEqualTo(LineKind.NAVIGATION);
		}
	}

	@Test
	void shouldReadAContributorLineAsACredit() {
		assertThat(CLASSIFIER.classifyAlone("Reuters reporter Ann Lee in Almaty contributed to this report.").kind())
			.isEqualTo(LineKind.CREDIT);
	}

	@Test
	void shouldReadALineOfDatesAndShortPublicationDetailsAsMetadata() {
		for (String line : List.of("Issue 7 | March 4, 2026 | Edited by the security desk", "Updated 40 minutes ago",
				"Обновлено 2 часа назад", "Posted 6:05 PM EST, March 4, 2026", "March 4, 2026 9:15 AM GMT+5",
				"Выпуск № 12, 4 марта 2026 года", "4 марта 2026, Бишкек", "Дата публикации: 04.03.2026",
				"Астана, 4 марта 2026 г. Автор: Марат Ким. Просмотров: 318", "Category: Politics",
				"Reading time: 6 min")) {
			assertThat(CLASSIFIER.classifyAlone(line).kind()).as(line).isEqualTo(LineKind.METADATA);
		}
		ClassifiedLine numeric = CLASSIFIER.classifyAlone("09:15 05.03.2026 (изменено: 11:02 05.03.2026)");
		assertThat(numeric.kind()).isEqualTo(LineKind.METADATA);
		assertThat(numeric.printedDate().date()).isEqualTo(LocalDate.of(2026, 3, 5));
	}

	@Test
	void shouldReadAPlaceDateAndTimeLineSetApartByBulletsAsMetadata() {
		ClassifiedLine line = CLASSIFIER.classifyAlone("Tashkent • 4 March 2026 • 09:15");
		assertThat(line.kind()).isEqualTo(LineKind.METADATA);
		assertThat(line.printedDate().date()).isEqualTo(LocalDate.of(2026, 3, 4));
	}

	@Test
	void shouldKeepHeadlinesThatMerelyHoldADate() {
		assertThat(CLASSIFIER.classifyAlone("Summit set for June 1, 2026 in Minsk").kind())
			.isEqualTo(LineKind.HEADLINE);
		assertThat(CLASSIFIER
			.classifyAlone("Statement by the Kazakh Defence Ministry Spokesman Aidos Nurov, Astana, March 2, 2026")
			.kind()).isEqualTo(LineKind.HEADLINE);
		assertThat(CLASSIFIER.classifyAlone("10:15").kind()).isEqualTo(LineKind.TIMESTAMP);
	}

	@Test
	void shouldReadACategoryLabelBetweenAHeadlineAndItsDate() {
		assertThat(
				kinds("Border talks resume in Osh\nDefence & Security\nMarch 4, 2026, 10:12 UTC+3\nThe talks resumed."))
			.containsExactly(LineKind.HEADLINE, LineKind.SECTION_LABEL, LineKind.METADATA, LineKind.BODY);
	}

	@Test
	void shouldReadAShortLabelAboveAHeadlineAsNavigation() {
		assertThat(kinds("Asia\nBorder talks resume in Osh\nBy Ann Lee\nThe talks resumed."))
			.containsExactly(LineKind.NAVIGATION, LineKind.HEADLINE, LineKind.BYLINE, LineKind.BODY);
		assertThat(kinds("Large print version | Қазақша | English\nBorder talks resume in Osh\nThe talks resumed."))
			.containsExactly(LineKind.NAVIGATION, LineKind.HEADLINE, LineKind.BODY);
	}

	@Test
	void shouldReadTheEntriesOfARelatedLinksListAsNavigation() {
		assertThat(
				kinds("The talks resumed.\nSee also:\nDrone rules tightened in Osh\nNew checkpoint opens on the border"
						+ "\nTags: border, Osh"))
			.containsExactly(LineKind.BODY, LineKind.NAVIGATION, LineKind.NAVIGATION, LineKind.NAVIGATION,
					LineKind.TAGS);
		assertThat(kinds("Текст новости.\nЕщё по теме\nПограничники открыли новый пост\nПолиция изъяла опий"))
			.containsExactly(LineKind.BODY, LineKind.NAVIGATION, LineKind.NAVIGATION, LineKind.NAVIGATION);
	}

	@Test
	void shouldKeepAHeadlineOverATableOfContents() {
		assertThat(
				kinds("Statement by the Kazakh Defence Ministry, Astana, March 2, 2026\nContents\n- Border exercise\n"
						+ "- Drone rules\nThe ministry opened with the exercise schedule."))
			.containsExactly(LineKind.HEADLINE, LineKind.NAVIGATION, LineKind.NAVIGATION, LineKind.NAVIGATION,
					LineKind.BODY);
	}

	@Test
	void shouldTellABulletedParagraphFromABulletedLink() {
		assertThat(CLASSIFIER.classifyAlone("- Kyrgyzstan opened two border posts on Monday, the service said.").kind())
			.isEqualTo(LineKind.BULLET);
		assertThat(CLASSIFIER.classifyAlone("• Drone rules tightened in Osh").kind()).isEqualTo(LineKind.NAVIGATION);
		assertThat(CLASSIFIER.classifyAlone("— Как вы оцениваете итоги года?").kind()).isNotEqualTo(LineKind.BULLET);
	}

	@Test
	void shouldReadARussianDatelineWithTheAgencyInBracketsAndNotASiteTagline() {
		assertThat(datelineEnd("АСТАНА, 4 марта (Казинформ) – Текст новости."))
			.isEqualTo("АСТАНА, 4 марта (Казинформ) – ".length());
		assertThat(CLASSIFIER.classifyAlone("ВЕСТИ — Новости Казахстана").kind()).isNotEqualTo(LineKind.DATELINE);
	}

	@Test
	void shouldReadANewsroomStaffBylineWithoutAName() {
		ClassifiedLine line = CLASSIFIER.classifyAlone("By Steppe Daily staff");
		assertThat(line.kind()).isEqualTo(LineKind.BYLINE);
		assertThat(line.label()).isNull();
	}

	@Test
	void shouldKeepAHeadlineOverADateLineAndADateline() {
		assertThat(kinds("Госграница под охраной\n04.03.2026 12:10\nАСТАНА, 4 марта (Казинформ) – Текст новости."))
			.containsExactly(LineKind.HEADLINE, LineKind.DATE_URL, LineKind.DATELINE);
	}

	@Test
	void shouldReadAColumnsDeckAndAuthorLineUnderItsHeadline() {
		assertThat(kinds("Колонка\nГраницы держатся на людях\nПочему учения на юге важнее парадов\n"
				+ "Айдар Сейтов директор Института региональной безопасности, полковник запаса\n3 марта 2026\n"
				+ "Текст колонки."))
			.containsExactly(LineKind.SECTION_LABEL, LineKind.HEADLINE, LineKind.BODY, LineKind.BYLINE,
					LineKind.METADATA, LineKind.BODY);
		assertThat(kinds("TASS\nBorder talks resume in Osh\nDefence & Security\nMarch 4, 2026, 10:12 UTC+3\n"
				+ "The talks resumed."))
			.containsExactly(LineKind.NAVIGATION, LineKind.HEADLINE, LineKind.SECTION_LABEL, LineKind.METADATA,
					LineKind.BODY);
		assertThat(kinds("Главная | Новости\nСергей Шойгу заявил о сохранении угрозы\n10 июня 2026\nТекст новости."))
			.containsExactly(LineKind.NAVIGATION, LineKind.HEADLINE, LineKind.METADATA, LineKind.BODY);
	}

	@Test
	void shouldReadAnIssueLineAndAnUpdateLineWithItsTimeZoneAsMetadata() {
		assertThat(CLASSIFIER.classifyAlone("Журнал «Вестник» №12 от 03.02.2026, стр. 4").kind())
			.isEqualTo(LineKind.METADATA);
		assertThat(CLASSIFIER.classifyAlone("Updated 4 Feb 2026, 09:10 (Astana time)").kind())
			.isEqualTo(LineKind.METADATA);
	}

	@Test
	void shouldReadInterviewAndLiveCoverageCreditsAsBylines() {
		ClassifiedLine interview = CLASSIFIER.classifyAlone("Interview by Maria Novak");
		assertThat(interview.kind()).isEqualTo(LineKind.BYLINE);
		assertThat(interview.label()).isEqualTo("Maria Novak");
		assertThat(CLASSIFIER.classifyAlone("Трансляцию ведет Ирина Белова").label()).isEqualTo("Ирина Белова");
	}

	@Test
	void shouldKeepAHeadlineOverItsDateAndAuthorWhenANameFollowsTheMetadata() {
		assertThat(kinds("Border Daily\nNews | World\nRangers close the pass for winter\n10:15 04.02.2026\n"
				+ "Anna Petrova\nThe pass will stay closed until April."))
			.containsExactly(LineKind.NAVIGATION, LineKind.NAVIGATION, LineKind.HEADLINE, LineKind.METADATA,
					LineKind.BYLINE, LineKind.BODY);
	}

	@Test
	void shouldTakeALongerLineBetweenAHeadlineAndItsMetadataForTheDeckButNotASectionName() {
		List<ClassifiedLine> lines = CLASSIFIER.classify(LayoutClassifier.lines(
				"Site\nWorld / Asia\nCold peace again\nTalks in Baku brought the sides no closer to a treaty on the border\n"
						+ "Daily Herald No. 12 of 03.02.2026\nText of the article."));
		assertThat(lines).extracting(ClassifiedLine::kind)
			.containsExactly(LineKind.NAVIGATION, LineKind.NAVIGATION, LineKind.HEADLINE, LineKind.BODY,
					LineKind.METADATA, LineKind.BODY);
		assertThat(lines.get(3).evidence()).isEqualTo(LayoutClassifier.DECK);
		assertThat(kinds("Menu | Search\nAsia\nRangers close the pass for winter\nBy Anna Petrova\nText of it."))
			.containsExactly(LineKind.NAVIGATION, LineKind.NAVIGATION, LineKind.HEADLINE, LineKind.BYLINE,
					LineKind.BODY);
	}

	@Test
	void shouldTellQuestionsWithTheirOutletFromAnswersUnderBoldLabels() {
		assertThat(CLASSIFIER.classifyAlone("Question (Radio Nord): Will the pass reopen?").kind())
			.isEqualTo(LineKind.QUESTION);
		List<ClassifiedLine> lines = CLASSIFIER.classify(LayoutClassifier
			.lines("**Herald:** Will the pass reopen?\n**Petrova:** In April.\n**Herald:** Why so late?"));
		assertThat(lines).extracting(ClassifiedLine::kind, ClassifiedLine::label)
			.containsExactly(tuple(LineKind.QUESTION, null), tuple(LineKind.ANSWER, "Petrova"),
					tuple(LineKind.QUESTION, null));
	}

	@Test
	void shouldRemoveChannelNamesHandlesCountersAndHashtagsOfAPost() {
		assertThat(kinds("borderwatch\n@border_watch · 12 тыс. подписчиков\nОткрыть в Telegram\n"
				+ "Пограничники закрыли перевал на зиму.\n#граница #перевал\n👁 3,1 тыс. · 10:05"))
			.containsExactly(LineKind.NAVIGATION, LineKind.NAVIGATION, LineKind.NAVIGATION, LineKind.BODY,
					LineKind.TAGS, LineKind.NAVIGATION);
		assertThat(CLASSIFIER.classifyAlone("#граница #перевал").label()).isEqualTo("граница, перевал");
	}

	@Test
	void shouldKeepADatelineWrittenOnALineOfItsOwnOutOfTheBody() {
		ClassifiedLine line = CLASSIFIER.classifyAlone("ASTANA, February 4. /Kazinform/.");
		assertThat(line.kind()).isEqualTo(LineKind.METADATA);
		assertThat(line.printedDate().date()).isEqualTo(LocalDate.of(2026, 2, 4));
	}

	@Test
	void shouldNotTakeASectionLabelledHeadlineOnAPageOfQuestionsForAnAnswer() {
		assertThat(kinds("Interview: the border chief on winter patrols\n12 January 2026\n"
				+ "Question: Will patrols grow?\nPetrov: They will."))
			.containsExactly(LineKind.HEADLINE, LineKind.METADATA, LineKind.QUESTION, LineKind.ANSWER);
	}

	@Test
	void shouldReadAPlaceDateAndAgencyLineJoinedByADashAsMetadataUnderItsHeadline() {
		assertThat(kinds(
				"Border guards seize a ton of hashish near Khorog\nKhorog, 3 March 2026, 09:20 — AgencyX, Ivan Ostrov\n"
						+ "Border guards seized a ton of hashish on Tuesday."))
			.containsExactly(LineKind.HEADLINE, LineKind.METADATA, LineKind.BODY);
	}

	@Test
	void shouldReadALiveBlogsAuthorLineAsItsByline() {
		assertThat(kinds("Summit in Dushanbe: live updates\nLive blog by Olga Reutova\n11:20\nThe leaders arrived."))
			.containsExactly(LineKind.HEADLINE, LineKind.BYLINE, LineKind.TIMESTAMP, LineKind.BODY);
	}

	@Test
	void shouldTakeALongTitleOverItsDateLineForAHeadline() {
		assertThat(
				kinds("Выступление заместителя Министра обороны на совещании руководителей военных ведомств государств"
						+ " – членов Организации по вопросам подготовки совместных учений и обмена опытом\n4 марта 2026 г. 10:15\n"
						+ "Уважаемые коллеги, благодарю за приглашение."))
			.containsExactly(LineKind.HEADLINE, LineKind.METADATA, LineKind.BODY);
		assertThat(kinds(
				"Министр напомнил, что учения пройдут весной, и добавил, что состав сил уже согласован с партнерами"
						+ " по Организации, а сроки подготовки и порядок финансирования обсудят отдельно.\n4 марта 2026 г.\nТекст."))
			.startsWith(LineKind.BODY);
	}

	@Test
	void shouldReadACategoryWordOverTheDateAboveAHeadlineAsASectionLabel() {
		assertThat(kinds("Home | Politics | World\nPolitics\n24 November 2026, 16:42\n"
				+ "Ministers agree on a joint drone shield\nThe ministers agreed on Monday."))
			.containsExactly(LineKind.NAVIGATION, LineKind.SECTION_LABEL, LineKind.METADATA, LineKind.HEADLINE,
					LineKind.BODY);
	}

	@Test
	void shouldReadAPlaceAndDateLineWithoutADashAsMetadata() {
		assertThat(kinds("Analyst: without Armenia the bloc turns south\nBaku, Azerbaijan, December 1\n"
				+ "By Leyla Hasanova\nTrend talked to an analyst about the bloc."))
			.containsExactly(LineKind.HEADLINE, LineKind.METADATA, LineKind.BYLINE, LineKind.BODY);
		assertThat(CLASSIFIER.classifyAlone("Baku, Azerbaijan, December 1").printedDate().date())
			.isEqualTo(LocalDate.of(2025, 12, 1));
	}

	@Test
	void shouldReadALiveBlogsAuthorLineAsAByline() {
		ClassifiedLine line = CLASSIFIER.classifyAlone("Live blog by Sarah Okafor");
		assertThat(line.kind()).isEqualTo(LineKind.BYLINE);
		assertThat(line.label()).isEqualTo("Sarah Okafor");
	}

	@Test
	void shouldReadTheLineUnderAKickerAboveTheBylineAsTheDeckEvenWhenItIsNotLonger() {
		assertThat(kinds("Интервью\nГенсек ОДКБ — об угрозах с воздуха, Армении и новых операциях\n"
				+ "Генсек рассказал газете, как организация будет защищать южные границы\nАртем Коробов\n"
				+ "2 декабря 2026, 00:01\nВ конце ноября беспилотники атаковали заставу."))
			.containsExactly(LineKind.SECTION_LABEL, LineKind.HEADLINE, LineKind.BODY, LineKind.BYLINE,
					LineKind.METADATA, LineKind.BODY);
		assertThat(kinds("TASS\nBorder talks resume in Osh\nDefence & Security\nMarch 4, 2026, 10:12 UTC+3\n"
				+ "The talks resumed."))
			.containsExactly(LineKind.NAVIGATION, LineKind.HEADLINE, LineKind.SECTION_LABEL, LineKind.METADATA,
					LineKind.BODY);
	}

	@Test
	void shouldReadAPublicationLineWithANumericDateAndTimeAsMetadata() {
		ClassifiedLine line = CLASSIFIER.classifyAlone("Опубликован 05.12.2026 в 10:42");
		assertThat(line.kind()).isEqualTo(LineKind.METADATA);
		assertThat(line.printedDate().date()).isEqualTo(LocalDate.of(2026, 12, 5));
		assertThat(kinds("Колонки\nМошенник в каждом телефоне: почему защита не успевает\n"
				+ "Андрей Ветлугин, обозреватель отдела политики «МК»\nОпубликован 05.12.2026 в 10:42\n"
				+ "Итоги операции выглядят внушительно."))
			.containsExactly(LineKind.SECTION_LABEL, LineKind.HEADLINE, LineKind.BYLINE, LineKind.METADATA,
					LineKind.BODY);
	}

	@Test
	void shouldReadAnAgencyDatelineWithDotsAfterThePlaceAndDate() {
		assertThat(datelineEnd("Астана. 2 декабря. КазТАГ – Мажилис ратифицировал протокол."))
			.isEqualTo("Астана. 2 декабря. КазТАГ – ".length());
		assertThat(datelineEnd("Москва. 4 декабря. INTERFAX.RU - Вербовщики перешли в чаты."))
			.isEqualTo("Москва. 4 декабря. INTERFAX.RU - ".length());
		assertThat(
				CLASSIFIER.datelineDate(LayoutClassifier.datelineOf("Алматы. 2 декабря. КазТАГ – Суд вынес приговор.")))
			.isEqualTo(new PrintedDate(LocalDate.of(2025, 12, 2), null));
	}

	@Test
	void shouldTakeAHeadlineLikeLineWithOnlyTagsAndNavigationAfterItForALink() {
		assertThat(kinds("Суд вынес приговор вербовщику.\nГлавные новости дня — в нашем Telegram-канале\n"
				+ "Теги: ОДКБ, терроризм\n© 2026 Агентство."))
			.containsExactly(LineKind.BODY, LineKind.NAVIGATION, LineKind.TAGS, LineKind.NAVIGATION);
	}

	@Test
	void shouldReadAPlaceDateTimeAgencyAndAuthorLineAsMetadata() {
		ClassifiedLine line = CLASSIFIER.classifyAlone("Bishkek, 26 November 2026, 11:05 — 24.kg, Anna Kim");
		assertThat(line.kind()).isEqualTo(LineKind.METADATA);
		assertThat(line.printedDate().date()).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThat(CLASSIFIER.classifyAlone("Share this news:").kind()).isEqualTo(LineKind.NAVIGATION);
	}

	@Test
	void shouldReadATranscriptLabelOfInitialsBeforeTheSurnameAsAnAnswer() {
		ClassifiedLine line = CLASSIFIER.classifyAlone("А.Б.Воронин: Добрый день, коллеги. Начнем с главного.");
		assertThat(line.kind()).isEqualTo(LineKind.ANSWER);
		assertThat(line.label()).isEqualTo("А.Б.Воронин");
	}

	@Test
	void shouldStripAnUpperCaseDatelineEndingWithTheAgencysName() {
		assertThat(datelineEnd("TBILISI, MARCH 2, NEWSWIRE. The ministers met on Monday."))
			.isEqualTo("TBILISI, MARCH 2, NEWSWIRE. ".length());
		assertThat(CLASSIFIER.classifyAlone("Колонки").kind()).isEqualTo(LineKind.SECTION_LABEL);
		assertThat(CLASSIFIER.classifyAlone("Share this news:").kind()).isEqualTo(LineKind.NAVIGATION);
	}

	@Test
	void shouldReadATranscriptLabelOfDottedInitialsWithoutSpacesAsAnAnswer() {
		ClassifiedLine line = CLASSIFIER.classifyAlone("С.В.Лавров: Добрый день. Мы провели переговоры.");
		assertThat(line.kind()).isEqualTo(LineKind.ANSWER);
		assertThat(line.label()).isEqualTo("С.В.Лавров");
	}

	@Test
	void shouldReadDateLinesWithSlashesBracketedTimesAndDashesAsMetadata() {
		ClassifiedLine slashed = CLASSIFIER.classifyAlone("03/11/2026 18:10");
		assertThat(slashed.kind()).isEqualTo(LineKind.METADATA);
		assertThat(slashed.printedDate().date()).isEqualTo(LocalDate.of(2026, 11, 3));
		ClassifiedLine bracketed = CLASSIFIER.classifyAlone("21.10.2026 [09:05]");
		assertThat(bracketed.kind()).isEqualTo(LineKind.METADATA);
		assertThat(bracketed.printedDate().date()).isEqualTo(LocalDate.of(2026, 10, 21));
		ClassifiedLine published = CLASSIFIER.classifyAlone("Published on 17/02/2026 - 07:30 GMT+2");
		assertThat(published.kind()).isEqualTo(LineKind.METADATA);
		assertThat(published.printedDate().date()).isEqualTo(LocalDate.of(2026, 2, 17));
		ClassifiedLine placeAndAgency = CLASSIFIER.classifyAlone("Tashkent, Uzbekistan, March 2 – UzDaily");
		assertThat(placeAndAgency.kind()).isEqualTo(LineKind.METADATA);
		assertThat(placeAndAgency.printedDate().date()).isEqualTo(LocalDate.of(2026, 3, 2));
	}

	@Test
	void shouldReadABylineSharedWithAnAgencyAndASiteNameWithADotAsHeaderLines() {
		ClassifiedLine byline = CLASSIFIER.classifyAlone("By Lena Orlova with Reuters");
		assertThat(byline.kind()).isEqualTo(LineKind.BYLINE);
		assertThat(byline.label()).isEqualTo("Lena Orlova");
		assertThat(CLASSIFIER.classifyAlone("By Omar Said and agencies").kind()).isEqualTo(LineKind.BYLINE);
		assertThat(CLASSIFIER.classifyAlone("newsline.").kind()).isEqualTo(LineKind.NAVIGATION);
		assertThat(CLASSIFIER.classifyAlone("it was quiet.").kind()).isEqualTo(LineKind.BODY);
	}

	@Test
	void shouldReadALineRepeatingAMenuEntryAsTheRubricNotAsAHeadlineOverADeck() {
		String page = "Daily Courier\nPolitics | Around the world | Economy\nAround the world\n"
				+ "Ministers agree on new border posts in the south\n03.12.2026, 13:48\nThe ministers met in Dushanbe.";
		assertThat(kinds(page)).containsExactly(LineKind.NAVIGATION, LineKind.NAVIGATION, LineKind.SECTION_LABEL,
				LineKind.HEADLINE, LineKind.METADATA, LineKind.BODY);
	}

	@Test
	void shouldReadABreadcrumbOfHyphenatedAndLongerStepsAsNavigation() {
		assertThat(CLASSIFIER.classifyAlone("Пресс-центр / Заявления официального представителя").kind())
			.isEqualTo(LineKind.NAVIGATION);
		assertThat(CLASSIFIER.classifyAlone("Azerbaijan / Armenia peace talks resume in Almaty").kind())
			.isEqualTo(LineKind.HEADLINE);
	}

	@Test
	void shouldReadAChannelsForwardLabelAsMetadataAndAContributorLineWithItsPlaceAsACredit() {
		assertThat(CLASSIFIER.classifyAlone("Переслано из: Пресс-служба МЧС").kind()).isEqualTo(LineKind.METADATA);
		assertThat(CLASSIFIER.classifyAlone("Forwarded from: Border Service News").kind()).isEqualTo(LineKind.METADATA);
		assertThat(CLASSIFIER.classifyAlone("-- Anna Lee contributed reporting from Almaty").kind())
			.isEqualTo(LineKind.CREDIT);
		assertThat(CLASSIFIER.classifyAlone("Anna Lee contributed reporting.").kind()).isEqualTo(LineKind.CREDIT);
		assertThat(
				CLASSIFIER.classifyAlone("Since 2019 Lee contributed reporting from the front for the agency.").kind())
			.isEqualTo(LineKind.BODY);
	}

	@Test
	void shouldReadALineOfCapitalizedWordsOverAHeadlineAsAMenuWithoutBars() {
		String page = "Вести региона\nПолитика Экономика Общество Армия Фото\n"
				+ "На полигоне завершилась активная фаза учений\n1 октября 2026, 17:30\nТекст новости.";
		assertThat(kinds(page)).containsExactly(LineKind.NAVIGATION, LineKind.NAVIGATION, LineKind.HEADLINE,
				LineKind.METADATA, LineKind.BODY);
	}

	@Test
	void shouldReadDashedLinesAsQuestionsAndAnswersOnlyWhenTheyAlternate() {
		assertThat(kinds("Пограничник о перевалах\nГенерал рассказал о зиме.\n— Сколько постов осталось?\n— Шесть.\n"
				+ "— А нарушители?\n— Почти нет.\n— Хватит ли людей? Постов много.\n— Хватит."))
			.containsExactly(LineKind.HEADLINE, LineKind.BODY, LineKind.QUESTION, LineKind.ANSWER, LineKind.QUESTION,
					LineKind.ANSWER, LineKind.QUESTION, LineKind.ANSWER);
		assertThat(kinds("Пограничники закрыли перевалы\nГенерал рассказал о зиме.\n— Кто пойдет в дозор?\n"
				+ "— Мы пойдем, — ответил сержант."))
			.containsExactly(LineKind.HEADLINE, LineKind.BODY, LineKind.BODY, LineKind.BODY);
	}

	@Test
	void shouldReadAnIssueNumberWrittenApartFromItsSignAsOneWordOfAnIssueLine() {
		assertThat(CLASSIFIER.classifyAlone("Еженедельник «Пограничный вестник» № 31 от 14.08.2026, стр. 3").kind())
			.isEqualTo(LineKind.METADATA);
	}

	@Test
	void shouldReadAPresentersLabelWithOrWithoutANameAsAQuestion() {
		assertThat(CLASSIFIER.classifyAlone("Host Anna Kim: Welcome back. Who is at the table today?").kind())
			.isEqualTo(LineKind.QUESTION);
		assertThat(CLASSIFIER.classifyAlone("Ведущий: Добрый вечер, с нами генерал Орлов.").kind())
			.isEqualTo(LineKind.QUESTION);
		assertThat(CLASSIFIER.classifyAlone("В Москве: итоги встречи").kind()).isNotEqualTo(LineKind.QUESTION);
	}

	@Test
	void shouldLeaveASingleQuotedNameOpeningAQuestionAHeadline() {
		assertThat(kinds("«Рубеж»: готовы ли заставы к зиме?\n12.03.2026\nУчения пройдут в марте."))
			.containsExactly(LineKind.HEADLINE, LineKind.DATE_URL, LineKind.BODY);
	}

	@Test
	void shouldReadANewspapersIssueLineWithItsQuotedNameAsMetadata() {
		assertThat(kinds("Пограничник — о том, как закрывают перевалы зимой\nАвтор: Иван Сидоров\n"
				+ "Газета «Вести границы и таможни» № 12. 05/03/2026\nЗимой перевалы закрывают на четыре месяца."))
			.containsExactly(LineKind.HEADLINE, LineKind.BYLINE, LineKind.METADATA, LineKind.BODY);
		assertThat(CLASSIFIER.classifyAlone("Газета «Вести границы и таможни» № 12. 05/03/2026").printedDate().date())
			.isEqualTo(LocalDate.of(2026, 3, 5));
	}

	@Test
	void shouldKeepAnAuthorNoteWithoutAFullStopAsTheColumnsLastParagraph() {
		assertThat(kinds("Граница без дронов: что делать союзникам\nИван Сидоров\n03 декабря 2026, 21:30\n"
				+ "Беспилотники изменили охрану границы.\nАвтор — бывший заместитель министра обороны в 2015–2019 годах\n"
				+ "Поделиться: ВКонтакте | Telegram"))
			.containsExactly(LineKind.HEADLINE, LineKind.BYLINE, LineKind.METADATA, LineKind.BODY, LineKind.BODY,
					LineKind.NAVIGATION);
	}

	@Test
	void shouldReadARubricWithATimeBeforeTheDateAsTheHeadlinesMetadata() {
		assertThat(kinds("Пограничники перекрыли перевал на зиму\nСиловые ведомства · 09:05, 3 марта 2026\n"
				+ "Пограничники закрыли перевал до весны."))
			.containsExactly(LineKind.HEADLINE, LineKind.METADATA, LineKind.BODY);
		assertThat(CLASSIFIER.classifyAlone("Силовые ведомства · 09:05, 3 марта 2026").printedDate().date())
			.isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void shouldReadAWireDatelineWithTheCountryAfterTheCityAndNoDate() {
		String line = "OSH, Kyrgyzstan (AP) — Border guards closed two crossings on Tuesday.";
		assertThat(line.substring(datelineEnd(line))).isEqualTo("Border guards closed two crossings on Tuesday.");
		assertThat(CLASSIFIER.classifyAlone(line).dateline().place()).isEqualTo("OSH");
	}

	@Test
	void shouldReadAPostAuthorsNameAndHandleAsTheByline() {
		ClassifiedLine author = CLASSIFIER.classifyAlone("Daniyar Alimov @daniyar_news");
		assertThat(author.kind()).isEqualTo(LineKind.BYLINE);
		assertThat(author.label()).isEqualTo("Daniyar Alimov");
		assertThat(CLASSIFIER.classifyAlone("By Anna Kim in Almaty").label()).isEqualTo("Anna Kim");
	}

	private static List<LineKind> kinds(String page) {
		return CLASSIFIER.classify(LayoutClassifier.lines(page)).stream().map(ClassifiedLine::kind).toList();
	}

	private static int datelineEnd(String line) {
		ClassifiedLine classified = CLASSIFIER.classifyAlone(line);
		assertThat(classified.kind()).isEqualTo(LineKind.DATELINE);
		return classified.dateline().end();
	}

	@Test
	void shouldTakeWireAssistanceAndDataSourceCreditsForCredits() {
		assertThat(CLASSIFIER.classifyAlone("--With assistance from Marta Olsen.").kind()).isEqualTo(LineKind.CREDIT);
		assertThat(CLASSIFIER.classifyAlone("— With additional reporting by Omar Reyes").kind())
			.isEqualTo(LineKind.CREDIT);
		assertThat(CLASSIFIER.classifyAlone("Обзор составлен по данным пограничной службы.").kind())
			.isEqualTo(LineKind.CREDIT);
		assertThat(CLASSIFIER.classifyAlone("This story was compiled using data from the customs service.").kind())
			.isEqualTo(LineKind.CREDIT);
		assertThat(CLASSIFIER.classifyAlone("With assistance from Russia, the posts were rebuilt last year.").kind())
			.isEqualTo(LineKind.BODY);
	}

	@Test
	void shouldTakeAForwardLabelWithoutAColonForAForwardLabel() {
		assertThat(CLASSIFIER.classifyAlone("Forwarded from Osh City Police").evidence())
			.isEqualTo(LayoutClassifier.FORWARD);
		assertThat(CLASSIFIER.classifyAlone("Репост из ГУВД Оша").evidence()).isEqualTo(LayoutClassifier.FORWARD);
	}

}
