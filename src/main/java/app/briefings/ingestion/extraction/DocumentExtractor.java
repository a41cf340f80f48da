package app.briefings.ingestion.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Extracts items, mentions, quotes and dates from a raw document, linking names to the
 * knowledge base entities it was built with. Builds its gazetteer and sentence model
 * once; {@link #extract} is safe to call from many threads.
 */
public final class DocumentExtractor {

	/**
	 * Recorded on every briefing so that re-extraction can find what an older version
	 * produced; raised whenever a rule change can change what the extractor finds.
	 */
	public static final String VERSION = "24";

	private static final int ABBREVIATION_MAX_LENGTH = 12;

	private static final int TITLE_MAX_LENGTH = 100;

	private static final Pattern TITLE_AFTER_NAME = Pattern.compile("^,\\h+(?:the\\h+)?(?:\\p{Lu}{2,6}\\h+)?$");

	private static final Pattern NAME_AFTER_TITLE = Pattern.compile("^,\\h+$");

	private static final Pattern OF_BEFORE_TITLE = Pattern
		.compile("(?<![\\p{L}])of\\h+(?:the\\h+)?(?:\\p{Lu}{2,6}\\h+)?$");

	private final Gazetteer gazetteer;

	private final OperationNamePattern operationNames;

	private final UnquotedOperationPattern unquotedOperations;

	private final PossessiveOrganizations possessiveOrganizations;

	private final SentenceSplitter sentenceSplitter = new SentenceSplitter();

	private final Map<String, List<String>> knownTitles = new HashMap<>();

	public DocumentExtractor(Collection<KnownEntity> knownEntities) {
		this.gazetteer = new Gazetteer(WellKnownPlaces.withKnown(knownEntities));
		for (KnownEntity entity : knownEntities) {
			if (!entity.titles().isEmpty()) {
				this.knownTitles.put(entity.id(), entity.titles());
			}
		}
		this.operationNames = new OperationNamePattern(this.gazetteer);
		this.unquotedOperations = new UnquotedOperationPattern(this.gazetteer);
		this.possessiveOrganizations = new PossessiveOrganizations(this.gazetteer);
	}

	public ExtractedDocument extract(ExtractionInput input) {
		return extract(input, CancellationToken.NEVER);
	}

	/**
	 * Extracts, stopping with an {@link ExtractionCancelledException} at the first
	 * checkpoint after the token is cancelled.
	 */
	public ExtractedDocument extract(ExtractionInput input, CancellationToken token) {
		return Checkpoints.run(token, () -> extractChecked(input));
	}

	private ExtractedDocument extractChecked(ExtractionInput input) {
		String text = TextNormalizer.normalize(input.text()).text();
		ItemGrammar.Page page = ItemGrammar.assemble(text, input.publishedAt());
		List<ExtractedItem> items = new ArrayList<>();
		for (SegmentedItem segment : page.items()) {
			Checkpoints.check();
			items.add(extractItem(segment, input));
		}
		return new ExtractedDocument(items, page.removed());
	}

	private ExtractedItem extractItem(SegmentedItem segment, ExtractionInput input) {
		String body = segment.body();
		String language = input.language() != null ? input.language() : Language.of(body);
		List<Span> sentences = this.sentenceSplitter.split(body, language);
		List<QuotedSegments.Segment> quotations = QuotedSegments.find(body);
		List<OperationNamePattern.Found> operations = this.operationNames.find(body,
				SingleQuotedNames.withQuotations(body, quotations), sentences);
		Checkpoints.check();
		Gazetteer.Found known = this.gazetteer.findWithAmbiguities(body);
		List<ExtractedCandidate> ambiguous = new ArrayList<>(known.ambiguous());
		List<Occurrence> occurrences = LabelledSpeakers.withHeadlineNames(body, segment.title(), segment.turns(),
				LabelledSpeakers.withLabelNames(body, segment.turns(), OpEdAuthor.withAuthor(body, segment.turns(),
						segment.author(), occurrences(body, sentences, known.occurrences(), operations, ambiguous))));
		Checkpoints.check();
		List<ExtractedCandidate> candidates = candidates(body, occurrences, ambiguous);
		List<Occurrence> persons = persons(occurrences);
		LabelledQuotes labelled = new LabelledQuotes(body, segment.turns(), persons);
		List<QuotedSegments.Segment> statements = quotationsOtherThanNames(body, quotations, operations);
		statements.removeIf(labelled::isLabelled);
		QuoteAttributor attributor = new QuoteAttributor(body, sentences, persons,
				unrecognizedPersons(body, candidates, persons), this.knownTitles);
		List<ExtractedQuote> quotes = new ArrayList<>(attributor.attribute(statements));
		quotes.addAll(labelled.find(quotations));
		quotes.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		quotes = InflectedSpeakers.unlinked(quotes);
		LocalDate anchor = segment.printedDate() != null ? segment.printedDate().date() : input.publishedAt();
		return new ExtractedItem(titleOf(segment, body, sentences), body, segment.summary(), language,
				segment.printedDate(), segment.url(), segment.author(), segment.tags(),
				HeadlinePlaces.withPlaces(DatelinePlace.withPlace(MentionLinker.link(body, occurrences),
						segment.datelinePlace(), this.gazetteer), segment.title(), this.gazetteer),
				quotes, DateExtractor.find(body, anchor),
				withUnresolvedSpeakers(candidates, attributor.unresolvedSpeakers()));
	}

	private static List<ExtractedCandidate> candidates(String body, List<Occurrence> occurrences,
			List<ExtractedCandidate> ambiguous) {
		List<ExtractedCandidate> candidates = new ArrayList<>();
		SpanIndex taken = SpanIndex.of(occurrences);
		for (ExtractedCandidate candidate : ambiguous) {
			if (!taken.overlapsAny(candidate.span())) {
				candidates.add(candidate);
			}
		}
		candidates.addAll(UnknownNamePattern.find(body, occurrences));
		candidates.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		return candidates;
	}

	/** The names of people the item writes but no entity was linked for. */
	/**
	 * The names the item gives to people it did not recognize, which block a reference
	 * from reaching past them; a run of title words in apposition to a recognized person
	 * ("Secretary General, Imangali Tasmagambetov," or "Tasmagambetov, the CSTO Secretary
	 * General,") is that person's title, not someone else, and one after "of" ("envoy of
	 * the OSCE Secretary General") is part of another person's title.
	 */
	private static List<Occurrence> unrecognizedPersons(String body, List<ExtractedCandidate> candidates,
			List<Occurrence> recognized) {
		List<Occurrence> persons = new ArrayList<>();
		for (ExtractedCandidate candidate : candidates) {
			if (candidate.type() == EntityType.OFFICIAL && !isTitleInApposition(body, candidate, recognized)) {
				EntityRef unlinked = new EntityRef(EntityType.OFFICIAL, null, candidate.surface(), List.of(), null);
				persons.add(new Occurrence(unlinked, candidate.span(), 0, null));
			}
		}
		return persons;
	}

	private static boolean isTitleInApposition(String body, ExtractedCandidate candidate, List<Occurrence> recognized) {
		if (!isTitleOnly(candidate.surface())) {
			return false;
		}
		if (OF_BEFORE_TITLE
			.matcher(body.substring(Math.max(0, candidate.span().start() - 20), candidate.span().start()))
			.find()) {
			return true;
		}
		for (Occurrence person : recognized) {
			Span name = person.span();
			Span title = candidate.span();
			if (name.end() <= title.start()
					&& TITLE_AFTER_NAME.matcher(body.substring(name.end(), title.start())).matches()) {
				return true;
			}
			if (title.end() <= name.start()
					&& NAME_AFTER_TITLE.matcher(body.substring(title.end(), name.start())).matches()) {
				return true;
			}
		}
		return false;
	}

	private static boolean isTitleOnly(String surface) {
		for (String word : surface.toLowerCase(Locale.ROOT).split("[\\h-]+")) {
			if (!FullNames.isTitleWord(word)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The candidates with the speakers of unlinked quotes added, except where the name is
	 * already a candidate.
	 */
	private static List<ExtractedCandidate> withUnresolvedSpeakers(List<ExtractedCandidate> candidates,
			List<ExtractedCandidate> unresolvedSpeakers) {
		if (unresolvedSpeakers.isEmpty()) {
			return candidates;
		}
		List<ExtractedCandidate> all = new ArrayList<>(candidates);
		for (ExtractedCandidate speaker : unresolvedSpeakers) {
			if (candidates.stream().noneMatch(candidate -> candidate.span().equals(speaker.span()))) {
				all.add(speaker);
			}
		}
		all.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		return all;
	}

	private List<Occurrence> occurrences(String body, List<Span> sentences, List<Occurrence> gazetteerOccurrences,
			List<OperationNamePattern.Found> operations, List<ExtractedCandidate> ambiguous) {
		List<Occurrence> candidates = FullNames.withoutSurnamesOfOthers(body, gazetteerOccurrences);
		candidates.addAll(this.unquotedOperations.find(body));
		candidates.addAll(this.possessiveOrganizations.find(body));
		for (OperationNamePattern.Found found : operations) {
			candidates.add(found.occurrence());
		}
		List<Occurrence> known = Occurrences.longestFirst(candidates);
		List<Occurrence> all = new ArrayList<>(known);
		all.addAll(TitledPersonPattern.findNew(body, known));
		List<Occurrence> regions = RegionNamePattern.findNew(body, all);
		all.removeIf(occurrence -> RegionNamePattern.isInsideAny(occurrence, regions));
		all.addAll(regions);
		List<Occurrence> organizations = NamedOrganizationPattern.findNew(body, all);
		all.removeIf(occurrence -> isPartOfAny(occurrence, organizations));
		all.addAll(organizations);
		all.addAll(PartyNamePattern.findNew(body, all));
		all.addAll(PersonAfterInstitution.findNew(body, sentences, all));
		List<Occurrence> withRoles = new ArrayList<>();
		List<Occurrence> linked = MentionLinker.withShortForms(body, all);
		for (Occurrence occurrence : FullNames.surnamesResolved(body, linked, ambiguous)) {
			withRoles.add(withRole(body, sentences, occurrence));
		}
		return withRoles;
	}

	private static boolean isPartOfAny(Occurrence occurrence, List<Occurrence> organizations) {
		for (Occurrence organization : organizations) {
			if (NamedOrganizationPattern.isInside(occurrence, organization.span())) {
				return true;
			}
		}
		return false;
	}

	private static Occurrence withRole(String body, List<Span> sentences, Occurrence occurrence) {
		if (!occurrence.isPerson() || occurrence.role() != null) {
			return occurrence;
		}
		Span sentence = SentenceSplitter.containing(sentences, occurrence.span().start(), body.length());
		String before = TitledPersonPattern.roleBefore(body, sentence, occurrence.span().start());
		return occurrence
			.withRole(before != null ? before : TitledPersonPattern.roleAfter(body, occurrence.span().end()));
	}

	private static List<Occurrence> persons(List<Occurrence> occurrences) {
		List<Occurrence> persons = new ArrayList<>();
		for (Occurrence occurrence : occurrences) {
			if (occurrence.isPerson()) {
				persons.add(occurrence);
			}
		}
		return persons;
	}

	private static List<QuotedSegments.Segment> quotationsOtherThanNames(String body,
			List<QuotedSegments.Segment> quotations, List<OperationNamePattern.Found> operations) {
		Set<QuotedSegments.Segment> names = new HashSet<>();
		for (OperationNamePattern.Found found : operations) {
			names.add(found.segment());
		}
		List<QuotedSegments.Segment> statements = new ArrayList<>();
		for (QuotedSegments.Segment quotation : quotations) {
			if (quotation.depth() == 0 && !names.contains(quotation) && !isQuotedAbbreviation(body, quotation)) {
				statements.add(quotation);
			}
		}
		return statements;
	}

	/**
	 * Whether a quotation holds one word with a capital after its first letter, an
	 * outlet's or a body's short name («АиФ», "RBC"): a name, never a statement.
	 */
	private static boolean isQuotedAbbreviation(String body, QuotedSegments.Segment quotation) {
		if (quotation.close() - quotation.open() - 1 > ABBREVIATION_MAX_LENGTH) {
			return false;
		}
		String inner = quotation.innerText(body);
		if (inner.length() < 2 || !Character.isUpperCase(inner.charAt(0))) {
			return false;
		}
		boolean innerCapital = false;
		for (int i = 1; i < inner.length(); i++) {
			char c = inner.charAt(i);
			if (!Character.isLetter(c)) {
				return false;
			}
			innerCapital |= Character.isUpperCase(c);
		}
		return innerCapital;
	}

	private static String titleOf(SegmentedItem segment, String body, List<Span> sentences) {
		if (segment.title() != null) {
			return segment.title();
		}
		String first = sentences.isEmpty() ? body : body.substring(sentences.get(0).start(), sentences.get(0).end());
		return shortened(first.strip());
	}

	private static String shortened(String sentence) {
		if (sentence.length() <= TITLE_MAX_LENGTH) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', TITLE_MAX_LENGTH);
		String head = sentence.substring(0, cut > 0 ? cut : TITLE_MAX_LENGTH);
		return head.replaceAll("[\\h,;:—–-]+$", "") + "…";
	}

	/** Tells Russian from English by the share of Cyrillic letters. */
	private static final class Language {

		private Language() {
		}

		static String of(@Nullable String text) {
			if (text == null) {
				return "en";
			}
			int cyrillic = 0;
			int letters = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (!Character.isLetter(c)) {
					continue;
				}
				letters++;
				cyrillic += AliasKey.isCyrillic(c) ? 1 : 0;
			}
			return letters > 0 && cyrillic * 2 > letters ? "ru" : "en";
		}

	}

}
