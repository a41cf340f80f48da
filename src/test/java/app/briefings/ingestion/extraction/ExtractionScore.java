package app.briefings.ingestion.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Scores extracted documents against their expectations and keeps the counts behind every
 * figure of the evaluation: entities per type, direct quotes and their speakers, item
 * splits, op-ed headers and navigation noise. The matching rules are stated in
 * docs/extraction-quality.md.
 */
final class ExtractionScore {

	static final int QUOTE_START_CHARS = 24;

	private static final int INTERRUPTION_MAX_CHARS = 200;

	private final Map<EntityType, Counts> entities = new EnumMap<>(EntityType.class);

	private final List<String> misses = new ArrayList<>();

	private int pages;

	private int pagesSplitRight;

	private int expectedQuotes;

	private int extractedQuotes;

	private int matchedQuotes;

	private int matchedExtractedQuotes;

	private int rightSpeakers;

	private int wrongNamedSpeakers;

	private int abstentions;

	private int newEntities;

	private int junkNewEntities;

	private int opEds;

	private int opEdTitlesRight;

	private int opEdDatesRight;

	private int noiseLines;

	private int noiseFound;

	ExtractionScore() {
		for (EntityType type : List.of(EntityType.OFFICIAL, EntityType.ORGANIZATION, EntityType.OPERATION,
				EntityType.PLACE)) {
			this.entities.put(type, new Counts());
		}
	}

	void add(EvaluationPage page, ExtractedDocument document) {
		this.pages++;
		JsonNode expectedItems = page.expected().get("items");
		List<ExtractedItem> items = document.items();
		if (items.size() == expectedItems.size()) {
			this.pagesSplitRight++;
		}
		else {
			this.misses.add(page.name() + ": " + items.size() + " items, expected " + expectedItems.size());
		}
		int paired = Math.max(items.size(), expectedItems.size());
		for (int i = 0; i < paired; i++) {
			ExtractedItem item = i < items.size() ? items.get(i) : null;
			JsonNode expected = i < expectedItems.size() ? expectedItems.get(i) : null;
			String where = page.name() + "#" + (i + 1);
			scoreEntities(where, item, expected);
			scoreQuotes(where, item, expected);
			scoreOpEd(where, item, expected);
		}
		scoreNoise(page, items);
	}

	private void scoreEntities(String where, @Nullable ExtractedItem item, @Nullable JsonNode expected) {
		scoreEntities(where, item, expected, EntityType.OFFICIAL, "officials");
		scoreEntities(where, item, expected, EntityType.ORGANIZATION, "organizations");
		scoreEntities(where, item, expected, EntityType.OPERATION, "operations");
		if (expected == null || expected.has("places")) {
			scoreEntities(where, item, expected, EntityType.PLACE, "places");
		}
	}

	private void scoreEntities(String where, @Nullable ExtractedItem item, @Nullable JsonNode expected, EntityType type,
			String field) {
		List<String> wanted = new ArrayList<>();
		if (expected != null && expected.has(field)) {
			for (JsonNode node : expected.get(field)) {
				wanted.add(node.isString() ? node.asString() : node.get("name").asString());
			}
		}
		List<EntityRef> found = new ArrayList<>();
		if (item != null) {
			for (ExtractedMention mention : item.mentions()) {
				if (mention.entity().type() == type) {
					found.add(mention.entity());
				}
			}
		}
		Counts counts = this.entities.get(type);
		for (String name : wanted) {
			EntityRef match = found.stream().filter(entity -> sameEntity(entity, name)).findFirst().orElse(null);
			if (match == null) {
				counts.missed++;
				this.misses.add(where + ": missed " + type + " " + name);
				continue;
			}
			counts.matched++;
			found.remove(match);
		}
		for (EntityRef extra : found) {
			counts.extra++;
			this.misses.add(where + ": extra " + type + " " + extra.name());
		}
		scoreNewEntities(where, item, wanted, type);
	}

	/**
	 * Counts the new entities extraction would create, and as junk those that are none of
	 * the expected entities of their type.
	 */
	private void scoreNewEntities(String where, @Nullable ExtractedItem item, List<String> wanted, EntityType type) {
		if (item == null) {
			return;
		}
		for (ExtractedMention mention : item.mentions()) {
			EntityRef entity = mention.entity();
			if (entity.type() != type || entity.isKnown()) {
				continue;
			}
			this.newEntities++;
			if (wanted.stream().noneMatch(name -> sameEntity(entity, name))) {
				this.junkNewEntities++;
				this.misses.add(where + ": junk new " + type + " " + entity.name());
			}
		}
	}

	/**
	 * Whether an extracted entity is the named one: the same name or alias once both are
	 * reduced to alias keys (case, punctuation and script folded).
	 */
	static boolean sameEntity(EntityRef entity, String name) {
		return entity.answersTo(name);
	}

