package app.briefings.ingestion.extraction;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationLinesTests {

	@Test
	void shouldTakeMenusFootersBannersAndCallsForNavigation() {
		assertThat(NavigationLines.isNavigation("Home | News | Analytics | Opinion")).isTrue();
		assertThat(NavigationLines.isNavigation("Politics  Security  Defence  Society")).isTrue();
		assertThat(NavigationLines.isNavigation("© 2024 Eurasian Security Review. All rights reserved.")).isTrue();
		assertThat(NavigationLines.isNavigation("При использовании материалов ссылка на сайт обязательна.")).isTrue();
		assertThat(NavigationLines.isNavigation(
				"We use cookies to improve your experience on our website. By continuing to browse, you agree."))
			.isTrue();
		assertThat(NavigationLines.isNavigation("Мы используем файлы cookie, чтобы сайт работал лучше.")).isTrue();
		assertThat(NavigationLines.isNavigation("Подписывайтесь на наш канал в Telegram")).isTrue();
		assertThat(NavigationLines.isNavigation("Read also: The CSTO at thirty")).isTrue();
		assertThat(NavigationLines.isNavigation("Комментарии (0)")).isTrue();
		assertThat(NavigationLines.isNavigation("Подробнее")).isTrue();
		assertThat(NavigationLines.isNavigation("News in brief")).isTrue();
	}

	@Test
	void shouldTakeDisclaimersSignOffsAndAdminNotesForNavigation() {
		assertThat(NavigationLines.isNavigation("This column reflects only the views of its author.")).isTrue();
		assertThat(NavigationLines.isNavigation("Материал отражает личное мнение автора.")).isTrue();
		assertThat(NavigationLines.isNavigation("Stay tuned for more from the summit.")).isTrue();
		assertThat(NavigationLines.isNavigation("Следите за обновлениями.")).isTrue();
		assertThat(NavigationLines.isNavigation("От администратора канала: присылайте свои новости в бот.")).isTrue();
		assertThat(NavigationLines.isNavigation("The article reflects a growing concern in Astana over drones."))
			.isFalse();
		assertThat(NavigationLines.isNavigation("Stay calm, the general told the border guards.")).isFalse();
	}

	@Test
	void shouldTakeSocialProfileLinesAndCreditRequestsForNavigation() {
		assertThat(NavigationLines.isNavigation("Border Watch KG reposted")).isTrue();
		assertThat(NavigationLines.isNavigation("Daniyar Alimov @daniyar_news Follow")).isTrue();
		assertThat(NavigationLines.isNavigation("Covering the Fergana valley. Views my own.")).isTrue();
		assertThat(NavigationLines.isNavigation("Photos: mine. Please credit if you share.")).isTrue();
		assertThat(NavigationLines.isNavigation("Opinions expressed are those of the author.")).isTrue();
		assertThat(NavigationLines.isNavigation("The minister said the views of Bishkek were his own.")).isFalse();
		assertThat(NavigationLines.isNavigation("The statement was reposted by the embassy.")).isFalse();
	}

	@Test
	void shouldTakeALiveBlogsSignOffAndClosedCommentsForNavigation() {
		assertThat(NavigationLines.isNavigation("That’s all for tonight. Thanks for following along.")).isTrue();
		assertThat(NavigationLines.isNavigation("Thanks for reading our coverage of the summit.")).isTrue();
		assertThat(NavigationLines.isNavigation("Comments are now closed for this article.")).isTrue();
		assertThat(NavigationLines.isNavigation("Read more: our coverage of the border talks")).isTrue();
		assertThat(NavigationLines.isNavigation("That is all the ministry would say about the talks.")).isFalse();
		assertThat(NavigationLines.isNavigation("Read more widely, the report shows a shift in tactics.")).isFalse();
	}

	@Test
	void shouldTakeACopyrightNoticeWithoutTheUsualWordsForNavigation() {
		assertThat(NavigationLines.isNavigation("Материалы сайта защищены авторским правом.")).isTrue();
		assertThat(NavigationLines.isNavigation("При цитировании ссылка на «Вестник» обязательна.")).isTrue();
		assertThat(NavigationLines.isNavigation("Суд признал, что ссылка на закон при цитировании была неверной."))
			.isFalse();
	}

	@Test
	void shouldTakeCopyrightNoticesInOtherWordingsForNavigation() {
		assertThat(NavigationLines.isNavigation("Content on this site is protected by copyright.")).isTrue();
		assertThat(
				NavigationLines.isNavigation("Reproduction of materials is permitted only with a link to the source."))
			.isTrue();
		assertThat(NavigationLines.isNavigation("Quoting requires a hyperlink to Steppe Wire.")).isTrue();
		assertThat(NavigationLines.isNavigation("Материалы сайта охраняются законом об авторском праве.")).isTrue();
		assertThat(NavigationLines.isNavigation("The court ruled that the reproduction of the maps was unlawful."))
			.isFalse();
	}

	@Test
	void shouldTakeAPostSharedByAnotherAccountForNavigation() {
		assertThat(NavigationLines.isNavigation("Border Watch KG shared a post.")).isTrue();
		assertThat(NavigationLines.isNavigation("Daniyar Alimov shared a link")).isTrue();
		assertThat(NavigationLines.isNavigation("Асель Нуриева поделилась публикацией.")).isTrue();
		assertThat(NavigationLines.isNavigation("The embassy shared a post about the drill with reporters.")).isFalse();
	}

	@Test
	void shouldTakeAnEditedForLengthNoticeButNotALeadEndingWithIt() {
		assertThat(NavigationLines.isNavigation("This interview has been edited for length and clarity.")).isTrue();
		assertThat(NavigationLines.isNavigation("The Herald spoke with Adil Osmonov, head of the Osh detachment, "
				+ "about the border. The interview has been edited for length."))
			.isFalse();
	}

	@Test
	void shouldTakeTheClosingLineOfALivePageForNavigation() {
		assertThat(NavigationLines.isNavigation("This was the end of today's live coverage. Thanks to our readers."))
			.isTrue();
		assertThat(NavigationLines.isNavigation("Thank you for following the summit with us.")).isTrue();
		assertThat(NavigationLines.isNavigation("На этом наша трансляция подошла к концу.")).isTrue();
		assertThat(NavigationLines.isNavigation("Трансляция окончена, спасибо.")).isTrue();
		assertThat(NavigationLines.isNavigation("This coverage of the border has been criticised by Bishkek."))
			.isFalse();
		assertThat(NavigationLines.isNavigation("Трансляция заседания прервалась из-за сбоя связи.")).isFalse();
	}

	@Test
	void shouldTakeAnAgencysSubscriptionNoticeForNavigation() {
		assertThat(NavigationLines
			.isNavigation("This site shows only part of the news stories available to subscribers of our wire service. "
					+ "Contact us for subscription details."))
			.isTrue();
		assertThat(NavigationLines.isNavigation("Полные версии материалов доступны только подписчикам ленты."))
			.isTrue();
		assertThat(NavigationLines.isNavigation(
				"Operators must block the calls offered to subscribers from spoofed numbers, the deputy said."))
			.isFalse();
	}

	@Test
	void shouldTakeMembershipCallsAndSubscriberCountersForNavigation() {
		assertThat(NavigationLines.isNavigation("Support independent reporting from the Pamirs. Become a member."))
			.isTrue();
		assertThat(NavigationLines.isNavigation("Become a supporter today")).isTrue();
		assertThat(NavigationLines.isNavigation("Поддержите независимую редакцию — станьте подписчиком")).isTrue();
		assertThat(NavigationLines.isNavigation("12 405 подписчиков")).isTrue();
		assertThat(NavigationLines.isNavigation("3,1K subscribers")).isTrue();
		assertThat(NavigationLines.isNavigation("Liked this piece? Click here to subscribe and read every column."))
			.isTrue();
		assertThat(NavigationLines.isNavigation("Found it useful? Subscribe for full access to our archive.")).isTrue();
		assertThat(NavigationLines.isNavigation("Support for the alliance has fallen in Armenia, the poll shows."))
			.isFalse();
		assertThat(NavigationLines.isNavigation("12 405 подписчиков канала получили предупреждение.")).isFalse();
	}

	@Test
	void shouldTakeDisclaimersFeedLabelsAndCallsToTheFullVersionForNavigation() {
		assertThat(NavigationLines.isNavigation(
				"Views expressed in guest columns do not necessarily reflect the position of the Daily Steppe."))
			.isTrue();
		assertThat(NavigationLines.isNavigation("Мнение редакции может не совпадать с точкой зрения автора.")).isTrue();
		assertThat(NavigationLines.isNavigation("Позиция редакции может не совпадать с мнением автора.")).isTrue();
		assertThat(NavigationLines.isNavigation("News feed")).isTrue();
		assertThat(NavigationLines.isNavigation("Listen to the full interview in our podcast on Friday.")).isTrue();
		assertThat(NavigationLines.isNavigation("Полный текст беседы читайте в пятничном номере.")).isTrue();
		assertThat(NavigationLines
			.isNavigation("The remaining answers will be published in the full version of the interview.")).isTrue();
		assertThat(NavigationLines.isNavigation("Остальные ответы будут опубликованы в полной версии стенограммы."))
			.isTrue();
		assertThat(NavigationLines.isNavigation("The report does not necessarily reflect a change of course, he said."))
			.isFalse();
	}

	@Test
	void shouldTakeAMenuWithAnAbbreviatedEntryForNavigation() {
		assertThat(NavigationLines.isNavigation("World | U.S. | Election | Politics | Sports")).isTrue();
		assertThat(NavigationLines.isMenu("He left. | She stayed.")).isFalse();
	}

	@Test
	void shouldTakeAnEditorsNoteOnCutsForBoilerplate() {
		assertThat(NavigationLines.isNavigation("The conversation has been condensed for length.")).isTrue();
		assertThat(NavigationLines.isNavigation("Интервью публикуется в сокращении.")).isTrue();
		assertThat(NavigationLines.isNavigation("The treaty has been edited twice since May.")).isFalse();
	}

	@Test
	void shouldTakeTheHeadingOfADaysFeedForNavigation() {
		assertThat(NavigationLines.isNavigation("Все новости за 3 февраля")).isTrue();
		assertThat(NavigationLines.isNavigation("Top stories this week")).isTrue();
	}

	@Test
	void shouldKeepProseAndHeadlines() {
		assertThat(NavigationLines.isNavigation("CSTO summit in Minsk ends without Armenia")).isFalse();
		assertThat(NavigationLines.isNavigation("The heads of the border services met in Dushanbe.")).isFalse();
		assertThat(NavigationLines.isNavigation("«Мы готовы работать», — сказал Зась.")).isFalse();
		assertThat(NavigationLines.isNavigation("Related talks were held in Minsk on Monday.")).isFalse();
	}

	@Test
	void shouldTellAdvertisingSlotsAndReplyHeadersThatAStoryGoesOnAfter() {
		assertThat(NavigationLines.isInsertion("Advertisement")).isTrue();
		assertThat(NavigationLines.isInsertion("Реклама")).isTrue();
		assertThat(NavigationLines.isInsertion("river_watcher · 4 Mar 2026, 09:20")).isTrue();
		assertThat(NavigationLines.isNavigation("river_watcher · 4 Mar 2026, 09:20")).isTrue();
		assertThat(NavigationLines.isInsertion("Advertisement revenue fell by a third in March.")).isFalse();
		assertThat(NavigationLines.isInsertion("Home · News · World")).isFalse();
	}

	@Test
	void shouldTellARowOfFiguresFromAMenu() {
		assertThat(NavigationLines.isTableRow("North | 1,200 | 340")).isTrue();
		assertThat(NavigationLines.isTableRow("Home | News | Opinion")).isFalse();
	}

	@Test
	void shouldTakeCorrectionUpdateRepublicationAndReleaseNoticesForNavigation() {
		assertThat(List.of("###", "Media contact:", "Контакты для СМИ:", "UPDATE 3", "— 12 —", "Comments are closed.",
				"Correction: An earlier version of this story gave the wrong date of the vote.",
				"Originally published by Steppe Daily on 2 May 2027. Republished with permission.",
				"(Adds mayor's comment, paragraph 6)", "Обновлено 3 мая 2027, 10:15. Добавлены слова мэра (абзац 4)",
				"About the Union: The Union brings together seven river ports.", "Закреплено: правила группы",
				"Стенограмма опубликована с сокращениями."))
			.allMatch(NavigationLines::isNavigation);
		assertThat(List.of("About the author: Anna Berg is a columnist.", "Correction of the border line took a year.",
				"The ### sign marked the end of the release.", "Updated figures came out on Monday."))
			.noneMatch(NavigationLines::isNavigation);
	}

	@Test
	void shouldTakeEditorsNotesOnEditingForNavigation() {
		assertThat(NavigationLines.isNavigation("This interview was edited for clarity.")).isTrue();
		assertThat(NavigationLines.isNavigation("The transcript was lightly edited for length and clarity.")).isTrue();
		assertThat(NavigationLines.isNavigation("Answers were condensed for brevity.")).isTrue();
		assertThat(NavigationLines
			.isNavigation("Anna Kim spoke with the general in Osh. The interview was edited for clarity.")).isFalse();
	}

	@Test
	void shouldTakeFootnotesOnBannedOrganizationsForNavigation() {
		assertThat(NavigationLines.isNavigation("* Движение запрещено в России.")).isTrue();
		assertThat(NavigationLines
			.isNavigation("** «Хизб ут-Тахрир» — организация признана террористической и запрещена в РФ.")).isTrue();
		assertThat(NavigationLines.isNavigation("*The group is designated a terrorist organization in Russia."))
			.isTrue();
		assertThat(NavigationLines.isNavigation("* Пограничники задержали трех человек у поста.")).isFalse();
		assertThat(NavigationLines.isNavigation("Организация запрещена в России, напомнил судья.")).isFalse();
	}

	@Test
	void shouldTakeForwardedFromFramesForNavigation() {
		assertThat(NavigationLines.isNavigation("Канал «Ош Сегодня» переслал сообщение")).isTrue();
		assertThat(NavigationLines.isNavigation("Naryn Daily forwarded a message")).isTrue();
		assertThat(NavigationLines.isNavigation("Бишкекская полиция переслала запись")).isTrue();
		assertThat(NavigationLines.isNavigation("Пограничник переслал сообщение начальнику заставы в тот же день."))
			.isFalse();
	}

	@Test
	void shouldTakeASyndicationDisclaimerForNavigation() {
		assertThat(NavigationLines.isNavigation(
				"(This report has not been edited by Steppe News staff and is auto-generated from a syndicated feed.)"))
			.isTrue();
		assertThat(
				NavigationLines.isNavigation("Only the headline was changed; the story comes from a syndicated feed."))
			.isTrue();
		assertThat(NavigationLines.isNavigation("The ministry's staff said the draft was not final.")).isFalse();
	}

	@Test
	void shouldTakeAMediaContactsLineForNavigation() {
		assertThat(NavigationLines.isNavigation("For more information, please contact:")).isTrue();
		assertThat(NavigationLines.isNavigation("For media inquiries:")).isTrue();
		assertThat(NavigationLines.isNavigation("Для справок:")).isTrue();
		assertThat(NavigationLines
			.isNavigation("For more information on the course, the office said, contact the embassy.")).isFalse();
	}

	@Test
	void shouldTakeAHotlineAppealForNavigation() {
		assertThat(NavigationLines.isNavigation(
				"Если вам что-либо известно о торговле людьми, сообщите по телефону 102. Анонимность гарантируется."))
			.isTrue();
		assertThat(NavigationLines
			.isNavigation("If you have any information about the smuggling ring, call the hotline on 1-800-555-0199."))
			.isTrue();
		assertThat(NavigationLines.isNavigation("Если вам известны детали, это не значит, что граница закрыта."))
			.isFalse();
	}

	@Test
	void shouldTakeADigestsIntroLineForNavigation() {
		assertThat(NavigationLines.isNavigation("Собрали главные новости недели.")).isTrue();
		assertThat(NavigationLines.isNavigation("Рассказываем о главных событиях дня.")).isTrue();
		assertThat(NavigationLines.isNavigation("Here's our evening roundup of the day's news.")).isTrue();
		assertThat(NavigationLines.isNavigation("Here are the top stories this morning.")).isTrue();
		assertThat(NavigationLines.isNavigation("Here are the main roads the smugglers use, the colonel said."))
			.isFalse();
	}

	@Test
	void shouldTakePageChromeLabelsForNavigation() {
		assertThat(NavigationLines.isNavigation("Resize")).isTrue();
		assertThat(NavigationLines.isNavigation("Listen to article")).isTrue();
		assertThat(NavigationLines.isNavigation("Размер шрифта")).isTrue();
	}

	@Test
	void shouldTellHorizontalSpacesAsTheirPatternClassDoes() {
		Pattern horizontal = Pattern.compile("\\h");
		for (char c = Character.MIN_VALUE; c < Character.MAX_VALUE; c++) {
			assertThat(NavigationLines.isHorizontalSpace(c)).as("U+%04X", (int) c)
				.isEqualTo(horizontal.matcher(String.valueOf(c)).matches());
		}
	}

	@Test
	void shouldFindMenusAndDecoratedLabelsWhateverTheirSeparators() {
		assertThat(NavigationLines.isMenu("Home | News | Opinion")).isTrue();
		assertThat(NavigationLines.isMenu("Politics • Security • Defence")).isTrue();
		assertThat(NavigationLines.isMenu("Politics\u00A0\u00A0Security\u3000\u3000Defence")).isTrue();
		assertThat(NavigationLines.isMenu("Politics Security Defence")).isFalse();
		assertThat(NavigationLines.isNavigation("\u2003« Back")).isTrue();
		assertThat(NavigationLines.isNavigation("Subscribe =>")).isTrue();
		assertThat(NavigationLines.isNavigation("Advertisement:")).isTrue();
		assertThat(NavigationLines.isNavigation("This site uses COOKIES.")).isTrue();
	}

}
