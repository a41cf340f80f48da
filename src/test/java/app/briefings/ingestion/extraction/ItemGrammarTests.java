package app.briefings.ingestion.extraction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The item grammar: cutting classified pages into items and keeping navigation and
 * metadata out of their bodies, with every removed line kept.
 */
class ItemGrammarTests {

	@Test
	void shouldMakeEachLooseParagraphAnItem() {
		List<SegmentedItem> items = segment("First news item.\n\nSecond news item.\nThird news item.", null);
		assertThat(items).extracting(SegmentedItem::body)
			.containsExactly("First news item.", "Second news item.", "Third news item.");
	}

	@Test
	void shouldKeepTheParagraphsOfAHeadlinedItemTogether() {
		List<SegmentedItem> items = segment(
				"A headline here\nFirst paragraph.\n\nSecond paragraph.\nNext headline\nMore text.", null);
		assertThat(items).extracting(SegmentedItem::title).containsExactly("A headline here", "Next headline");
		assertThat(items.get(0).body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
	}

	@Test
	void shouldDropNavigationAndSharingLines() {
		String page = "Главная\nПоделиться\nЗаголовок новости\nТекст новости.\nВернуться в раздел\nВсе новости\n← Назад\nShare on Facebook Twitter\nGo back";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> assertThat(item.body()).isEqualTo("Текст новости."));
	}

	@Test
	void shouldKeepProseThatMerelyStartsLikeALink() {
		List<SegmentedItem> items = segment("Share of seized heroin grew\nThe photo by the agency showed the cache.",
				null);
		assertThat(items).singleElement()
			.satisfies(item -> assertThat(item.body()).isEqualTo("The photo by the agency showed the cache."));
	}

