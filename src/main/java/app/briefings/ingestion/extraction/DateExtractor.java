package app.briefings.ingestion.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the dates written in a text: "05.06.2020", "June 6, 2024", "6 June 2024", "5 июня
 * 2020 года", "October 2016", "в мае 2020 года", "in 2019", and year-less ones ("May 26",
 * "3 апреля", "February this year") anchored to the publication date.
 */
final class DateExtractor {

	private static final Map<String, Integer> MONTHS = months();

	static final String EN_MONTH = "(?<monthEn>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";

	static final String RU_MONTH_GENITIVE = "(?<monthRu>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";

	/**
	 * A month in a Russian wire dateline: genitive or abbreviated ("12 мар — РИА
	 * Новости").
	 */
	static final String RU_MONTH_DATELINE = "(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
			+ "|декабря|янв|фев|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?![\\p{L}])";

	private static final String RU_MONTH_OTHER = "(?<monthRu>январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)";

	private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";

	private static final String MONTH_START = "(?=[JFMASONDяфмаисонд])";

	private static final String RU_YEAR_WORD = "(?:\\h+(?:года|году|г\\.))?";

	private static final List<Rule> RULES = List.of(
			new Rule(Pattern.compile("\\b(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>(?:19|20)\\d\\d)\\b"),
					Shape.NUMERIC),
			new Rule(Pattern
				.compile(MONTH_START + "\\b" + EN_MONTH + "\\h+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\h+" + YEAR + "\\b"),
					Shape.MONTH_DAY_YEAR),
			new Rule(Pattern.compile("\\b(?<day>\\d{1,2})\\h+(?:" + EN_MONTH + "|" + RU_MONTH_GENITIVE + ")\\h+" + YEAR
					+ "\\b" + RU_YEAR_WORD), Shape.DAY_MONTH_YEAR),
			new Rule(Pattern.compile(MONTH_START + "(?<![\\p{L}\\p{N}])(?:" + EN_MONTH + "|" + RU_MONTH_OTHER + ")\\h+"
					+ YEAR + "\\b" + RU_YEAR_WORD), Shape.MONTH_YEAR),
			new Rule(Pattern.compile(MONTH_START + "(?<![\\p{L}\\p{N}])(?:" + EN_MONTH + "\\h+this\\h+year|"
					+ RU_MONTH_OTHER + "\\h+(?:этого|текущего|нынешнего)\\h+года)"), Shape.MONTH_THIS_YEAR),
			new Rule(Pattern.compile(MONTH_START + "\\b" + EN_MONTH + "\\h+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b"),
					Shape.MONTH_DAY),
			new Rule(
					Pattern
						.compile("\\b(?<day>\\d{1,2})\\h+(?:" + EN_MONTH + "|" + RU_MONTH_GENITIVE + ")(?![\\p{L}])"),
					Shape.DAY_MONTH),
			new Rule(Pattern.compile("(?<![\\p{L}])(?:in|In|в|В)\\h" + YEAR + "(?!\\h*[-–]\\h*\\d)\\b"), Shape.YEAR));

	private DateExtractor() {
	}

	static List<ExtractedDate> find(String text, @Nullable LocalDate anchor) {
		List<ExtractedDate> dates = new ArrayList<>();
		SpanIndex covered = new SpanIndex();
		for (Rule rule : RULES) {
			for (MatchResult match : WordStartMatches.of(rule.pattern(), text)) {
				Checkpoints.check();
				addUnlessCovered(dates, covered, rule.shape().read(match, rule, anchor), match,
						rule.shape() == Shape.YEAR ? rule.group("year") : 0);
			}
		}
		dates.sort(Comparator.comparingInt(date -> date.span().start()));
		return dates;
	}

	private static void addUnlessCovered(List<ExtractedDate> dates, SpanIndex covered, @Nullable Dated dated,
			MatchResult matcher, int group) {
		if (dated == null) {
			return;
		}
		Span span = new Span(matcher.start(group), matcher.end(group));
		if (covered.overlapsAny(span)) {
			return;
		}
		covered.add(span);
		dates.add(new ExtractedDate(dated.date(), dated.precision(), matcher.group(group), span));
	}

	/**
	 * A "d month" date without a year, placed in the year that puts it closest before the
	 * anchor.
	 */
	static @Nullable LocalDate dayOfMonthNear(int day, String month, @Nullable LocalDate anchor) {
		Integer monthNumber = monthNumber(month);
		if (anchor == null || monthNumber == null) {
			return null;
		}
		LocalDate candidate = dateOrNull(anchor.getYear(), monthNumber, day);
		if (candidate != null && candidate.isAfter(anchor.plusDays(60))) {
			return dateOrNull(anchor.getYear() - 1, monthNumber, day);
		}
		return candidate;
	}

	static @Nullable Integer monthNumber(@Nullable String month) {
		if (month == null) {
			return null;
		}
		return MONTHS.get(month.toLowerCase(Locale.ROOT));
	}