	private void scoreQuotes(String where, @Nullable ExtractedItem item, @Nullable JsonNode expected) {
		List<ExtractedQuote> found = new ArrayList<>();
		if (item != null) {
			for (ExtractedQuote quote : item.quotes()) {
				if (quote.kind() == QuoteKind.DIRECT) {
					found.add(quote);
				}
			}
		}
		this.extractedQuotes += found.size();
		List<ExtractedQuote> unmatched = new ArrayList<>(found);
		if (expected != null && expected.has("directQuotes")) {
			for (JsonNode wanted : expected.get("directQuotes")) {
				scoreQuote(where, wanted, found, unmatched);
			}
		}
		if (item != null) {
			unmatched.removeIf(quote -> continuesMatchedQuotation(item.body(), quote, found, unmatched));
		}
		for (ExtractedQuote extra : unmatched) {
			this.misses.add(where + ": extra direct quote \"" + extra.text() + "\"");
		}
		this.matchedExtractedQuotes += found.size() - unmatched.size();
	}

	/**
	 * Whether an extracted quote is the second part of a quotation its attribution
	 * interrupts ("…," X said. "…" / «…, — сказал X. — …») whose first part matched: the
	 * gold counts such a quotation once, the extractor gives its two parts, each pointing
	 * into the body, with the same speaker.
	 */
	static boolean continuesMatchedQuotation(String body, ExtractedQuote quote, List<ExtractedQuote> found,
			List<ExtractedQuote> unmatched) {
		int index = found.indexOf(quote);
		if (index <= 0 || quote.speaker() == null) {
			return false;
		}
		ExtractedQuote previous = found.get(index - 1);
		if (unmatched.contains(previous) || !quote.speaker().equals(previous.speaker())
				|| previous.span().end() > quote.span().start()) {
			return false;
		}
		String gap = body.substring(previous.span().end(), quote.span().start());
		return gap.length() <= INTERRUPTION_MAX_CHARS && !gap.contains("\n")
				&& gap.replaceFirst("^[\"”»“]", "").startsWith(",");
	}

	private void scoreQuote(String where, JsonNode wanted, List<ExtractedQuote> found, List<ExtractedQuote> unmatched) {
		this.expectedQuotes++;
		String start = wanted.get("startsWith").asString();
		ExtractedQuote match = found.stream()
			.filter(quote -> overlapsStart(quote.text(), start))
			.findFirst()
			.orElse(null);
		if (match == null) {
			this.misses.add(where + ": missed direct quote \"" + start + "\"");
			return;
		}
		this.matchedQuotes++;
		unmatched.remove(match);
		JsonNode expectedSpeaker = wanted.path("speaker");
		String speaker = expectedSpeaker.isString() ? expectedSpeaker.asString() : null;
		if (match.speaker() == null) {
			this.abstentions++;
		}
		if (speaker == null ? match.speaker() == null
				: match.speaker() != null && sameEntity(match.speaker(), speaker)) {
			this.rightSpeakers++;
			return;
		}
		if (match.speaker() != null) {
			this.wrongNamedSpeakers++;
		}
		this.misses.add(where + ": quote \"" + start + "\" attributed to "
				+ (match.speaker() == null ? "nobody" : match.speaker().name()) + ", expected "
				+ (speaker == null ? "nobody" : speaker));
	}

	/**
	 * Whether an extracted quote stands for the expected one: it contains the expected
	 * start (its first {@value #QUOTE_START_CHARS} characters), or the expected start
	 * begins with the whole extracted text.
	 */
	static boolean overlapsStart(String extracted, String expectedStart) {
		String text = extracted.strip();
		String start = expectedStart.strip();
		String head = start.length() > QUOTE_START_CHARS ? start.substring(0, QUOTE_START_CHARS) : start;
		return text.contains(head) || (!text.isEmpty() && start.startsWith(text));
	}

	private void scoreOpEd(String where, @Nullable ExtractedItem item, @Nullable JsonNode expected) {
		if (expected == null || !expected.path("opEd").asBoolean(false)) {
			return;
		}
		this.opEds++;
		if (item == null) {
			this.misses.add(where + ": op-ed missing");
			return;
		}
		if (item.title().equals(expected.get("title").asString())) {
			this.opEdTitlesRight++;
		}
		else {
			this.misses.add(where + ": op-ed title \"" + item.title() + "\"");
		}
		LocalDate printed = item.printedDate() == null ? null : item.printedDate().date();
		JsonNode date = expected.get("printedDate");
		LocalDate wantedDate = (date == null || date.isNull()) ? null : LocalDate.parse(date.asString());
		if (wantedDate != null && wantedDate.equals(printed)) {
			this.opEdDatesRight++;
		}
		else {
			this.misses.add(where + ": op-ed date " + printed + ", expected " + wantedDate);
		}
	}