	@Test
	void shouldMakeAHeadlessStoryUnderAPageDateOneItem() {
		List<SegmentedItem> items = segment("Channel of the border service\nНовости | Видео\n4 февраля 2026\n"
				+ "Пограничники закрыли перевал на зиму.\nДорога откроется в апреле.\n#перевал", null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isNull();
			assertThat(item.body()).isEqualTo("Пограничники закрыли перевал на зиму.\n\nДорога откроется в апреле.");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 2, 4));
			assertThat(item.tags()).containsExactly("перевал");
		});
	}

	@Test
	void shouldKeepAnOpEdsDeckAuthorAndDateInItsHeaderWhenItHasAHeadline() {
		List<SegmentedItem> items = segment("Комментарий\nГраницу держат не учения, а люди\n"
				+ "Почему весенние сборы опять показали нехватку офицеров запаса\nИван Сидоров\n04.02.2026 10:00\n"
				+ "Тэги: граница, запас\nПервый абзац статьи.\nВторой абзац статьи.", null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Границу держат не учения, а люди");
			assertThat(item.author()).isEqualTo("Иван Сидоров");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 2, 4));
			assertThat(item.tags()).containsExactly("граница", "запас");
		});
	}

	@Test
	void shouldReadEnglishAndRussianDatelines() {
		List<SegmentedItem> items = segment(
				"MOSCOW, April 3 (Reuters) - Text one.\nМОСКВА, 3 апреля. /ТАСС/. Текст два.",
				LocalDate.of(2025, 4, 4));
		assertThat(items).extracting(SegmentedItem::body).containsExactly("Text one.", "Текст два.");
		assertThat(items).extracting(item -> item.printedDate().date()).containsOnly(LocalDate.of(2025, 4, 3));
	}

	@Test
	void shouldReadDatelinesOfOtherAgencies() {
		List<SegmentedItem> items = segment(
				"МОСКВА, 3 апреля - РИА Новости. Текст один.\n"
						+ "WASHINGTON, April 2 /TASS/. - Text two.\nMOSCOW (Reuters) - Text three.",
				LocalDate.of(2025, 4, 4));
		assertThat(items).extracting(SegmentedItem::body).containsExactly("Текст один.", "Text two.", "Text three.");
		assertThat(items).extracting(item -> item.printedDate() == null ? null : item.printedDate().date())
			.containsExactly(LocalDate.of(2025, 4, 3), LocalDate.of(2025, 4, 2), null);
	}

	@Test
	void shouldNotPrintADateForADatelineWithoutYearOrPublicationDate() {
		assertThat(segment("MOSCOW, April 3 (Reuters) - Text.", null)).singleElement()
			.satisfies(item -> assertThat(item.printedDate()).isNull());
	}

	@Test
	void shouldNotTakeAQuotedStatementForAHeadline() {
		List<SegmentedItem> items = segment("A headline\nFirst paragraph.\nHe said: \"We are ready.\"\nLast paragraph.",
				null);
		assertThat(items).singleElement()
			.satisfies(item -> assertThat(item.body()).contains("We are ready", "Last paragraph."));
	}

	@Test
	void shouldRejoinAParagraphHardWrappedMidSentence() {
		List<SegmentedItem> items = segment("A headline\nThe CSTO Secretary General said that the\nthreat was growing.",
				null);
		assertThat(items).singleElement()
			.satisfies(item -> assertThat(item.body())
				.isEqualTo("The CSTO Secretary General said that the threat was growing."));
	}

	@Test
	void shouldMakeALiveBlogOneItemWithItsTimeStamps() {
		List<SegmentedItem> items = segment(
				"LIVE: CSTO leaders meet in Moscow\nLast updated 27 November 2026, 15:20 MSK\n"
						+ "Refresh for latest updates\n\n09:40\nLeaders are arriving.\n\n10:05\nArmenia is not represented.\n\n"
						+ "Share this post",
				null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("LIVE: CSTO leaders meet in Moscow");
			assertThat(item.body()).isEqualTo("09:40\n\nLeaders are arriving.\n\n10:05\n\nArmenia is not represented.");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 11, 27));
		});
	}

	@Test
	void shouldKeepTheHeadlinesOfLiveEntriesInsideTheLiveBlog() {
		List<SegmentedItem> items = segment("Live: Border talks in Bishkek\nLive updates by Anna Kim\n"
				+ "Last updated 3 March 2026, 11:20 GMT\n11:20 GMT\nThe talks are over for today.\n10:45 GMT\n"
				+ "Kyrgyz delegation proposes joint patrols\nThe delegation tabled a plan for joint patrols.\n"
				+ "10:05 GMT\nTajik side asks for maps\nOsmonov: \"We need the old maps first.\"", null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Live: Border talks in Bishkek");
			assertThat(item.body()).contains("Kyrgyz delegation proposes joint patrols", "We need the old maps first.");
		});
	}

	@Test
	void shouldReadTimeStampsWithAZoneOffsetAsEntriesOfOneLiveBlog() {
		List<SegmentedItem> items = segment(
				"Live: Border talks in Osh\nLive updates by Anna Kim\n"
						+ "Updated 17:30 GMT+6, 03-Mar-2026\n09:15 GMT+6\nThe delegations arrived in Osh.\n"
						+ "11:40 GMT+6\nOsmonov: \"We agreed on the maps.\"\nThis is the end of our live coverage.",
				null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Live: Border talks in Osh");
			assertThat(item.body()).isEqualTo("09:15 GMT+6\n\nThe delegations arrived in Osh.\n\n11:40 GMT+6\n\n"
					+ "Osmonov: \"We agreed on the maps.\"");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 3, 3));
		});
	}

	@Test
	void shouldKeepAnInterviewsHeadlineOverAPlaceAndDateLineWithBullets() {
		List<SegmentedItem> items = segment("Daryo News\nPolitics | Interviews\n"
				+ "Uzbek analyst: the border needs more than patrols\nTashkent • 4 March 2026 • 09:15\nBy Olga Kim\n"
				+ "Rustam Nazarov, a former border officer, answered our questions.\n"
				+ "**Daryo:** What is the main risk?\n**Rustam Nazarov:** Smuggling on the river.\n"
				+ "**Daryo:** And next year?\n**Rustam Nazarov:** More of the same.", null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Uzbek analyst: the border needs more than patrols");
			assertThat(item.body()).startsWith("Rustam Nazarov, a former border officer").endsWith("More of the same.");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 3, 4));
		});
	}

	@Test
	void shouldKeepAStorysHeadlineOverItsAuthorLineAndAPlaceLineInCapitals() {
		List<SegmentedItem> items = segment("World Wire\nWorld | Asia\n"
				+ "Border guards of five states train together in Osh\nOlga Kim | 05.03.2026 - Update : 05.03.2026\n"
				+ "OSH, Kyrgyzstan\nBorder guards of five states began a joint drill on Thursday.\n"
				+ "\"We train for the real thing,\" the commander said.\nRelated topics\n"
				+ "Kazakhstan, China open a new border crossing\n"
				+ "This site shows only part of the news stories available to subscribers. Contact us for subscription options.",
				null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Border guards of five states train together in Osh");
			assertThat(item.body()).isEqualTo("Border guards of five states began a joint drill on Thursday.\n\n"
					+ "\"We train for the real thing,\" the commander said.");
			assertThat(item.datelinePlace()).isEqualTo("OSH");
		});
	}

	@Test
	void shouldRemoveALineCreditingTheSupportOfAnEditorialOffice() {
		List<SegmentedItem> items = segment("Интервью на границе\n3 марта 2026\nПервый абзац беседы.\n"
				+ "Материал подготовлен при поддержке редакции «Голос границы».\n"
				+ "This interview was produced in partnership with Border Voice.", null);
		assertThat(items).singleElement().satisfies(item -> assertThat(item.body()).isEqualTo("Первый абзац беседы."));
	}

	@Test
	void shouldKeepTimeStampedHeadlinesOfAFeedApart() {
		List<SegmentedItem> items = segment("News feed\n11:20\nKyrgyz delegation proposes joint patrols\n"
				+ "The delegation tabled a plan for joint patrols.\n10:45\nTajik side asks for maps\n"
				+ "The Tajik side asked for the old maps.", null);
		assertThat(items).extracting(SegmentedItem::title)
			.contains("Kyrgyz delegation proposes joint patrols", "Tajik side asks for maps");
	}

	@Test
	void shouldMakeAnInterviewOneItemWithItsQuestionsAndAnswersMarked() {
		List<SegmentedItem> items = segment(
				"Interview\nCSTO chief on the alliance's future\n8 October 2026 · 6 min read\n\n"
						+ "Imangali Tasmagambetov spoke to our correspondent.\n\nQ: How serious is the threat?\n\n"
						+ "A: It would be a mistake to speak of a threat.\n\nQ: Is there a way back?\n\nA: The door is open.",
				null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("CSTO chief on the alliance's future");
			assertThat(item.turns()).extracting(SegmentedItem.Turn::kind)
				.containsExactly(LineKind.QUESTION, LineKind.ANSWER, LineKind.QUESTION, LineKind.ANSWER);
			SegmentedItem.Turn answer = item.turns().get(1);
			assertThat(item.body().substring(answer.span().start(), answer.span().end()))
				.isEqualTo("A: It would be a mistake to speak of a threat.");
		});
	}

	@Test
	void shouldMakeATranscriptOneItemWithItsSpeakerLabels() {
		List<SegmentedItem> items = segment("Transcript: joint news conference in Moscow\n20 January 2026\n\n"
				+ "Lavrov: \"We had frank talks.\"\n\nQuestion: Is the decision irreversible?\n\n"
				+ "Mirzoyan: \"Our position has not changed.\"", null);
		assertThat(items).singleElement()
			.satisfies(item -> assertThat(item.turns()).extracting(SegmentedItem.Turn::kind, SegmentedItem.Turn::label)
				.containsExactly(tuple(LineKind.SPEAKER_TURN, "Lavrov"), tuple(LineKind.QUESTION, null),
						tuple(LineKind.SPEAKER_TURN, "Mirzoyan")));
	}

	@Test
	void shouldStartOneItemPerDatelineAndKeepTheFollowingParagraphsInIt() {
		List<SegmentedItem> items = segment(
				"Душанбе, 14 мая. Учение пройдет в октябре.\n\n«Сценарий готов», — сказал он.\n\n"
						+ "Генерал напомнил о прошлом учении.\n\nБишкек, 14 мая. Пограничники провели встречу.",
				LocalDate.of(2026, 5, 14));
		assertThat(items).extracting(SegmentedItem::body)
			.containsExactly(
					"Учение пройдет в октябре.\n\n«Сценарий готов», — сказал он.\n\nГенерал напомнил о прошлом учении.",
					"Пограничники провели встречу.");
	}

	@Test
	void shouldKeepADatelineOpeningAHeadedItemInThatItem() {
		List<SegmentedItem> items = segment("Russia accuses NATO of stoking tension\nBy Nikolai Vasin\n\n"
				+ "MOSCOW, Feb 19 (Reuters) - Russia's Foreign Ministry accused NATO.\n\nNATO did not respond.\n\n"
				+ "(Reporting by Nikolai Vasin; Editing by Tom Barlow)", LocalDate.of(2026, 2, 19));
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Russia accuses NATO of stoking tension");
			assertThat(item.author()).isEqualTo("Nikolai Vasin");
			assertThat(item.body()).isEqualTo("Russia's Foreign Ministry accused NATO.\n\nNATO did not respond.");
		});
	}

	@Test
	void shouldTakeAnOpEdTitleFromItsHeadlineNotItsBylineOrSectionLabel() {
		List<SegmentedItem> items = segment("Opinion | Analysis\nWhy Central Asia's borders need more than drills\n"
				+ "By Marat Seitkali\n18 April 2026\n\nEvery autumn the alliance stages a show.\n\n"
				+ "About the author: Marat Seitkali is a member of the Senate of Kazakhstan.", null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Why Central Asia's borders need more than drills");
			assertThat(item.author()).isEqualTo("Marat Seitkali");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 4, 18));
			assertThat(item.body()).isEqualTo(
					"Every autumn the alliance stages a show.\n\nMarat Seitkali is a member of the Senate of Kazakhstan.");
			assertThat(item.turns()).extracting(SegmentedItem.Turn::kind, SegmentedItem.Turn::label)
				.containsExactly(tuple(LineKind.AUTHOR_NOTE, "Marat Seitkali"));
		});
	}

	@Test
	void shouldGoOnWithTheStoryAfterAnAdvertisingSlot() {
		ItemGrammar.Page page = ItemGrammar
			.assemble("Ferry service resumes on the lake\nThe first ferry left at dawn.\n"
					+ "Advertisement\nIt carried forty cars.\nРеклама\nThe second one leaves on Friday.", null);

		assertThat(page.items()).singleElement()
			.satisfies(item -> assertThat(item.body()).isEqualTo(
					"The first ferry left at dawn.\n\nIt carried forty cars.\n\nThe second one leaves on Friday."));
		assertThat(page.removed()).extracting(RemovedLine::text, RemovedLine::kind)
			.containsExactly(tuple("Advertisement", LineKind.NAVIGATION), tuple("Реклама", LineKind.NAVIGATION));
	}

	@Test
	void shouldReadAForumThreadUnderItsTitleAsOneStory() {
		ItemGrammar.Page page = ItemGrammar
			.assemble("Lakeside Forums\nFerry timetable: does anyone know when it resumes?\n"
					+ "Page 1 of 1 · 3 replies\nboat_fan · 3 Mar 2026, 09:12\nThe harbour office says the first ferry "
					+ "leaves on Friday.\nold_captain · 3 Mar 2026, 09:40\nIt will carry forty cars at most.\n"
					+ "Reply to thread", null);

		assertThat(page.items()).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Ferry timetable: does anyone know when it resumes?");
			assertThat(item.body()).isEqualTo(
					"The harbour office says the first ferry leaves on Friday.\n\nIt will carry forty cars at most.");
		});
		assertThat(page.removed()).extracting(RemovedLine::text)
			.contains("Page 1 of 1 · 3 replies", "boat_fan · 3 Mar 2026, 09:12", "old_captain · 3 Mar 2026, 09:40");
	}

	@Test
	void shouldTakeTheEntriesUnderAMostViewedOrPartnerNewsHeadingForLinks() {
		List<SegmentedItem> english = segment("Ferry service resumes on the lake\nThe first ferry left at dawn.\n"
				+ "Most viewed\nCity council approves the new tram line\nTags: ferry, lake", null);
		List<SegmentedItem> russian = segment("Паром снова ходит по озеру\nПервый паром ушел на рассвете.\n"
				+ "Новости партнеров\nГородской совет одобрил новую линию трамвая\nТеги: паром", null);

		assertThat(english).extracting(SegmentedItem::title).containsExactly("Ferry service resumes on the lake");
		assertThat(russian).extracting(SegmentedItem::title).containsExactly("Паром снова ходит по озеру");
	}

	@Test
	void shouldGoOnWithTheStoryAfterATableOfFigures() {
		ItemGrammar.Page page = ItemGrammar.assemble("Harvest figures published\nThe ministry published the figures.\n"
				+ "Region | Wheat | Barley\nNorth | 1,200 | 340\nSouth | 980 | 410\nThe north did best this year.",
				null);

		assertThat(page.items()).singleElement()
			.satisfies(item -> assertThat(item.body())
				.isEqualTo("The ministry published the figures.\n\nThe north did best this year."));
		assertThat(page.removed()).extracting(RemovedLine::text)
			.containsExactly("Region | Wheat | Barley", "North | 1,200 | 340", "South | 980 | 410");
	}

	@Test
	void shouldKeepAHeadlineOverUpdateNotesWithItsStory() {
		List<SegmentedItem> items = segment(
				"UPDATE 1\nPort workers end their strike\n(Adds union comment, paragraph 3)\n"
						+ "Dock workers returned to work on Monday.\nThe union said talks would go on.",
				null);

		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Port workers end their strike");
			assertThat(item.body())
				.isEqualTo("Dock workers returned to work on Monday.\n\nThe union said talks would go on.");
		});
	}

	@Test
	void shouldKeepEveryRemovedLineWithItsKind() {
		ItemGrammar.Page page = ItemGrammar.assemble(
				"Home | World | Security\nA headline\nPublished 3 Mar 2026 · Security\n"
						+ "MINSK, March 5 (BelTA) - Text.\nShare: Facebook | X\nTags: CSTO, Belarus",
				LocalDate.of(2026, 3, 5));
		assertThat(page.removed()).extracting(RemovedLine::text, RemovedLine::kind)
			.containsExactly(tuple("Home | World | Security", LineKind.NAVIGATION),
					tuple("Published 3 Mar 2026 · Security", LineKind.METADATA),
					tuple("MINSK, March 5 (BelTA) -", LineKind.DATELINE),
					tuple("Share: Facebook | X", LineKind.NAVIGATION), tuple("Tags: CSTO, Belarus", LineKind.TAGS));
		assertThat(page.items()).singleElement()
			.satisfies(item -> assertThat(item.tags()).containsExactly("CSTO", "Belarus"));
	}

	@Test
	void shouldMakeEachBulletOfADigestAnItemAndRemoveTheDigestsHeader() {
		ItemGrammar.Page page = ItemGrammar
			.assemble("WEEKLY SECURITY NOTES\nIssue 9 | March 4, 2026\nFive things to know.\n"
					+ "- Kyrgyzstan opened two border posts on Monday, the border service said.\n"
					+ "- Tajik police seized 80 kilograms of opium near Khorog.\nUnsubscribe", null);
		assertThat(page.items()).extracting(SegmentedItem::body)
			.containsExactly("Kyrgyzstan opened two border posts on Monday, the border service said.",
					"Tajik police seized 80 kilograms of opium near Khorog.");
		assertThat(page.removed()).extracting(RemovedLine::text, RemovedLine::kind)
			.contains(tuple("WEEKLY SECURITY NOTES", LineKind.NAVIGATION),
					tuple("Five things to know.", LineKind.NAVIGATION), tuple("-", LineKind.BULLET));
	}

	@Test
	void shouldKeepBulletsInsideAnArticleInThatArticle() {
		List<SegmentedItem> items = segment("Border talks resume\n"
				+ "The talks covered three points and lasted for more than five hours on Monday evening in Osh.\n"
				+ "The parties agreed on a plan.\n- Both sides will open a joint post in the valley.\n"
				+ "- Patrols will meet every month.", null);
		assertThat(items).singleElement()
			.satisfies(item -> assertThat(item.body()).contains("- Both sides will open", "- Patrols will meet"));
	}

	@Test
	void shouldLetATimeStampOverADatelineBelongToNeitherItem() {
		ItemGrammar.Page page = ItemGrammar.assemble("09:10\nОШ, 4 марта. Пограничники открыли новый пост на границе.\n"
				+ "09:40\nХОРОГ, 4 марта. Полиция изъяла партию опия.", LocalDate.of(2026, 3, 5));
		assertThat(page.items()).extracting(SegmentedItem::body)
			.containsExactly("Пограничники открыли новый пост на границе.", "Полиция изъяла партию опия.");
		assertThat(page.removed()).extracting(RemovedLine::text, RemovedLine::kind)
			.contains(tuple("09:10", LineKind.TIMESTAMP), tuple("09:40", LineKind.TIMESTAMP));
	}

	@Test
	void shouldStartAnItemAtEachHeadlineOverADateLineAndADateline() {
		List<SegmentedItem> items = segment("Пост открыт на границе\n04.03.2026 12:10\n"
				+ "ОШ, 4 марта (Кабар) – Пограничники открыли пост.\nПолиция изъяла опий\n04.03.2026 09:40\n"
				+ "ХОРОГ, 4 марта (Ховар) – Полиция изъяла партию опия.", null);
		assertThat(items).extracting(SegmentedItem::title)
			.containsExactly("Пост открыт на границе", "Полиция изъяла опий");
	}

	@Test
	void shouldKeepARelatedLinksListOutOfTheItems() {
		List<SegmentedItem> items = segment("Border talks resume in Osh\nThe talks lasted five hours.\nRead also\n"
				+ "Drone rules tightened in Osh\nNew checkpoint opens on the border\n© 2026 Osh Daily", null);
		assertThat(items).singleElement()
			.satisfies(item -> assertThat(item.body()).isEqualTo("The talks lasted five hours."));
	}

	@Test
	void shouldKeepAHeadlineWithItsBlockOfPublicationDetailsOneItem() {
		List<SegmentedItem> items = segment(
				"Border guards train at Osh\nBy Ann Lee\nPublished: 4 March 2026, 09:30\n"
						+ "Category: Security\nReading time: 3 min\nUpdated 2 hours ago\nThe guards trained on Monday.",
				null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Border guards train at Osh");
			assertThat(item.body()).isEqualTo("The guards trained on Monday.");
		});
	}

	@Test
	void shouldKeepAColumnWithDeckAndAuthorLineOneItemUnderItsHeadline() {
		List<SegmentedItem> items = segment("Колонка\nГраницы держатся на людях\nПочему учения на юге важнее парадов\n"
				+ "Айдар Сейтов директор Института региональной безопасности, полковник запаса\n3 марта 2026\n"
				+ "Текст колонки.", null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Границы держатся на людях");
			assertThat(item.summary()).isEqualTo("Почему учения на юге важнее парадов");
			assertThat(item.author()).isEqualTo("Айдар Сейтов");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 3, 3));
		});
	}

	@Test
	void shouldKeepAnInterviewWhoseDateLineFollowsItsBylineOneItem() {
		List<SegmentedItem> items = segment("Олег Петров: Афганский вопрос снова объединяет регион\n"
				+ "Руководитель центра исследований о том, чем ОДКБ отличается от ШОС и что ждет регион после ухода Кабула в ближайшие годы\n"
				+ "Беседовала Ирина Сорокина\n30.11.2026 18:30:00\n**НГ:** Зачем региону две встречи?\n"
				+ "**Олег Петров:** Потому что у них разные задачи.", null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Олег Петров: Афганский вопрос снова объединяет регион");
			assertThat(item.author()).isEqualTo("Ирина Сорокина");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 11, 30));
		});
	}

	@Test
	void shouldRemoveTheOutletsLabelFromAnInterviewersQuestion() {
		ItemGrammar.Page page = ItemGrammar.assemble("Steppe Herald\nBorder talks: an expert on what comes next\n"
				+ "By Anna Petrova\n**Steppe Herald:** What did the talks achieve?\n"
				+ "**Ruslan Omarov:** A hotline between the border services.", null);
		assertThat(page.items()).singleElement().satisfies(item -> {
			assertThat(item.body()).doesNotContain("Steppe Herald")
				.startsWith("What did the talks achieve?\n\n**Ruslan Omarov:** A hotline");
			assertThat(item.turns()).extracting(SegmentedItem.Turn::kind)
				.containsExactly(LineKind.QUESTION, LineKind.ANSWER);
		});
		assertThat(page.removed()).extracting(RemovedLine::text).contains("**Steppe Herald:**");
	}

	@Test
	void shouldNotTakeAFeedsNameOverItsDateLineForTheFirstItemsTitle() {
		List<SegmentedItem> items = segment(
				"Лента\n4 марта 2026\n" + "Ош, 4 марта. /Кабар/. Пограничники задержали двоих нарушителей.\n"
						+ "Бишкек, 4 марта. /Кабар/. Парламент принял закон о границе.",
				null);
		assertThat(items).hasSize(2).allSatisfy(item -> assertThat(item.title()).isNull());
	}

	@Test
	void shouldTakeTheSentencesAboveAPagesFirstBylineForItsTitleAndStandfirst() {
		List<SegmentedItem> items = segment(
				"The Review\nTopics | Regions | Magazine\n" + "Neighbors Keep Meeting. Kabul Keeps Waiting.\n"
						+ "Two blocs offer competing formats for Kabul. Neither has a strategy.\nBy Aidan Marsh\n"
						+ "December 04, 2026\nIn one week officials met twice.\nThe real decisions are bilateral.",
				LocalDate.of(2026, 12, 4));
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Neighbors Keep Meeting. Kabul Keeps Waiting.");
			assertThat(item.summary())
				.isEqualTo("Two blocs offer competing formats for Kabul. Neither has a strategy.");
			assertThat(item.author()).isEqualTo("Aidan Marsh");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 12, 4));
			assertThat(item.body()).endsWith("In one week officials met twice.\n\nThe real decisions are bilateral.");
		});
	}

	@Test
	void shouldCutADatelineLedListIntoOneItemPerDateline() {
		List<SegmentedItem> items = segment("Лента новостей\n"
				+ "Астана. 2 декабря. КазТАГ – Замминистра провел консультации.\nСтороны обсудили общую базу.\n"
				+ "Алматы. 2 декабря. КазТАГ – Суд вынес приговор вербовщику.\nПо данным следствия, он склонял молодых людей.\n"
				+ "Ранее\nГлавные новости дня — в нашем Telegram-канале\nТеги: ОДКБ, терроризм",
				LocalDate.of(2026, 12, 3));
		assertThat(items).extracting(SegmentedItem::body)
			.containsExactly("Замминистра провел консультации.\n\nСтороны обсудили общую базу.",
					"Суд вынес приговор вербовщику.\n\nПо данным следствия, он склонял молодых людей.");
	}

	@Test
	void shouldKeepThePlaceEachDatelineNamesOnItsItemOutsideTheBody() {
		List<SegmentedItem> items = segment("BISHKEK, June 2 (Kabar) - Border guards met.\nThey agreed on patrols.\n"
				+ "Ош, 3 июня. /Кабар/. Стороны встретились.", LocalDate.of(2026, 6, 3));
		assertThat(items).extracting(SegmentedItem::datelinePlace, SegmentedItem::body)
			.containsExactly(tuple("BISHKEK", "Border guards met.\n\nThey agreed on patrols."),
					tuple("Ош", "Стороны встретились."));
	}

	@Test
	void shouldLeaveADottedAgencyDatelineUnderAHeadlineInTheFirstParagraph() {
		List<SegmentedItem> items = segment(
				"Шойгу заявил о переходе вербовщиков в чаты\n4 декабря 2026 14:37\n"
						+ "Москва. 4 декабря. INTERFAX.RU - Вербовщики перешли в закрытые чаты.\nОни ищут мигрантов.",
				null);
		assertThat(items).singleElement()
			.satisfies(item -> assertThat(item.body()).isEqualTo(
					"Москва. 4 декабря. INTERFAX.RU - Вербовщики перешли в закрытые чаты.\n\nОни ищут мигрантов."));
	}

	@Test
	void shouldTitleEachReleaseOfAPressPageWhoseHeadlinesStandOverTheirDates() {
		List<SegmentedItem> items = segment("Press releases\nSecretary General meets Ambassador of Uzbekistan\n"
				+ "01.12.2026\nOn 1 December the Secretary General met the ambassador.\n"
				+ "Results of the PROXY-2026 operation summed up in Minsk\n02.12.2026\n"
				+ "The final meeting was held in Minsk.", null);
		assertThat(items).extracting(SegmentedItem::title)
			.containsExactly("Secretary General meets Ambassador of Uzbekistan",
					"Results of the PROXY-2026 operation summed up in Minsk");
		assertThat(items).extracting(SegmentedItem::body)
			.containsExactly("On 1 December the Secretary General met the ambassador.",
					"The final meeting was held in Minsk.");
		assertThat(items.get(1).printedDate().date()).isEqualTo(LocalDate.of(2026, 12, 2));
	}

	@Test
	void shouldTakeTheSentenceAboveATranscriptsPlaceAndDateForItsTitle() {
		List<SegmentedItem> items = segment("Главная / Пресса / Стенограммы\n"
				+ "Выступление и ответы на вопросы СМИ министра в ходе совместной пресс-конференции с генеральным секретарем Организации Договора о коллективной безопасности\n"
				+ "Москва, 5 декабря 2026 года\nС.В.Петров: Добрый день. Мы провели переговоры.\n"
				+ "Вопрос: Будет ли сессия?\nИ.Н.Сидоров: Да, будет.", null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).startsWith("Выступление и ответы на вопросы СМИ министра");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 12, 5));
			assertThat(item.body()).startsWith("С.В.Петров: Добрый день.");
		});
	}

	@Test
	void shouldSplitAFeedWhoseHeadlinesStandOverSlashedDateLines() {
		String page = "Regional News Service\nHome | Region | World\nLatest\nFarmers open a grain market in Talas\n"
				+ "03/11/2026 18:10\nTALAS (RNS) - Farmers opened a grain market on Tuesday.\nPrices fell by a tenth.\n"
				+ "Rail link to Naryn reopens after repairs\n03/11/2026 16:45\nNARYN (RNS) - Trains run again from Friday.";
		List<SegmentedItem> items = segment(page, LocalDate.of(2026, 11, 3));
		assertThat(items).extracting(SegmentedItem::title)
			.containsExactly("Farmers open a grain market in Talas", "Rail link to Naryn reopens after repairs");
		assertThat(items)
			.allSatisfy(item -> assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 11, 3)));
	}

	@Test
	void shouldRemoveTheSitesFooterThatNamesTheSiteHeadingThePage() {
		String page = "Steppe Herald\nHome | Politics | World\nMiners return to work in Karaganda\n"
				+ "The strike ended on Monday, a union leader told the Steppe Herald.\nRead also\n"
				+ "Coal exports grow for the third month\nSteppe Herald is a reader-funded newspaper. Support us.\n"
				+ "Share | Email";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement()
			.satisfies(item -> assertThat(item.body())
				.isEqualTo("The strike ended on Monday, a union leader told the Steppe Herald."));
	}

	@Test
	void shouldKeepAStoryUnderASiteLogoAndABylineSharedWithAnAgencyOneItem() {
		String page = "newsline.\nEurope | World | Video\nWorld News\nPort workers strike over pay in Gdansk\n"
				+ "By Lena Orlova with Reuters\nPublished on 17/02/2026 - 07:30 GMT+2\n"
				+ "Dock workers walked out on Tuesday.\nTalks resume next week.";
		List<SegmentedItem> items = segment(page, LocalDate.of(2026, 2, 17));
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Port workers strike over pay in Gdansk");
			assertThat(item.author()).isEqualTo("Lena Orlova");
			assertThat(item.body()).isEqualTo("Dock workers walked out on Tuesday.\n\nTalks resume next week.");
		});
	}

	@Test
	void shouldKeepAColumnWhoseAuthorsNameAndPositionStandOnTwoLinesOverTheDateOneItem() {
		String page = "Городской вестник\nНовости | Мнения | Колумнисты\nКолумнисты\nСоюз без общего радара\n"
				+ "Что показали учения и почему дроны меняют армии союзников\nОльга Петрова\nОбозреватель «Вестника»\n"
				+ "30.11.2026, 08:00\nУчения закончились на прошлой неделе.\nВывод простой.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Союз без общего радара");
			assertThat(item.author()).isEqualTo("Ольга Петрова");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 11, 30));
			assertThat(item.body()).doesNotContain("Обозреватель").endsWith("Вывод простой.");
		});
	}

	@Test
	void shouldDateAnOpEdByTheDateLineUnderItsStandfirstAndByline() {
		String underByline = "Why the alliance needs a drone doctrine\nIts drills still rehearse the wars of the 2000s.\n"
				+ "By Pavel Markov\nNovember 28, 2026\nEvery autumn the bloc stages its drills.\nThe drones will not wait.";
		assertThat(segment(underByline, null)).singleElement()
			.satisfies(item -> assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 11, 28)));
		String nameAndDate = "Analysis | Synthetic drugs change the rules\nLaboratories are now the main target.\n"
				+ "Pavel Markov Nov 28, 2026\nFor two decades the operation looked south.\nThat has changed.";
		assertThat(segment(nameAndDate, null)).singleElement()
			.satisfies(item -> assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 11, 28)));
	}

	@Test
	void shouldMakeAForwardedChannelPostOneHeadlessItemWithoutItsForwardLabel() {
		String page = "Пограничный дозор | Telegram\n@dozor · 12 тыс. подписчиков\nПереслано из: Пресс-служба МЧС\n"
				+ "Спасатели провели учения на перевале.\nВ них участвовали двести человек.\n#МЧС\nПоделиться";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isNull();
			assertThat(item.body())
				.isEqualTo("Спасатели провели учения на перевале.\n\nВ них участвовали двести человек.");
		});
	}

	@Test
	void shouldReadANameFollowedByAPrepositionUnderAnInterviewsHeadlineAsItsDeckNotItsAuthor() {
		String page = "Интервью\nПарламентарий рассказал, где решат судьбу членства в союзе\n"
				+ "Иван Петров о будущем отношений с организацией\n1 декабря 2026\nВопрос: Вы останетесь в союзе?\n"
				+ "Ответ: Да, останемся.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.author()).isNull();
			assertThat(item.summary()).isEqualTo("Иван Петров о будущем отношений с организацией");
		});
	}

	@Test
	void shouldKeepEachDatedPostOfAChannelOneItemAfterTheFirst() {
		String page = "Пограничный дозор | Telegram\n@dozor · 12 тыс. подписчиков\n23 ноября 2026\n"
				+ "Спасатели провели учения на перевале.\nВ них участвовали двести человек.\n👁 5,1K · 18:20\n"
				+ "24 ноября 2026\nДепутаты одобрили соглашение о границе.\nДепутат Иван Орлов назвал его важным.\n"
				+ "👁 3,2K · 11:05";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).extracting(SegmentedItem::body)
			.containsExactly("Спасатели провели учения на перевале.\n\nВ них участвовали двести человек.",
					"Депутаты одобрили соглашение о границе.\n\nДепутат Иван Орлов назвал его важным.");
		assertThat(items.get(1).printedDate().date()).isEqualTo(LocalDate.of(2026, 11, 24));
	}

	@Test
	void shouldRemoveANewslettersHeaderSetApartFromItsBulletsByALabel() {
		String page = "The Steppe Weekly\nIssue #12 · Friday, 20 November 2026\nHello. Two things worth knowing this week.\n"
				+ "In brief\n• **Grain deal signed** — The ministers signed the grain deal in Astana on Tuesday.\n"
				+ "• **Rail link reopens** — Trains run again between Osh and Jalal-Abad from Friday.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).extracting(SegmentedItem::body)
			.containsExactly("**Grain deal signed** — The ministers signed the grain deal in Astana on Tuesday.",
					"**Rail link reopens** — Trains run again between Osh and Jalal-Abad from Friday.");
	}

	@Test
	void shouldReadAnInterviewWhoseQuestionsCarryTheSitesNameAsOneStory() {
		String page = "Akipress.kg\nNews | Interviews\nThe border is calm, says a Kyrgyz colonel\n04.12.2026 10:15\n"
				+ "Akipress.kg spoke to Colonel Adil Osmonov, head of the Osh border detachment.\n"
				+ "Akipress.kg: Is the border calm?\nOsmonov: Calmer than a year ago.\n"
				+ "Akipress.kg: What do the posts need?\nOsmonov: Fuel and radios, above all.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("The border is calm, says a Kyrgyz colonel");
			assertThat(item.body()).contains("\n\nIs the border calm?\n\nOsmonov: Calmer than a year ago.")
				.doesNotContain("Akipress.kg:");
		});
	}

	@Test
	void shouldRemoveATopicsLineAndTheSitesFootersUnderATaglinedName() {
		String page = "The Steppe Herald\nNews You Can Trust\nNews | Business | Opinion\n"
				+ "Border guards detain smugglers near Osh\nDec. 2, 2026\nBorder guards detained three smugglers.\n"
				+ "The case was sent to court.\nRead more about: Borders, Smuggling\n"
				+ "The Steppe Herald's reporters have covered the region since 1998.\nSupport The Steppe Herald";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.body()).isEqualTo("Border guards detained three smugglers.\n\nThe case was sent to court.");
			assertThat(item.tags()).containsExactly("Borders", "Smuggling");
		});
	}

	@Test
	void shouldReadARepostedSocialPostAsOneStoryByItsAuthorDatedUnderItsText() {
		String page = "Home | Explore | Notifications\nBorder Watch KG reposted\nDaniyar Alimov @daniyar_news\n"
				+ "Two border posts near Osh were closed overnight after a shooting on the other side.\n"
				+ "1/2 Guards say nobody was hurt.\n2/2 More later today.\n9:15 AM · Dec 4, 2026 · 3K Views\n"
				+ "Daniyar Alimov @daniyar_news Follow\nCovering the Fergana valley. Views my own.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isNull();
			assertThat(item.author()).isEqualTo("Daniyar Alimov");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 12, 4));
			assertThat(item.body()).startsWith("Two border posts").endsWith("2/2 More later today.");
		});
	}

	@Test
	void shouldReadAPostSharedByAnotherAccountAsOneStoryByItsAuthorDatedByItsTime() {
		String page = "Border Watch KG shared a post.\nAsel Nurieva\n3 March at 18:40 · Naryn\n"
				+ "Spent the morning at the Torugart crossing, where trucks now wait two days.\n"
				+ "The guards say the new scanner should arrive in spring.";
		List<SegmentedItem> items = segment(page, LocalDate.of(2026, 3, 4));
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isNull();
			assertThat(item.author()).isEqualTo("Asel Nurieva");
			assertThat(item.printedDate().date()).isEqualTo(LocalDate.of(2026, 3, 3));
			assertThat(item.body()).startsWith("Spent the morning").endsWith("arrive in spring.");
		});
	}

	@Test
	void shouldKeepALiveBlogsHeadlineOverAnUpdateLineWithAnAfternoonTime() {
		String page = "Live\nBorder talks resume in Osh\nLive updates by Anna Kim\n"
				+ "Last updated: March 3, 2026 05:20pm\n09:40\nThe delegations are arriving.\n"
				+ "10:15\nThe talks have begun.\n17:20\nThat's all from us today. Thanks for following.\n"
				+ "Read more: our coverage of the border\nComments are closed on this live blog.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Border talks resume in Osh");
			assertThat(item.printedDate()).isEqualTo(new PrintedDate(LocalDate.of(2026, 3, 3), LocalTime.of(17, 20)));
			assertThat(item.body()).contains("The talks have begun.").doesNotContain("Thanks", "coverage", "closed");
		});
	}

	@Test
	void shouldNotTakeAOneWordRubricUnderTheMenuForTheHeadlineOfAHeadlessStory() {
		String page = "Канал 5\nНовости | Видео | Эфир\nПроисшествия\n03.12.2026, 20:15\n"
				+ "Полицейские Шымкента задержали двоих курьеров с синтетическими наркотиками.\nДело передано в суд.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isNull();
			assertThat(item.body()).startsWith("Полицейские Шымкента");
		});
	}

	@Test
	void shouldKeepALiveBlogsHeadlineOverEntriesStampedWithTheirTimeZoneName() {
		String page = "Live | World | Europe\nBorder talks in Osh: as it happened\nLive coverage by Anna Kim\n"
				+ "Last updated: 06/12/2026 - 17:05\n09:40 (Paris time)\nThe delegations are arriving.\n"
				+ "10:15 (Paris time)\nThe talks have begun.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Border talks in Osh: as it happened");
			assertThat(item.body()).contains("The delegations are arriving.").contains("The talks have begun.");
		});
	}

	@Test
	void shouldRemoveAReportersNoteOnTheAuthorAtTheEndOfAColumn() {
		String page = "Comment\nThe alliance needs a plan\nBy Anna Kim in Almaty\nDecember 4, 2026\n"
				+ "The alliance has no plan for the south.\nAnna Kim is a correspondent for the Steppe Herald covering Kazakhstan.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.author()).isEqualTo("Anna Kim");
			assertThat(item.body()).isEqualTo("The alliance has no plan for the south.");
		});
	}

	@Test
	void shouldRemoveASiteNameAndATaglineThatLooksLikeANameOverTheMenu() {
		List<SegmentedItem> items = segment("SteppeWire\nНовости Казахстана\nГлавная | Лента | Политика\n"
				+ "Лента новостей\n5 декабря 2026\nАлматы, 4 декабря. /SteppeWire/. Пограничники задержали "
				+ "грузовик с гашишем на посту «Хоргос», водитель задержан.\nПодписывайтесь на SteppeWire в Telegram",
				LocalDate.of(2026, 12, 5));
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isNull();
			assertThat(item.author()).isNull();
			assertThat(item.body()).startsWith("Пограничники задержали");
		});
	}

	@Test
	void shouldReadADateWithACommaBeforeTheYearAsTheDateOfEachFeedItem() {
		String page = "Customs officers seize opium at Osh crossing\n04 March, 2026 09:12\n"
				+ "Officers found the drugs in a truck.\nKyrgyz police open new border post\n04 March, 2026 11:30\n"
				+ "The post opened on Tuesday.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).extracting(SegmentedItem::title)
			.containsExactly("Customs officers seize opium at Osh crossing", "Kyrgyz police open new border post");
		assertThat(items.get(1).printedDate().date()).isEqualTo(LocalDate.of(2026, 3, 4));
	}

	@Test
	void shouldReadAHeadlineAfterItsRubricAndBarAndTheNameUnderItsStandfirstAsTheAuthor() {
		String page = "Opinion | Why the border guards of the south keep asking for drones and night sights this winter\n"
				+ "A retired officer who served on the southern border for twenty years explains what the new posts lack\nMarta Olsen\nPublished: 9:15am, 2 Mar 2026\n"
				+ "The posts are new. The equipment is not.\nThe guards say they need more.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).startsWith("Opinion | Why the border guards");
			assertThat(item.author()).isEqualTo("Marta Olsen");
			assertThat(item.body()).contains("The guards say they need more.");
		});
	}

	@Test
	void shouldKeepAStoryOneItemWhenShareLinesAndASentenceShapedSiteNameFrameIt() {
		String page = "THE STEPPE TIMES.\nHome | World | Business | Opinion\nBorder Police Close Scam Call Centers in the South\n"
				+ "Investigators say the gangs move every few months\nBy Omar Reyes\nMarch 2, 2026 7:00 am ET\nShare\n"
				+ "Resize\nPolice closed five call centers in Osh.\nThe gangs rent flats for a few months.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Border Police Close Scam Call Centers in the South");
			assertThat(item.body()).contains("Police closed five call centers in Osh.")
				.contains("The gangs rent flats for a few months.")
				.doesNotContain("Resize");
		});
	}

	@Test
	void shouldRemoveADigestsIntroLineSoItsHeaderMakesNoItem() {
		String page = "Morning digest: 3 March\n03.03.2026, 08:00\nHere are the main events of the morning.\n"
				+ "Border post reopens in Naryn\nThe post reopened after repairs.\nDrone drills end near Osh\n"
				+ "The drills ended on Monday.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).extracting(SegmentedItem::title)
			.containsExactly("Border post reopens in Naryn", "Drone drills end near Osh");
	}

	@Test
	void shouldTakeTheAccountUnderARepostFrameForAHeaderLineNotAHeadline() {
		String page = "Главная | Лента | Друзья\nНовости Оша поделились публикацией\nПолиция Ошской области\n"
				+ "3 марта 2026 в 10:15\nПолицейские задержали двух курьеров с героином.\nВозбуждено уголовное дело.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).isNull();
			assertThat(item.body()).startsWith("Полицейские задержали");
		});
	}

	@Test
	void shouldTakeANewsRubricUnderTheMenuForTheRubricNotAHeadline() {
		String page = "Home | India | World | Videos\nWorld News\nPress Agency | Updated: March 02, 2026 9:48 pm IST\n"
				+ "Osh: Police closed the crossing on Monday.\nThe crossing reopens next week.";
		List<SegmentedItem> items = segment(page, null);
		assertThat(items).singleElement().satisfies(item -> assertThat(item.title()).isNotEqualTo("World News"));
	}

	private static List<SegmentedItem> segment(String text, @Nullable LocalDate publishedAt) {
		return ItemGrammar.assemble(text, publishedAt).items();
	}

}
