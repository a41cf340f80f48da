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
	void shouldReadDatelinesWrittenInMixedCaseOrWithAnUndottedMonth() {
		assertThat(datelineEnd("Душанбе, 14 мая. Учение пройдет в октябре.")).isEqualTo("Душанбе, 14 мая. ".length());
		assertThat(datelineEnd("MOSCOW, Feb 19 (Reuters) - Russia said."))
			.isEqualTo("MOSCOW, Feb 19 (Reuters) - ".length());
		assertThat(datelineEnd("ASTANA — Russia and Kazakhstan signed.")).isEqualTo("ASTANA — ".length());
		assertThat(CLASSIFIER.datelineDate(LayoutClassifier.datelineOf("DUSHANBE, Aug 11 (Asia-Plus) - Text.")))
			.isEqualTo(new PrintedDate(LocalDate.of(2025, 8, 11), null));
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

	private static List<LineKind> kinds(String page) {
		return CLASSIFIER.classify(LayoutClassifier.lines(page)).stream().map(ClassifiedLine::kind).toList();
	}

	private static int datelineEnd(String line) {
		ClassifiedLine classified = CLASSIFIER.classifyAlone(line);
		assertThat(classified.kind()).isEqualTo(LineKind.DATELINE);
		return classified.dateline().end();
	}

}
