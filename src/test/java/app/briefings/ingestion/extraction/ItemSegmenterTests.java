package app.briefings.ingestion.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cutting pages into items and keeping navigation and metadata out of their bodies. */
class ItemSegmenterTests {

	private static final ItemSegmenter SEGMENTER = new ItemSegmenter();

	@Test
	void shouldMakeEachLooseParagraphAnItem() {
		List<SegmentedItem> items = SEGMENTER.segment("First news item.\n\nSecond news item.\nThird news item.", null);
		assertThat(items).extracting(SegmentedItem::body)
			.containsExactly("First news item.", "Second news item.", "Third news item.");
	}

	@Test
	void shouldKeepTheParagraphsOfAHeadlinedItemTogether() {
		List<SegmentedItem> items = SEGMENTER
			.segment("A headline here\nFirst paragraph.\n\nSecond paragraph.\nNext headline\nMore text.", null);
		assertThat(items).extracting(SegmentedItem::title).containsExactly("A headline here", "Next headline");
		assertThat(items.get(0).body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
	}

	@Test
	void shouldDropNavigationAndSharingLines() {
		String page = "Главная\nПоделиться\nЗаголовок новости\nТекст новости.\nВернуться в раздел\nВсе новости\n← Назад\nShare on Facebook Twitter\nGo back";
		List<SegmentedItem> items = SEGMENTER.segment(page, null);
		assertThat(items).singleElement().satisfies(item -> assertThat(item.body()).isEqualTo("Текст новости."));
	}

	@Test
	void shouldKeepProseThatMerelyStartsLikeALink() {
		List<SegmentedItem> items = SEGMENTER
			.segment("Share of seized heroin grew\nThe photo by the agency showed the cache.", null);
		assertThat(items).singleElement()
			.satisfies(item -> assertThat(item.body()).isEqualTo("The photo by the agency showed the cache."));
	}

	@Test
	void shouldReadEnglishAndRussianDatelines() {
		List<SegmentedItem> items = SEGMENTER.segment(
				"MOSCOW, April 3 (Reuters) - Text one.\nМОСКВА, 3 апреля. /ТАСС/. Текст два.",
				LocalDate.of(2025, 4, 4));
		assertThat(items).extracting(SegmentedItem::body).containsExactly("Text one.", "Текст два.");
		assertThat(items).extracting(item -> item.printedDate().date()).containsOnly(LocalDate.of(2025, 4, 3));
	}

	@Test
	void shouldReadDatelinesOfOtherAgencies() {
		List<SegmentedItem> items = SEGMENTER.segment(
				"МОСКВА, 3 апреля - РИА Новости. Текст один.\n"
						+ "WASHINGTON, April 2 /TASS/. - Text two.\nMOSCOW (Reuters) - Text three.",
				LocalDate.of(2025, 4, 4));
		assertThat(items).extracting(SegmentedItem::body).containsExactly("Текст один.", "Text two.", "Text three.");
		assertThat(items).extracting(item -> item.printedDate() == null ? null : item.printedDate().date())
			.containsExactly(LocalDate.of(2025, 4, 3), LocalDate.of(2025, 4, 2), null);
	}

	@Test
	void shouldNotPrintADateForADatelineWithoutYearOrPublicationDate() {
		assertThat(SEGMENTER.segment("MOSCOW, April 3 (Reuters) - Text.", null)).singleElement()
			.satisfies(item -> assertThat(item.printedDate()).isNull());
	}

	@Test
	void shouldNotTakeAQuotedStatementForAHeadline() {
		List<SegmentedItem> items = SEGMENTER
			.segment("A headline\nFirst paragraph.\nHe said: \"We are ready.\"\nLast paragraph.", null);
		assertThat(items).singleElement()
			.satisfies(item -> assertThat(item.body()).contains("We are ready", "Last paragraph."));
	}

	@Test
	void shouldRejoinAParagraphHardWrappedMidSentence() {
		List<SegmentedItem> items = SEGMENTER
			.segment("A headline\nThe CSTO Secretary General said that the\nthreat was growing.", null);
		assertThat(items).singleElement()
			.satisfies(item -> assertThat(item.body())
				.isEqualTo("The CSTO Secretary General said that the threat was growing."));
	}

}
