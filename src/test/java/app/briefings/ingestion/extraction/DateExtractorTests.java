package app.briefings.ingestion.extraction;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Dates in their written forms, with and without a year. */
class DateExtractorTests {

	private static final LocalDate ANCHOR = LocalDate.of(2020, 6, 5);

	@Test
	void shouldReadFullDatesInEveryWrittenForm() {
		assertThat(DateExtractor.find("On 05.06.2020, June 6, 2024, 6 June 2024 and 5 июня 2020 года.", ANCHOR))
			.extracting(ExtractedDate::surface, ExtractedDate::date, ExtractedDate::precision)
			.containsExactly(tuple("05.06.2020", LocalDate.of(2020, 6, 5), DatePrecision.DAY),
					tuple("June 6, 2024", LocalDate.of(2024, 6, 6), DatePrecision.DAY),
					tuple("6 June 2024", LocalDate.of(2024, 6, 6), DatePrecision.DAY),
					tuple("5 июня 2020 года", LocalDate.of(2020, 6, 5), DatePrecision.DAY));
	}

	@Test
	void shouldReadMonthsAndYears() {
		assertThat(DateExtractor.find("In October 2016, в мае 2019 года and in 2019 it began.", ANCHOR))
			.extracting(ExtractedDate::surface, ExtractedDate::date, ExtractedDate::precision)
			.containsExactly(tuple("October 2016", LocalDate.of(2016, 10, 1), DatePrecision.MONTH),
					tuple("мае 2019 года", LocalDate.of(2019, 5, 1), DatePrecision.MONTH),
					tuple("2019", LocalDate.of(2019, 1, 1), DatePrecision.YEAR));
	}

	@Test
	void shouldAnchorYearlessDatesToThePublicationDate() {
		assertThat(DateExtractor.find("Met on May 26 and on 3 апреля; in February this year.", ANCHOR))
			.extracting(ExtractedDate::surface, ExtractedDate::date)
			.containsExactly(tuple("May 26", LocalDate.of(2020, 5, 26)), tuple("3 апреля", LocalDate.of(2020, 4, 3)),
					tuple("February this year", LocalDate.of(2020, 2, 1)));
	}

	@Test
	void shouldPutAYearlessDateFarAfterTheAnchorIntoThePreviousYear() {
		assertThat(DateExtractor.find("since December 12", ANCHOR)).singleElement()
			.extracting(ExtractedDate::date)
			.isEqualTo(LocalDate.of(2019, 12, 12));
	}

	@Test
	void shouldSkipYearlessDatesWithoutAnAnchor() {
		assertThat(DateExtractor.find("on May 26", null)).isEmpty();
	}

	@Test
	void shouldNotTakeTheModalVerbMayForAMonth() {
		assertThat(DateExtractor.find("the threat may 2 times grow", ANCHOR)).isEmpty();
	}

}