	private void scoreNoise(EvaluationPage page, List<ExtractedItem> items) {
		List<String> lines = new ArrayList<>();
		page.expected().path("navigation").forEach(line -> lines.add(line.asString()));
		for (JsonNode item : page.expected().get("items")) {
			item.path("bodyExcludes").forEach(line -> lines.add(line.asString()));
		}
		for (String line : lines) {
			this.noiseLines++;
			for (ExtractedItem item : items) {
				if (contains(item, line)) {
					this.noiseFound++;
					this.misses.add(page.name() + ": navigation text in a briefing: " + line);
				}
			}
		}
	}

	/**
	 * Whether a navigation line of the page shows in the item. A short line (a menu
	 * entry, an outlet's name, a rubric: under four words) counts only where it stands
	 * alone as the title, the summary or a paragraph of the body, since the same words
	 * are ordinary text in a story ("told ANI", "in Armenia"); a longer line counts
	 * wherever it appears.
	 */
	static boolean contains(ExtractedItem item, String line) {
		String wanted = line.strip();
		if (wanted.split("\\s+").length >= 4) {
			return item.title().contains(wanted) || item.body().contains(wanted)
					|| (item.summary() != null && item.summary().contains(wanted));
		}
		return item.title().strip().equals(wanted) || (item.summary() != null && item.summary().strip().equals(wanted))
				|| item.body().lines().map(String::strip).anyMatch(wanted::equals);
	}

	Counts entities(EntityType type) {
		return this.entities.get(type);
	}

	double splitAccuracy() {
		return ratio(this.pagesSplitRight, this.pages);
	}

	double speakerAccuracy() {
		return ratio(this.rightSpeakers, this.matchedQuotes);
	}

	/** Matched quotes linked to a named speaker other than the expected one. */
	int wrongNamedSpeakers() {
		return this.wrongNamedSpeakers;
	}

	/** Matched quotes left without a linked speaker, right or not. */
	int abstentions() {
		return this.abstentions;
	}

	/** New entities that are none of the expected entities of their type. */
	int junkNewEntities() {
		return this.junkNewEntities;
	}

	double directQuotePrecision() {
		return ratio(this.matchedExtractedQuotes, this.extractedQuotes);
	}

	double directQuoteRecall() {
		return ratio(this.matchedQuotes, this.expectedQuotes);
	}

	double opEdTitleAccuracy() {
		return ratio(this.opEdTitlesRight, this.opEds);
	}

	double opEdDateAccuracy() {
		return ratio(this.opEdDatesRight, this.opEds);
	}

	int noiseFound() {
		return this.noiseFound;
	}

	List<String> misses() {
		return List.copyOf(this.misses);
	}

	String table() {
		StringBuilder table = new StringBuilder();
		table.append(String.format("%-28s %8s %8s %8s %9s %7s %7s%n", "figure", "matched", "extra", "missed",
				"precision", "recall", "F1"));
		for (Map.Entry<EntityType, Counts> entry : this.entities.entrySet()) {
			Counts counts = entry.getValue();
			table.append(String.format("%-28s %8d %8d %8d %9.3f %7.3f %7.3f%n", entry.getKey(), counts.matched,
					counts.extra, counts.missed, counts.precision(), counts.recall(), counts.f1()));
		}
		table.append(String.format("%-28s %8d %8d %8d %9.3f %7.3f%n", "direct quotes", this.matchedQuotes,
				this.extractedQuotes - this.matchedExtractedQuotes, this.expectedQuotes - this.matchedQuotes,
				directQuotePrecision(), directQuoteRecall()));
		row(table, "direct-quote speakers", this.rightSpeakers, this.matchedQuotes);
		row(table, "  wrong named speakers", this.wrongNamedSpeakers, this.matchedQuotes);
		row(table, "  abstentions (no speaker)", this.abstentions, this.matchedQuotes);
		row(table, "junk new entities", this.junkNewEntities, this.newEntities);
		row(table, "pages split into their items", this.pagesSplitRight, this.pages);
		row(table, "op-ed titles", this.opEdTitlesRight, this.opEds);
		row(table, "op-ed dates", this.opEdDatesRight, this.opEds);
		table.append(String.format("%-28s %d (of %d navigation lines checked)%n", "navigation text in briefings",
				this.noiseFound, this.noiseLines));
		return table.toString();
	}

	private static void row(StringBuilder table, String figure, int right, int total) {
		table.append(String.format("%-28s %d / %d = %.3f%n", figure, right, total, ratio(right, total)));
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? 1.0 : (double) part / whole;
	}

	/** Matched, extra and missed entities of one type. */
	static final class Counts {

		int matched;

		int extra;

		int missed;

		double precision() {
			return ratio(this.matched, this.matched + this.extra);
		}

		double recall() {
			return ratio(this.matched, this.matched + this.missed);
		}

		double f1() {
			double precision = precision();
			double recall = recall();
			return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		}

	}

}