	static @Nullable LocalDate dateOrNull(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static Map<String, Integer> months() {
		String[][] names = { { "january", "jan.", "января", "январе", "январь", "янв" },
				{ "february", "feb.", "февраля", "феврале", "февраль", "фев" },
				{ "march", "mar.", "марта", "марте", "март", "мар" },
				{ "april", "apr.", "апреля", "апреле", "апрель", "апр" }, { "may", "мая", "мае", "май" },
				{ "june", "jun.", "июня", "июне", "июнь", "июн" }, { "july", "jul.", "июля", "июле", "июль", "июл" },
				{ "august", "aug.", "августа", "августе", "август", "авг" },
				{ "september", "sep.", "sept.", "сентября", "сентябре", "сентябрь", "сен", "сент" },
				{ "october", "oct.", "октября", "октябре", "октябрь", "окт" },
				{ "november", "nov.", "ноября", "ноябре", "ноябрь", "ноя", "нояб" },
				{ "december", "dec.", "декабря", "декабре", "декабрь", "дек" } };
		Map<String, Integer> months = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			for (String name : names[i]) {
				months.put(name, i + 1);
			}
		}
		return months;
	}

	private static @Nullable String firstNonNull(MatchResult matcher, Rule rule, String... names) {
		for (String name : names) {
			Integer group = rule.groups().get(name);
			if (group != null && matcher.group(group) != null) {
				return matcher.group(group);
			}
		}
		return null;
	}

	/** A date pattern and how to read its groups. */
	private record Rule(Pattern pattern, Shape shape, Map<String, Integer> groups) {

		Rule(Pattern pattern, Shape shape) {
			this(pattern, shape, NamedGroups.indexes(pattern));
		}

		int group(String name) {
			return this.groups.get(name);
		}

	}

	/** A date read from a match, with how much of it the text gave. */
	private record Dated(LocalDate date, DatePrecision precision) {

		static @Nullable Dated of(@Nullable LocalDate date, DatePrecision precision) {
			return date == null ? null : new Dated(date, precision);
		}

	}

	/** How the groups of a date pattern are read. */
	private enum Shape {

		NUMERIC {
			@Override
			@Nullable Dated read(MatchResult m, Rule r, @Nullable LocalDate anchor) {
				return Dated.of(dateOrNull(year(m, r), Integer.parseInt(m.group(r.group("month"))), day(m, r)),
						DatePrecision.DAY);
			}
		},
		MONTH_DAY_YEAR {
			@Override
			@Nullable Dated read(MatchResult m, Rule r, @Nullable LocalDate anchor) {
				return Dated.of(dateOrNull(year(m, r), monthNumber(m.group(r.group("monthEn"))), day(m, r)),
						DatePrecision.DAY);
			}
		},
		DAY_MONTH_YEAR {
			@Override
			@Nullable Dated read(MatchResult m, Rule r, @Nullable LocalDate anchor) {
				Integer month = monthNumber(firstNonNull(m, r, "monthEn", "monthRu"));
				return month == null ? null : Dated.of(dateOrNull(year(m, r), month, day(m, r)), DatePrecision.DAY);
			}
		},
		MONTH_YEAR {
			@Override
			@Nullable Dated read(MatchResult m, Rule r, @Nullable LocalDate anchor) {
				Integer month = monthNumber(firstNonNull(m, r, "monthEn", "monthRu"));
				return month == null ? null : Dated.of(dateOrNull(year(m, r), month, 1), DatePrecision.MONTH);
			}
		},
		MONTH_THIS_YEAR {
			@Override
			@Nullable Dated read(MatchResult m, Rule r, @Nullable LocalDate anchor) {
				Integer month = monthNumber(firstNonNull(m, r, "monthEn", "monthRu"));
				if (month == null || anchor == null) {
					return null;
				}
				return Dated.of(dateOrNull(anchor.getYear(), month, 1), DatePrecision.MONTH);
			}
		},
		MONTH_DAY {
			@Override
			@Nullable Dated read(MatchResult m, Rule r, @Nullable LocalDate anchor) {
				return Dated.of(dayOfMonthNear(day(m, r), m.group(r.group("monthEn")), anchor), DatePrecision.DAY);
			}
		},
		DAY_MONTH {
			@Override
			@Nullable Dated read(MatchResult m, Rule r, @Nullable LocalDate anchor) {
				return Dated.of(dayOfMonthNear(day(m, r), firstNonNull(m, r, "monthEn", "monthRu"), anchor),
						DatePrecision.DAY);
			}
		},
		YEAR {
			@Override
			@Nullable Dated read(MatchResult m, Rule r, @Nullable LocalDate anchor) {
				return Dated.of(dateOrNull(year(m, r), 1, 1), DatePrecision.YEAR);
			}
		};

		abstract @Nullable Dated read(MatchResult matcher, Rule rule, @Nullable LocalDate anchor);

		private static int year(MatchResult matcher, Rule rule) {
			return Integer.parseInt(matcher.group(rule.group("year")));
		}

		private static int day(MatchResult matcher, Rule rule) {
			return Integer.parseInt(matcher.group(rule.group("day")));
		}

	}

}
