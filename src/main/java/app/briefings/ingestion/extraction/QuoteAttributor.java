package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Attributes statements to speakers. A quotation is a direct quote only when an
 * attribution stands next to it: {@code "…," X said}, {@code "…," said X},
 * {@code X said: "…"}, {@code according to X}, {@code по словам X},
 * {@code «…», — заявил X}, {@code X: «…»}, or a reference to a person named earlier: "he"
 * or "she" (the person named last, when of a compatible gender), a title such as "the
 * general" (the one person of the item who holds it), "who" (the head of the relative
 * clause). Indirect quotes are the clauses of {@code X said that …},
 * {@code X заявил, что …} and {@code according to X, …}. Quoted names, titles and
 * headlines have no attribution and are left alone.
 * <p>
 * Attribution is a decision on evidence ({@link Evidence}): a quote is linked only to a
 * recognized person that the attribution names, or to the single compatible person a
 * reference can mean. Otherwise it abstains: the quote keeps the speaker as written, no
 * linked speaker and a low confidence, and the speaker is left to editors. A name the
 * extractor does not recognize blocks falling back to a person named before it.
 */
final class QuoteAttributor {

	private static final String VERB_EN = "said|says|added|adds|stressed|stresses|noted|notes|emphasized|emphasised|emphasizes"
			+ "|stated|states|told(?:\\h+\\p{Ll}+){0,2}?|explained|warned|declared|insisted|continued|recalled|pointed\\h+out|remarked"
			+ "|asserted|underlined|underscored|wrote|concluded|announced|believes|thinks|replied|answered|put\\h+it|admitted"
			+ "|acknowledged|argued|observed|commented|reiterated|confirmed|promised|assured|urged|went\\h+on"
			+ "|insists|warns|argues|explains|admits|recalls|(?:liked|likes|used)\\h+to\\h+say";

	private static final String VERB_RU = "заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|добавил[аи]?|сообщил[аи]?"
			+ "|пояснил[аи]?|указал[аи]?|уточнил[аи]?|констатировал[аи]?|предупредил[аи]?|напомнил[аи]?|считает|говорит|заверил[аи]?"
			+ "|ответил[аи]?|признал[аи]?|заметил[аи]?|продолжил[аи]?|подытожил[аи]?|резюмировал[аи]?|рассказал[аи]?"
			+ "|подтвердил[аи]?|заключил[аи]?|объяснил[аи]?|призвал[аи]?|пообещал[аи]?|акцентировал[аи]?"
			+ "|говорил[аи]?|признал(?:ся|ась|ись)";

	private static final String VERB = "(?<![\\p{L}])(?<verb>" + VERB_EN + "|" + VERB_RU + ")(?![\\p{L}])";

	private static final String REFERENCE = "(?<![\\p{L}])(?<reference>(?:[Hh]e|[Ss]he|[Оо]н|[Оо]на)|[Tt]he\\h+(?:[A-Za-z-]+\\h+)?(?i:general|minister|secretary\\h+general"
			+ "|official|diplomat|spokes(?:man|woman|person)|commander|ambassador|president|chairman|head|chief|colonel|envoy)"
			+ "|(?:[А-ЯЁ]?[а-яё]+(?:ский|цкий)\\h+)?(?:[Гг]енерал|[Мм]инистр|дипломат|посол|президент|премьер|[Дд]епутат|парламентарий|сенатор"
			+ "|эксперт|политолог|аналитик|[Пп]олковник|[Пп]одполковник|[Мм]айор|[Кк]апитан)|генсек|замминистра|председатель|командующий"
			+ "|глава(?:\\h+(?:\\p{Ll}+(?:ого|его)\\h+)?(?:МИД|МВД|Минобороны|ведомства|министерства))?"
			+ "|руководитель|начальник|директор|представитель)";

	private static final Pattern ACCORDING_TO = Pattern.compile("(?iu)according|по\\h+(?:словам|данным|мнению)");

	private static final Pattern TITLE_MENTION = Pattern.compile(
			"(?u)(?<![\\p{L}])(?:[Tt]he\\h+(?:[A-Za-z-]+\\h+)?(?i:general|minister|secretary\\h+general|official|diplomat"
					+ "|spokes(?:man|woman|person)|commander|ambassador|president|chairman|head|chief|colonel|envoy)"
					+ "|[Гг]енерал|[Мм]инистр|[Гг]енсек|[Дд]ипломат|[Пп]редседатель|[Кк]омандующий|[Дд]епутат|[Пп]арламентарий|[Сс]енатор"
					+ "|[Ээ]ксперт|[Пп]олитолог|[Аа]налитик|[Зз]амминистра"
					+ "|[Гг]лава(?:\\h+(?:\\p{Ll}+(?:ого|его)\\h+)?(?:МИД|МВД|Минобороны|ведомства|министерства))?"
					+ "|[Рр]уководитель|[Нн]ачальник|[Пп]осол|[Пп]резидент|[Пп]ремьер|[Дд]иректор|[Пп]редставитель)(?![\\p{L}])");

	private static final Pattern SPEECH_CUE = Pattern.compile("(?iu)(?<![\\p{L}])(?:statement|release|report|document"
			+ "|describ\\p{L}*|envisag\\p{L}*|states|stated|called|source|говорится|сообщени\\p{L}*|заявлени\\p{L}*"
			+ "|документ\\p{L}*|справк\\p{L}*|источник\\p{L}*|собеседник\\p{L}*|предупрежда\\p{L}*|назвал\\p{L}*)"
			+ "|(?<![\\p{L}])(?:" + VERB_EN + "|" + VERB_RU + ")(?![\\p{L}])");

	/**
	 * The medium of the speaker's own words written right after the speech verb ("in a
	 * separate statement", "in a written statement", «в своем заявлении»).
	 */
	private static final Pattern OWN_MEDIUM = Pattern.compile("(?iu)^\\h+(?:in\\h+(?:a|an|his|her|its|their)\\h+"
			+ "(?:(?:separate|joint|written|brief|short|later|televised|video)\\h+)?(?:statement|speech|address|message"
			+ "|post|letter|interview)|в\\h+(?:своем|своём|отдельном|совместном|письменном|видео)?\\h*(?:заявлении|выступлении"
			+ "|обращении|сообщении|письме|интервью))(?![\\p{L}])");

	private static final int SPOKEN_QUOTATION_MIN_WORDS = 6;

	private static final int REPORTED_MIN_WORDS = 4;

	private static final Pattern AS_BEFORE_VERB = Pattern.compile("(?iu)(?:^|[\\h,;—–])(?:как|as)\\h+$");

	private static final int REPORTED_GAP = 160;

	private static final Pattern SENTENCE_CLOSE = Pattern
		.compile("\\h*(?:[.!?…;]|$|,\\h*(?:adding|noting|stressing|добавив|отметив|подчеркнув)(?![\\p{L}]))");

	private static final Pattern OTHER_VOICE = Pattern.compile("(?iu)(?<![\\p{L}])(?:in\\h+(?:his|her|their)\\h+words"
			+ "|по\\h+(?:его|ее|её|их)\\h+словам|he|she|they|он|она|они|quoted|quoting|цитиру\\p{L}*)(?![\\p{L}])");

	private static final String LEAD = "^\\h*,?\\h*(?:[—–-]+\\h*)?";

	private static final Pattern VERB_FIRST = Pattern.compile(LEAD + VERB + "\\h+");

	private static final Pattern ACCORDING_AFTER = Pattern
		.compile(LEAD + "(?<according>according\\h+to|по\\h+словам)\\h+");

	private static final Pattern REFERENCE_FIRST = Pattern
		.compile(LEAD + REFERENCE + "\\h+(?:also\\h+|later\\h+|then\\h+)?" + VERB);

	private static final Pattern REFERENCE_AT_START = Pattern.compile("^" + REFERENCE + "(?![\\p{L}])");

	private static final Pattern REFERENCE_AT_END = Pattern
		.compile(REFERENCE + "\\h+(?:also\\h+|later\\h+|then\\h+)?$");

	private static final Pattern VERB_AFTER_PERSON = Pattern
		.compile("^(?:[’']s?)?(?:,[^,\"“”«»„\\n]{1,80},)?,?\\h+(?:also\\h+|later\\h+|then\\h+)?" + VERB);

	private static final Pattern VERB_BEFORE_QUOTE = Pattern.compile(VERB + "(?:\\h+[\\p{L}.’'-]+){0,3}\\h*[:,]\\h*$");

	private static final Pattern ACCORDING_BEFORE_QUOTE = Pattern
		.compile("(?<![\\p{L}])(?<according>[Aa]ccording\\h+to|[Пп]о\\h+словам)\\h+(?<source>[^\"“”«»„\\n]{1,150}?),"
				+ "\\h*(?<subject>[^\"“”«»„\\n,.;:!?—–]{0,80}?)\\h*$");

	private static final Pattern INDIRECT = Pattern.compile("(?<![\\p{L}])(?:(?<verbEn>" + VERB_EN
			+ ")(?:\\h+[\\p{L}.]+){0,3}?,?\\h+that\\h+|(?<verbRu>" + VERB_RU + ")(?:\\h+[а-яё]+)?,\\h*что\\h+)");

	private static final Pattern ACCORDING_INDIRECT = Pattern
		.compile("(?<![\\p{L}])(?<according>[Aa]ccording\\h+to|[Пп]о\\h+словам)\\h+");

	private static final int INDIRECT_VERB_EN = NamedGroups.index(INDIRECT, "verbEn");

	private static final int INDIRECT_VERB_RU = NamedGroups.index(INDIRECT, "verbRu");

	private static final int ACCORDING_INDIRECT_WORDS = NamedGroups.index(ACCORDING_INDIRECT, "according");

	private static final Pattern ANY_VERB = Pattern.compile(VERB);

	private static final Pattern NAMING_VERB = Pattern.compile(
			"(?<![\\p{L}-])(?:называл[аи]?|назвал[аи]?|называет|called\\h+for|called|calls|described|describes|describing)(?![\\p{L}])");

	/**
	 * The English verbs of naming whose short complement is a label the writer borrows
	 * ("called the result "the best in five years""), not a quote.
	 */
	private static final Pattern LABELLING_VERB = Pattern.compile("called|calls|described|describes|describing");

	/**
	 * What goes on after a quotation in the same sentence: a conjunction, or the writer's
	 * comment on the words (", which describes …", ", a line that …").
	 */
	private static final Pattern CLAUSE_GOES_ON = Pattern
		.compile("^,?\\h+(?:и|а|но|поскольку|так\\h+как|потому\\h+что|and|but|because|since|which"
				+ "|an?\\h+\\p{Ll}+\\h+(?:that|which))(?![\\p{L}])");

	private static final Pattern QUOTE_FREE_GAP = Pattern.compile("^[^\"“”«»„\\n]{0,100}$");

	private static final Pattern SUBJECT_GAP = Pattern.compile("^[^\"“”«»„\\n.;!?]{0,80}$");

	private static final Pattern BRIDGE = Pattern.compile("^\\h*[,—–-]?[^\"“”«»„\\n!?]{0,120}?[,:—–-]\\h*$");

	private static final Pattern INTERRUPTION = Pattern
		.compile("[,!?…]\\h*[—–]\\h*[^\"“”«»„\\n—–]{3,100}?[.,]\\h*[—–]\\h+(?=\\S)");

	private static final Pattern TITLE_GAP = Pattern.compile("^[^\"“”«»„\\n.,;:!?]*$");

	private static final Pattern AGENT_BEFORE = Pattern
		.compile("(?i)(?<![\\p{L}])(?:aide|adviser|advisor|spokes(?:man|woman|person)"
				+ "|deputy|assistant|representative|secretary|office|ministry|press\\h+service)\\h+(?:to|for|of)\\h+(?:the\\h+)?$");

	private static final Pattern APPOSITION_COMMA = Pattern.compile(",\\h+");

	private static final Pattern POSSESSIVE_AFTER = Pattern.compile("[’']s\\h+\\p{Ll}+");

	private static final int WINDOW = 200;

	private static final Pattern RELATIVE_AT_END = Pattern
		.compile(",\\h*(?<relative>(?:who|который|которая))\\h+(?:also\\h+|later\\h+|then\\h+)?$");

	private static final Pattern COLON_AT_END = Pattern.compile(":\\h*$");

	/**
	 * What may open a sentence before its subject's name: nothing, title words ("Major
	 * "), or a description set off by a comma ("The officer in charge of the post, Major
	 * ").
	 */
	private static final Pattern SUBJECT_LEAD = Pattern
		.compile("^\\h*(?:\\p{Lu}[^,.:;!?\"“”«»„\\n]{0,80},\\h+)?(?:\\p{Lu}[\\p{L}.-]*\\h+){0,3}$");

	private static final Pattern POSSESSIVE_AT_START = Pattern.compile("^[’']s?(?![\\p{L}])");

	/** An apposition after a name: a comma and a phrase with no clause mark or quote. */
	private static final Pattern APPOSITION = Pattern.compile("^,\\h+[^,;:.!?\"“”«»„\\n()]{2,100}$");

	/**
	 * An outlet's short name in quotation marks («ДП», "RBC") after a verb of speech: the
	 * one the words were said to, not another source.
	 */
	private static final Pattern QUOTED_ABBREVIATION = Pattern
		.compile("[«\"“]\\p{Lu}\\p{L}{0,2}\\p{Lu}\\p{L}{0,4}[»\"”]");

	private static final Pattern LABEL_BEFORE_QUOTE = Pattern.compile("^\\h*:\\h*$");

	private final String text;

	private final List<Span> sentences;

	/** How far before a quotation or a comma a person's name may start to head it. */
	private static final int NAME_WINDOW = 120;

	/**
	 * How many characters of punctuation and space may stand between a name and its label
	 * mark.
	 */
	private static final int GAP_WINDOW = 12;

	private final List<Occurrence> persons;

	private List<QuotedSegments.Segment> quotations = List.of();

	private final Set<Occurrence> unrecognized = Collections.newSetFromMap(new IdentityHashMap<>());

	private final Map<String, Set<String>> titlesByIdentity = new HashMap<>();

	private final List<ExtractedCandidate> unresolvedSpeakers = new ArrayList<>();

	private final UnnamedPersons unnamed;

	private final int[] unrecognizedIndexes;

	private final Map<String, Holders> holdersByTitle = new HashMap<>();

	private final Map<String, PersonGender> genders = new HashMap<>();

	/**
	 * @param persons the recognized people of the item, in text order
	 * @param unrecognized names of people the item writes but the extractor could not
	 * link (unknown or shared by several entities)
	 * @param knownTitles the titles the knowledge base lists for known officials, by id
	 */
	QuoteAttributor(String text, List<Span> sentences, List<Occurrence> persons, List<Occurrence> unrecognized,
			Map<String, List<String>> knownTitles) {
		this.text = text;
		this.sentences = sentences;
		List<Occurrence> all = new ArrayList<>(persons);
		all.addAll(unrecognized);
		all.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		this.persons = all;
		this.unrecognized.addAll(unrecognized);
		this.unnamed = UnnamedPersons.in(text, all);
		this.unrecognizedIndexes = indexesOf(all, this.unrecognized);
		for (Occurrence person : persons) {
			Set<String> titles = this.titlesByIdentity.computeIfAbsent(identity(person.entity()),
					key -> new LinkedHashSet<>(titlesOf(person.entity(), knownTitles)));
			if (person.role() != null) {
				titles.add(person.role());
			}
		}
	}

	private static int[] indexesOf(List<Occurrence> all, Set<Occurrence> chosen) {
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (chosen.contains(all.get(i))) {
				indexes.add(i);
			}
		}
		return indexes.stream().mapToInt(Integer::intValue).toArray();
	}

	QuoteAttributor(String text, List<Span> sentences, List<Occurrence> persons) {
		this(text, sentences, persons, List.of(), Map.of());
	}

	private static List<String> titlesOf(EntityRef entity, Map<String, List<String>> knownTitles) {
		return entity.knownId() == null ? List.of() : knownTitles.getOrDefault(entity.knownId(), List.of());
	}

	private static String identity(EntityRef entity) {
		return entity.isKnown() ? entity.knownId() : entity.type() + ":" + entity.name();
	}

	/**
	 * The speakers of the quotes {@link #attribute} abstained on, as candidates for
	 * editors, each where the attribution names it.
	 */
	List<ExtractedCandidate> unresolvedSpeakers() {
		return List.copyOf(this.unresolvedSpeakers);
	}

	List<ExtractedQuote> attribute(List<QuotedSegments.Segment> quotations) {
		this.quotations = quotations;
		List<ExtractedQuote> quotes = new ArrayList<>();
		Attribution previous = null;
		QuotedSegments.Segment previousQuotation = null;
		int previousSentenceEnd = -1;
		for (QuotedSegments.Segment quotation : splitAtInterruptions(quotations)) {
			Checkpoints.check();
			Attribution attribution = attributionOf(quotation);
			if (attribution == null && previous != null
					&& (continuesPrevious(previousSentenceEnd, quotation) || isBridged(previousQuotation, quotation))) {
				attribution = previous.continued();
			}
			if (attribution == null && isUnattributedSpeech(quotation)) {
				quotes.add(direct(quotation, Attribution.unnamed()));
				previous = null;
				continue;
			}
			if (attribution != null) {
				quotes.add(direct(quotation, attribution));
				previous = attribution;
				previousQuotation = quotation;
				previousSentenceEnd = SentenceSplitter.containing(this.sentences, quotation.close(), this.text.length())
					.end();
			}
		}
		List<ExtractedQuote> indirect = indirectQuotes(quotations);
		quotes.replaceAll(quote -> withSpeakerOfEnclosingClause(quote, indirect));
		quotes.addAll(indirect);
		quotes.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		return quotes;
	}

	/**
	 * A quotation that names no speaker of its own but stands in the reported clause of a
	 * linked speaker ("Beisenov told reporters that the summit would be "…"") is that
	 * speaker's; any other quote is returned as it is. A person named after it in the
	 * sentence may be its source, and "according to X" may report a document's words, so
	 * neither gives the clause's speaker.
	 */
	private ExtractedQuote withSpeakerOfEnclosingClause(ExtractedQuote quote, List<ExtractedQuote> indirect) {
		if (quote.speaker() != null || quote.speakerAsWritten() != null || !namesNobodyAfter(quote.span())) {
			return quote;
		}
		for (ExtractedQuote clause : indirect) {
			boolean encloses = clause.span().start() <= quote.span().start()
					&& quote.span().end() <= clause.span().end();
			if (encloses && clause.speaker() != null && clause.verb() != null
					&& !ACCORDING_TO.matcher(clause.verb()).lookingAt()) {
				return new ExtractedQuote(quote.text(), quote.span(), quote.kind(), clause.speaker(),
						clause.speakerAsWritten(), clause.roleAsWritten(), clause.verb(), clause.confidence());
			}
		}
		return quote;
	}

	/**
	 * Whether the rest of the quotation's sentence names nobody who could be its source
	 * ("…," but Foreign Minister Sergey Lavrov said …).
	 */
	private boolean namesNobodyAfter(Span quoted) {
		int end = SentenceSplitter.containing(this.sentences, quoted.end() - 1, this.text.length()).end();
		return personsStartingIn(quoted.end(), end - 1).isEmpty();
	}

	/**
	 * A quotation of six words or more (shorter ones are mostly phrases a writer borrows)
	 * that its sentence presents as speech or writing ("the statement says that the group
	 * "…"", «…», — говорится в сообщении) without naming anyone: a quote whose speaker is
	 * left open.
	 */
	private boolean isUnattributedSpeech(QuotedSegments.Segment quotation) {
		Span inner = quotation.inner();
		if (quotation.depth() != 0 || this.text.substring(inner.start(), inner.end())
			.strip()
			.split("\\s+").length < SPOKEN_QUOTATION_MIN_WORDS) {
			return false;
		}
		int length = this.text.length();
		int from = Math.min(SentenceSplitter.containing(this.sentences, quotation.open(), length).start(),
				quotation.open());
		int afterClose = Math.min(quotation.close() + 1, length);
		int to = Math.max(SentenceSplitter.containing(this.sentences, quotation.close(), length).end(), afterClose);
		String before = this.text.substring(from, quotation.open());
		String after = this.text.substring(afterClose, Math.min(to, length));
		return before.strip().endsWith(":") || SPEECH_CUE.matcher(before).find() || SPEECH_CUE.matcher(after).find();
	}

	/**
	 * Cuts a quotation that the attribution interrupts («Мы не видим условий, — сказал
	 * Мирзоян. — Организация…») into its two parts, so that each is a quote of the
	 * speaker named between them.
	 */
	private List<QuotedSegments.Segment> splitAtInterruptions(List<QuotedSegments.Segment> quotations) {
		List<QuotedSegments.Segment> parts = new ArrayList<>();
		for (QuotedSegments.Segment quotation : quotations) {
			Matcher interruption = INTERRUPTION.matcher(this.text).region(quotation.open() + 1, quotation.close());
			if (!interruption.find() || !ANY_VERB.matcher(interruption.group()).find()
					|| hasQuoteMarkBetween(quotation.open() + 1, interruption.start())) {
				parts.add(quotation);
				continue;
			}
			parts.add(new QuotedSegments.Segment(quotation.open(), interruption.start(), quotation.depth()));
			parts.add(new QuotedSegments.Segment(interruption.end() - 1, quotation.close(), quotation.depth()));
		}
		return parts;
	}

	private boolean hasQuoteMarkBetween(int start, int end) {
		return QuotedSegments.hasQuoteMark(this.text.substring(start, end));
	}

	/**
	 * A quotation separated from the attributed one before it only by the attribution
	 * ("…," said X, "…") goes on with the same speaker.
	 */
	private boolean isBridged(QuotedSegments.@Nullable Segment previous, QuotedSegments.Segment quotation) {
		if (previous == null || quotation.open() <= previous.close()) {
			return false;
		}
		String gap = this.text.substring(previous.close() + 1, quotation.open());
		return BRIDGE.matcher(gap).matches() && ANY_VERB.matcher(gap).find();
	}

	/**
	 * A quotation that opens the sentence right after an attributed one goes on with the
	 * same speaker.
	 */
	private boolean continuesPrevious(int previousSentenceEnd, QuotedSegments.Segment quotation) {
		if (previousSentenceEnd < 0 || quotation.open() < previousSentenceEnd) {
			return false;
		}
		return this.text.substring(previousSentenceEnd, quotation.open()).matches("\\h*");
	}

	private @Nullable Attribution attributionOf(QuotedSegments.Segment quotation) {
		Attribution after = attributionAfter(quotation);
		return after != null ? after : attributionBefore(quotation);
	}

	private @Nullable Attribution attributionAfter(QuotedSegments.Segment quotation) {
		int from = quotation.close() + 1;
		String tail = this.text.substring(from, paragraphEndWithin(from, WINDOW));
		if (!mayBeAttributedAfter(quotation, tail)) {
			return null;
		}
		Matcher verbFirst = VERB_FIRST.matcher(tail);
		if (verbFirst.find()) {
			return speakerAfter(from + verbFirst.end(), verbFirst.group("verb"), quotation.open());
		}
		Matcher according = ACCORDING_AFTER.matcher(tail);
		if (according.find()) {
			return speakerAfter(from + according.end(), according.group("according"), quotation.open());
		}
		Matcher reference = REFERENCE_FIRST.matcher(tail);
		if (reference.find()) {
			return byReference(reference.group("reference"),
					new Span(from + reference.start("reference"), from + reference.end("reference")),
					reference.group("verb"), quotation.open());
		}
		return personThenVerb(from, tail);
	}

	private boolean mayBeAttributedAfter(QuotedSegments.Segment quotation, String tail) {
		String inner = quotation.innerText(this.text).strip();
		if (inner.isEmpty()) {
			return false;
		}
		char last = inner.charAt(inner.length() - 1);
		if (",!?…—".indexOf(last) >= 0 || tail.matches("(?s)^\\h*[,—–].*") || VERB_FIRST.matcher(tail).find()) {
			return true;
		}
		return last == '.' && tail.matches("(?s)^\\h+\\p{Ll}.*");
	}

	/**
	 * The person named after the quotation with a verb of speech after the name ("…,"
	 * Lavrov said), unless a conjunction opens a new clause right after the quotation
	 * ("…," but Lavrov said …): that clause has its own subject and speech.
	 */
	private @Nullable Attribution personThenVerb(int from, String tail) {
		for (Occurrence person : personsStartingIn(from, from + 100)) {
			int start = person.span().start();
			if (start < from || start - from > 100) {
				continue;
			}
			String gap = this.text.substring(from, start);
			int end = person.span().end();
			Matcher verb = VERB_AFTER_PERSON
				.matcher(this.text.substring(end, Math.min(this.text.length(), end + WINDOW)));
			if (QUOTE_FREE_GAP.matcher(gap).matches() && !ANY_VERB.matcher(gap).find()
					&& !CLAUSE_GOES_ON.matcher(gap).lookingAt() && verb.find()) {
				return onBehalfOrFrom(from, person, verb.group("verb"));
			}
		}
		return null;
	}

	private @Nullable Attribution speakerAfter(int offset, String verb, int quoteStart) {
		String rest = this.text.substring(offset, paragraphEndWithin(offset, WINDOW));
		Occurrence titled = personAfterTitle(offset);
		if (titled != null) {
			return onBehalfOrFrom(offset, titled, verb);
		}
		Matcher reference = REFERENCE_AT_START.matcher(rest);
		if (reference.find()) {
			return byReference(reference.group("reference"),
					new Span(offset + reference.start("reference"), offset + reference.end("reference")), verb,
					quoteStart);
		}
		Span sentence = SentenceSplitter.containing(this.sentences, offset, this.text.length());
		for (Occurrence person : personsStartingIn(offset, offset + 100)) {
			int start = person.span().start();
			boolean near = start >= offset && start - offset <= 100 && start < Math.max(sentence.end(), offset + 1);
			if (near && QUOTE_FREE_GAP.matcher(this.text.substring(offset, start)).matches()) {
				return onBehalfOrFrom(offset, person, verb);
			}
		}
		return null;
	}

	/**
	 * The attribution to a person named after {@code from}, unless the words around the
	 * name make someone else the speaker ("a spokesman for Lavrov", "Lavrov's deputy"):
	 * then the quote abstains with those words as the speaker as written.
	 */
	private Attribution onBehalfOrFrom(int from, Occurrence person, @Nullable String verb) {
		int end = person.span().end();
		Matcher possessive = POSSESSIVE_AFTER.matcher(this.text).region(end, this.text.length());
		boolean agent = AGENT_BEFORE.matcher(this.text.substring(from, person.span().start())).find();
		if (!agent && !possessive.lookingAt()) {
			return fromPerson(person, verb);
		}
		Occurrence named = possessive.lookingAt() ? personInAppositionAt(possessive.end()) : null;
		if (named != null) {
			return fromPerson(named, verb);
		}
		int start = from;
		while (start < person.span().start() && !Character.isLetter(this.text.charAt(start))) {
			start++;
		}
		int writtenEnd = possessive.lookingAt() ? possessive.end() : end;
		Span written = new Span(start, writtenEnd);
		return Attribution.abstained(this.text.substring(start, writtenEnd), written, verb,
				Evidence.UNRESOLVED_REFERENCE);
	}

	/**
	 * The person whose name, with or without a title, a comma sets after a possessive
	 * role ("Lavrov's spokesman, Ivan Petrov"): the one who speaks for the possessor.
	 */
	private @Nullable Occurrence personInAppositionAt(int roleEnd) {
		Matcher comma = APPOSITION_COMMA.matcher(this.text).region(roleEnd, this.text.length());
		if (!comma.lookingAt()) {
			return null;
		}
		return personAfterTitle(comma.end());
	}

	/**
	 * The person named right after an attribution verb behind a title ("— ответил
	 * председатель ГКНБ Камчыбек Ташиев"), where the title word is not a reference to an
	 * earlier speaker.
	 */
	private @Nullable Occurrence personAfterTitle(int offset) {
		for (Occurrence person : personsStartingIn(offset, offset + 80)) {
			int start = person.span().start();
			if (start >= offset && start - offset <= 80 && isTitleGap(this.text.substring(offset, start))) {
				return person;
			}
		}
		return null;
	}

	/**
	 * Whether the words before a name are only its titles: one title phrase, or two set
	 * apart by a comma, the second opening with a title word («руководитель учения,
	 * представитель ФСБ генерал-майор Иван Орлов»).
	 */
	private static boolean isTitleGap(String gap) {
		if (TITLE_GAP.matcher(gap).matches()) {
			return true;
		}
		int comma = gap.indexOf(',');
		if (comma < 0 || !TITLE_GAP.matcher(gap.substring(0, comma)).matches()) {
			return false;
		}
		String second = gap.substring(comma + 1).strip();
		if (!TITLE_GAP.matcher(second).matches()) {
			return false;
		}
		return TITLE_MENTION.matcher(second).lookingAt()
				|| FullNames.isTitleWord(second.split("[\\h-]+")[0].toLowerCase(Locale.ROOT));
	}

	private @Nullable Attribution attributionBefore(QuotedSegments.Segment quotation) {
		int from = paragraphStartWithin(quotation.open(), WINDOW);
		String head = this.text.substring(from, quotation.open());
		Matcher according = ACCORDING_BEFORE_QUOTE.matcher(head);
		if (according.find()) {
			Occurrence person = firstPersonWithin(
					new Span(from + according.start("source"), from + according.end("source")));
			if (according.group("subject").isBlank()) {
				return person == null ? null : fromPerson(person, according.group("according"));
			}
			if (person != null && isSubjectWithoutOtherSource(from + according.start("subject"),
					from + according.end("subject"))) {
				return fromPerson(person, according.group("according"));
			}
		}
		Matcher verb = VERB_BEFORE_QUOTE.matcher(head);
		if (verb.find()) {
			return subjectBefore(from + verb.start("verb"), verb.group("verb"));
		}
		Attribution reported = reportedSpeechBefore(quotation);
		if (reported != null) {
			return reported;
		}
		Attribution label = labelBefore(quotation.open());
		return label != null ? label : subjectOfColonClause(quotation);
	}

	/**
	 * The speaker of a quotation that a colon opens after a clause whose subject is the
	 * one person the clause names ("Abdrakhmanov was less optimistic: "…"", "The officer
	 * in charge, Major Ivan Petrov, showed me the cache: "…""): that person, when the
	 * quotation ends its sentence and nothing in the clause (another person, a title, a
	 * statement or document, a pronoun, a quote mark) could be its source. A possessive
	 * ("Lavrov's spokesman was blunt:") names someone else as the subject.
	 */
	private @Nullable Attribution subjectOfColonClause(QuotedSegments.Segment quotation) {
		if (quotation.depth() != 0 || !closesItsSentence(quotation)) {
			return null;
		}
		Span sentence = SentenceSplitter.containing(this.sentences, quotation.open(), this.text.length());
		int start = Math.min(sentence.start(), quotation.open());
		String clause = this.text.substring(start, quotation.open());
		if (!COLON_AT_END.matcher(clause).find()) {
			return null;
		}
		List<Occurrence> named = personsStartingIn(start, quotation.open() - 1);
		if (named.size() != 1) {
			return null;
		}
		Occurrence person = named.get(0);
		String before = this.text.substring(start, person.span().start());
		String after = this.text.substring(person.span().end(), quotation.open());
		boolean subject = SUBJECT_LEAD.matcher(before).matches() && !POSSESSIVE_AT_START.matcher(after).lookingAt();
		boolean otherSource = QuotedSegments.hasQuoteMark(clause) || SPEECH_CUE.matcher(clause).find()
				|| TITLE_MENTION.matcher(after).find() || OTHER_VOICE.matcher(clause).find()
				|| ACCORDING_TO.matcher(clause).find();
		return subject && !otherSource ? fromPerson(person, null) : null;
	}

	/**
	 * Whether the words between an "according to X," clause and its quotation ("the
	 * presence of observers "…"", «учение «…»») are only the quoted clause's subject: no
	 * person, title, speech verb or source that could be the quotation's own.
	 */
	private boolean isSubjectWithoutOtherSource(int start, int end) {
		String subject = this.text.substring(start, end);
		return subject.isBlank() || (!SPEECH_CUE.matcher(subject).find() && !TITLE_MENTION.matcher(subject).find()
				&& !OTHER_VOICE.matcher(subject).find() && personsStartingIn(start, end).isEmpty());
	}

	/**
	 * The speaker of a quotation that closes a sentence of reported speech: the subject
	 * of the speech verb ("Lavrov said the talks had been "useful for both sides"",
	 * «Мирзоян заявил, что Ереван «не намерен спешить»»), when nothing between the verb
	 * and the quotation could be another source (a person, a title, another verb of
	 * speech, a statement) and the quotation is long enough not to be a borrowed phrase.
	 * A verb of naming takes the same place («Тасмагамбетов называл границу «передним
	 * краем …»», "X has called for "…""), and its quotation may be followed by another
	 * clause.
	 */
	private @Nullable Attribution reportedSpeechBefore(QuotedSegments.Segment quotation) {
		if (quotation.depth() != 0 || wordsIn(quotation) < REPORTED_MIN_WORDS) {
			return null;
		}
		Span sentence = SentenceSplitter.containing(this.sentences, quotation.open(), this.text.length());
		int sentenceStart = Math.min(sentence.start(), quotation.open());
		Matcher verb = ANY_VERB.matcher(this.text).region(sentenceStart, quotation.open());
		int verbStart = -1;
		int verbEnd = -1;
		while (verb.find()) {
			verbStart = verb.start();
			verbEnd = verb.end();
		}
		Matcher naming = NAMING_VERB.matcher(this.text).region(Math.max(sentenceStart, verbEnd), quotation.open());
		boolean named = false;
		boolean labelling = false;
		boolean reportedBefore = verbStart >= 0;
		while (naming.find()) {
			verbStart = naming.start();
			verbEnd = naming.end();
			named = true;
			labelling = LABELLING_VERB.matcher(naming.group()).matches();
		}
		if (labelling && (reportedBefore || wordsIn(quotation) < SPOKEN_QUOTATION_MIN_WORDS)) {
			return null;
		}
		if (!closesItsSentence(quotation) && !(goesOnWithAClause(quotation) && (named || restIsQuiet(quotation)))) {
			return null;
		}
		if (verbStart < 0 || quotation.open() - verbEnd > REPORTED_GAP) {
			return null;
		}
		String gap = withoutOwnMedium(this.text.substring(verbEnd, quotation.open()));
		if (AS_BEFORE_VERB.matcher(this.text.substring(sentenceStart, verbStart)).find()) {
			return asClauseSpeaker(verbEnd, quotation.open(), this.text.substring(verbStart, verbEnd));
		}
		boolean otherSource = QuotedSegments.hasQuoteMark(QUOTED_ABBREVIATION.matcher(gap).replaceAll(""))
				|| SPEECH_CUE.matcher(gap).find() || TITLE_MENTION.matcher(gap).find()
				|| OTHER_VOICE.matcher(gap).find() || !personsStartingIn(verbEnd, quotation.open() - 1).isEmpty();
		return otherSource ? null : subjectBefore(verbStart, this.text.substring(verbStart, verbEnd));
	}

	/**
	 * The words between a speech verb and its quotation without the medium the speaker
	 * used, right after the verb ("said in a separate statement that …", «заявил в своем
	 * обращении, что …»): the speaker's own statement, not another source.
	 */
	private static String withoutOwnMedium(String gap) {
		if (gap.length() < 4 || (gap.charAt(1) != 'i' && gap.charAt(1) != 'в')) {
			return gap;
		}
		Matcher medium = OWN_MEDIUM.matcher(gap);
		return medium.lookingAt() ? gap.substring(medium.end()) : gap;
	}

	/**
	 * The speaker an "as" clause names before the quotation it introduces («Как отметил
	 * глава службы Иван Орлов, учение прошло «…»», "As Orlov noted, the drill was "…""):
	 * the one person named between the verb and the clause's comma, when nothing after
	 * the comma could be another source.
	 */
	private @Nullable Attribution asClauseSpeaker(int verbEnd, int quoteOpen, String verb) {
		int comma = indexOfWithin(',', verbEnd, quoteOpen);
		if (comma < 0) {
			return null;
		}
		List<Occurrence> named = personsStartingIn(verbEnd, comma);
		String after = this.text.substring(comma, quoteOpen);
		boolean otherSource = QuotedSegments.hasQuoteMark(after) || SPEECH_CUE.matcher(after).find()
				|| TITLE_MENTION.matcher(after).find() || OTHER_VOICE.matcher(after).find()
				|| ANY_VERB.matcher(after).find() || !personsStartingIn(comma, quoteOpen - 1).isEmpty();
		if (named.size() != 1 || otherSource || named.get(0).span().end() != comma) {
			return null;
		}
		return fromPerson(named.get(0), verb);
	}

	/**
	 * Whether the quotation ends a naming verb's complement and the sentence goes on with
	 * another clause («называл границу «…», и с этим трудно спорить», "called for "…,"
	 * and …").
	 */
	private boolean goesOnWithAClause(QuotedSegments.Segment quotation) {
		int from = Math.min(quotation.close() + 1, this.text.length());
		return CLAUSE_GOES_ON.matcher(this.text.substring(from, paragraphEndWithin(from, WINDOW))).lookingAt();
	}

	/**
	 * Whether the rest of the quotation's sentence names no other source: no person,
	 * title, quote mark, speech verb or statement ("…", but he stopped short of naming a
	 * date), so that the clause it opens goes on with the same subject.
	 */
	private boolean restIsQuiet(QuotedSegments.Segment quotation) {
		int from = Math.min(quotation.close() + 1, this.text.length());
		int to = Math.max(from, Math.min(SentenceSplitter.containing(this.sentences, from, this.text.length()).end(),
				paragraphEndWithin(from, WINDOW)));
		String rest = this.text.substring(from, to);
		return !QuotedSegments.hasQuoteMark(rest) && !SPEECH_CUE.matcher(rest).find()
				&& !TITLE_MENTION.matcher(rest).find() && personsStartingIn(from, to).isEmpty();
	}

	private int wordsIn(QuotedSegments.Segment quotation) {
		Span inner = quotation.inner();
		return this.text.substring(inner.start(), inner.end()).strip().split("\\s+").length;
	}

	/**
	 * Whether only the sentence's end, or a comma and a participle that goes on with the
	 * same speaker ("…", adding that…), follows the quotation.
	 */
	private boolean closesItsSentence(QuotedSegments.Segment quotation) {
		String inner = quotation.innerText(this.text).strip();
		int from = Math.min(quotation.close() + 1, this.text.length());
		String after = this.text.substring(from, paragraphEndWithin(from, WINDOW));
		if (!inner.isEmpty() && ".!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0
				&& after.matches("(?s)^(?:\\h+.*)?$")) {
			return true;
		}
		return SENTENCE_CLOSE.matcher(after).lookingAt();
	}

	/**
	 * A speaker label: the name right before a colon that opens the quote ("Лавров:
	 * «…»").
	 */
	private @Nullable Attribution labelBefore(int quoteOpen) {
		for (Occurrence person : personsStartingIn(Math.max(0, quoteOpen - NAME_WINDOW), quoteOpen)) {
			int end = person.span().end();
			boolean close = end <= quoteOpen && quoteOpen - end <= GAP_WINDOW;
			if (close && LABEL_BEFORE_QUOTE.matcher(this.text.substring(end, quoteOpen)).matches()) {
				return fromPerson(person, null);
			}
		}
		return null;
	}

	private @Nullable Attribution subjectBefore(int verbStart, String verb) {
		Span sentence = SentenceSplitter.containing(this.sentences, verbStart, this.text.length());
		int sentenceStart = Math.min(sentence.start(), verbStart);
		String before = this.text.substring(sentenceStart, verbStart);
		Matcher relative = RELATIVE_AT_END.matcher(before);
		if (relative.find()) {
			return relativeClauseHead(sentenceStart + relative.start(), relative.group("relative"),
					new Span(sentenceStart + relative.start("relative"), sentenceStart + relative.end("relative")),
					verb);
		}
		Matcher reference = REFERENCE_AT_END.matcher(before);
		if (reference.find()) {
			return byReference(reference.group("reference"),
					new Span(sentenceStart + reference.start("reference"), sentenceStart + reference.end("reference")),
					verb, verbStart);
		}
		Occurrence first = null;
		Occurrence subject = null;
		for (Occurrence person : personsStartingIn(sentence.start(), verbStart)) {
			int end = person.span().end();
			boolean inSentence = person.span().start() >= sentence.start() && end <= verbStart;
			if (inSentence && SUBJECT_GAP.matcher(this.text.substring(end, verbStart)).matches()) {
				first = (first == null) ? person : first;
				subject = person;
			}
		}
		if (subject == null) {
			return null;
		}
		if (isSubjectInDoubt(first, subject, verbStart)) {
			String asWritten = this.text.substring(first.span().start(), first.span().end());
			return Attribution.abstained(asWritten, first.span(), verb, Evidence.UNRESOLVED_NAME);
		}
		return fromPerson(subject, verb);
	}

	/**
	 * Whether another person named earlier in the sentence may be the subject instead of
	 * the one nearest the verb: "Zas met Lavrov and said", "Lavrov, speaking after Zas,
	 * said".
	 */
	private boolean isSubjectInDoubt(Occurrence first, Occurrence nearest, int verbStart) {
		if (first == nearest || identity(first.entity()).equals(identity(nearest.entity()))) {
			return false;
		}
		String gap = this.text.substring(nearest.span().end(), verbStart);
		if (gap.chars().anyMatch(Character::isLetter)) {
			return true;
		}
		String between = this.text.substring(first.span().end(), nearest.span().start());
		return gap.strip().startsWith(",") && between.contains(",");
	}

	/**
	 * The speaker of "X, who replied": the person whose name ends right at the comma,
	 * else nobody.
	 */
	private Attribution relativeClauseHead(int comma, String pronoun, Span pronounSpan, String verb) {
		List<Occurrence> before = personsStartingIn(Math.max(0, comma - NAME_WINDOW), comma);
		for (Occurrence person : before) {
			int end = person.span().end();
			if (end <= comma && comma - end <= GAP_WINDOW && this.text.substring(end, comma).isBlank()) {
				Attribution named = fromPerson(person, verb);
				return named.speaker() == null ? named : named.withEvidence(Evidence.REFERENCE);
			}
		}
		Occurrence head = null;
		for (Occurrence person : before) {
			if (!this.unrecognized.contains(person) || !holdsTitleWord(person)) {
				head = person;
			}
		}
		if (head != null && head.span().end() <= comma && isApposition(head.span().end(), comma)) {
			Attribution named = fromPerson(head, verb);
			return named.speaker() == null ? named : named.withEvidence(Evidence.REFERENCE);
		}
		return Attribution.abstained(pronoun, pronounSpan, verb, Evidence.UNRESOLVED_REFERENCE);
	}

	/**
	 * Whether the words between a name and the comma before "who" are only an apposition
	 * that describes that person (", Joint Secretary in the Foreign Ministry"): set off
	 * by a comma, with no other person, quote mark, speech verb or pronoun.
	 */
	private boolean isApposition(int nameEnd, int comma) {
		String between = this.text.substring(nameEnd, comma);
		if (!APPOSITION.matcher(between).matches() || ANY_VERB.matcher(between).find()
				|| OTHER_VOICE.matcher(between).find()) {
			return false;
		}
		for (Occurrence other : personsStartingIn(nameEnd, comma - 1)) {
			if (!this.unrecognized.contains(other) || !holdsTitleWord(other)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether an unrecognized "name" holds a title word ("Joint Secretary"): a title, not
	 * another person.
	 */
	private boolean holdsTitleWord(Occurrence occurrence) {
		String written = this.text.substring(occurrence.span().start(), occurrence.span().end());
		for (String word : written.split("[\\h-]+")) {
			if (FullNames.isTitleWord(word.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private List<ExtractedQuote> indirectQuotes(List<QuotedSegments.Segment> quotations) {
		List<ExtractedQuote> quotes = new ArrayList<>();
		for (MatchResult reported : WordStartMatches.of(INDIRECT, this.text)) {
			if (insideAny(reported.start(), quotations)) {
				continue;
			}
			String verb = reported.group(INDIRECT_VERB_EN) != null ? reported.group(INDIRECT_VERB_EN)
					: reported.group(INDIRECT_VERB_RU);
			Attribution attribution = subjectBefore(reported.start(), verb);
			addIndirect(quotes, reported.end(), attribution);
		}
		for (MatchResult according : WordStartMatches.of(ACCORDING_INDIRECT, this.text)) {
			addAccordingTo(quotes, according, quotations);
		}
		return quotes;
	}

	private void addAccordingTo(List<ExtractedQuote> quotes, MatchResult according,
			List<QuotedSegments.Segment> quotations) {
		Span sentence = SentenceSplitter.containing(this.sentences, according.start(), this.text.length());
		int comma = indexOfWithin(',', according.end(), sentence.end());
		if (comma < 0 || comma >= sentence.end() || insideAny(according.start(), quotations)) {
			return;
		}
		Occurrence person = firstPersonWithin(new Span(according.end(), comma));
		String clause = this.text.substring(comma + 1, sentence.end()).strip();
		if (person == null || clause.isEmpty() || QuotedSegments.isQuoteMark(clause.charAt(0))) {
			return;
		}
		addIndirect(quotes, comma + 1, fromPerson(person, according.group(ACCORDING_INDIRECT_WORDS)));
	}

	private void addIndirect(List<ExtractedQuote> quotes, int clauseStart, @Nullable Attribution attribution) {
		if (attribution == null) {
			return;
		}
		Span sentence = SentenceSplitter.containing(this.sentences, clauseStart, this.text.length());
		Span clause = trimmed(new Span(clauseStart, Math.max(clauseStart, sentence.end())), ".!?;:, ");
		if (clause.end() <= clause.start()) {
			return;
		}
		listIfUnresolved(attribution);
		quotes.add(new ExtractedQuote(this.text.substring(clause.start(), clause.end()), clause, QuoteKind.INDIRECT,
				attribution.speaker(), attribution.asWritten(), attribution.role(), attribution.verb(),
				attribution.confidence()));
	}

	private ExtractedQuote direct(QuotedSegments.Segment quotation, Attribution attribution) {
		Span span = trimmed(quotation.inner(), ",:; ");
		listIfUnresolved(attribution);
		return new ExtractedQuote(this.text.substring(span.start(), span.end()), span, QuoteKind.DIRECT,
				attribution.speaker(), attribution.asWritten(), attribution.role(), attribution.verb(),
				attribution.confidence());
	}

	private void listIfUnresolved(Attribution attribution) {
		if (attribution.speaker() != null || attribution.writtenAt() == null) {
			return;
		}
		for (ExtractedCandidate listed : this.unresolvedSpeakers) {
			if (listed.span().equals(attribution.writtenAt())) {
				return;
			}
		}
		this.unresolvedSpeakers.add(new ExtractedCandidate(attribution.asWritten(),
				AliasKey.of(attribution.asWritten()), EntityType.OFFICIAL, List.of(), attribution.writtenAt(), true));
	}

	private Span trimmed(Span span, String trailing) {
		int start = span.start();
		int end = span.end();
		while (start < end && Character.isWhitespace(this.text.charAt(start))) {
			start++;
		}
		while (end > start && (trailing.indexOf(this.text.charAt(end - 1)) >= 0
				|| Character.isWhitespace(this.text.charAt(end - 1)))) {
			end--;
		}
		return new Span(start, end);
	}

	/**
	 * The person a reference means: for "he"/"she"/"он"/"она" the person named last, if
	 * recognized and of a compatible gender; for a title the one person named before who
	 * holds it, unless a name the extractor does not recognize stands after that person.
	 */
	private Attribution byReference(String reference, Span writtenAt, @Nullable String verb, int before) {
		TitleReference title = TitleReference.of(reference);
		Occurrence antecedent = (title == null) ? pronounAntecedent(reference, before) : holderOf(title, before);
		if (antecedent == null || this.unnamed.introducedBetween(antecedent.span().end(), before)) {
			return Attribution.abstained(reference, writtenAt, verb, Evidence.UNRESOLVED_REFERENCE);
		}
		return new Attribution(antecedent.entity(), reference, null, verb, Evidence.REFERENCE.confidence(), null);
	}

	private @Nullable Occurrence pronounAntecedent(String pronoun, int before) {
		Occurrence latest = latestPersonBefore(before);
		if (latest == null || this.unrecognized.contains(latest)) {
			return null;
		}
		Matcher title = lastTitleMention(latest.span().end(), before);
		if (title != null) {
			latest = holderOf(TitleReference.of(title.group()), title.start());
			if (latest == null) {
				return null;
			}
		}
		boolean female = pronoun.equalsIgnoreCase("she") || pronoun.equalsIgnoreCase("она");
		if (!isCompatible(latest, female)) {
			return null;
		}
		return (title == null && hasRivalInEarlierParagraph(latest, before, female)) ? null : latest;
	}

	private boolean isCompatible(Occurrence person, boolean female) {
		PersonGender gender = genderOf(person.entity());
		return female ? gender == PersonGender.FEMALE : gender != PersonGender.FEMALE;
	}

	/**
	 * Whether the pronoun opens its account in a later paragraph than the person named
	 * last, and that person's paragraph also names another person of a compatible gender:
	 * the pronoun may then mean either of them.
	 */
	private boolean hasRivalInEarlierParagraph(Occurrence latest, int before, boolean female) {
		if (indexOfWithin('\n', latest.span().end(), before) < 0) {
			return false;
		}
		int paragraphStart = paragraphStartWithin(latest.span().start(), WINDOW);
		String identity = identity(latest.entity());
		for (Occurrence person : personsStartingIn(paragraphStart, latest.span().start() - 1)) {
			if (!identity(person.entity()).equals(identity) && isCompatible(person, female)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The last title outside quotations between the person named last and a pronoun
	 * ("…Kudrin watched. The general laughed. "…," he said."): the pronoun then means
	 * that title's holder, not simply the person named last.
	 */
	private @Nullable Matcher lastTitleMention(int from, int to) {
		Matcher mention = TITLE_MENTION.matcher(this.text).region(Math.max(from, to - WINDOW), to);
		int start = -1;
		while (mention.find()) {
			if (!insideAny(mention.start(), this.quotations)) {
				start = mention.start();
			}
		}
		if (start < 0) {
			return null;
		}
		mention.region(start, to);
		return mention.lookingAt() ? mention : null;
	}

	/**
	 * The one person before {@code before} who holds the title, unless two different
	 * people do or a person the extractor could not link comes after the holder. The
	 * holders of each title are listed once per item, so each reference costs a binary
	 * search.
	 */
	private @Nullable Occurrence holderOf(TitleReference title, int before) {
		Holders holders = this.holdersByTitle.computeIfAbsent(title.holderKey(), key -> holdersOf(title));
		int personsBefore = firstPersonStartingAt(before);
		int count = countBelow(holders.personIndexes(), personsBefore);
		if (count == 0 || count > holders.sameIdentityRun()) {
			return null;
		}
		int holderIndex = holders.personIndexes()[count - 1];
		int unrecognizedBefore = countBelow(this.unrecognizedIndexes, personsBefore);
		boolean blocked = unrecognizedBefore > 0 && this.unrecognizedIndexes[unrecognizedBefore - 1] > holderIndex;
		return blocked ? null : this.persons.get(holderIndex);
	}

	private Holders holdersOf(TitleReference title) {
		List<Integer> indexes = new ArrayList<>();
		Map<String, Boolean> heldByIdentity = new HashMap<>();
		String firstIdentity = null;
		int sameIdentityRun = 0;
		for (int i = 0; i < this.persons.size(); i++) {
			Occurrence person = this.persons.get(i);
			if (this.unrecognized.contains(person)) {
				continue;
			}
			String identity = identity(person.entity());
			boolean holds = heldByIdentity.computeIfAbsent(identity,
					(key) -> title.isHeldBy(titlesOf(person.entity())) && holdsGender(title, person.entity()));
			if (!holds) {
				continue;
			}
			firstIdentity = (firstIdentity == null) ? identity : firstIdentity;
			if (identity.equals(firstIdentity) && sameIdentityRun == indexes.size()) {
				sameIdentityRun++;
			}
			indexes.add(i);
		}
		return new Holders(indexes.stream().mapToInt(Integer::intValue).toArray(), sameIdentityRun);
	}

	/** How many of the ascending values are below the limit. */
	private static int countBelow(int[] ascending, int limit) {
		int low = 0;
		int high = ascending.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ascending[middle] < limit) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * The people of the item who hold one title, by their index among the persons, and
	 * how many of the first ones are the same person.
	 */
	private record Holders(int[] personIndexes, int sameIdentityRun) {
	}

	private boolean holdsGender(TitleReference title, EntityRef person) {
		PersonGender gender = genderOf(person);
		if (title.office().equals("spokeswoman")) {
			return gender != PersonGender.MALE;
		}
		return !title.office().equals("spokesman") || gender != PersonGender.FEMALE;
	}

	private Collection<String> titlesOf(EntityRef person) {
		return this.titlesByIdentity.getOrDefault(identity(person), Set.of());
	}

	private PersonGender genderOf(EntityRef person) {
		return this.genders.computeIfAbsent(identity(person), key -> PersonGender.of(person.name(), titlesOf(person)));
	}

	/**
	 * The attribution to a person an explicit pattern names: linked when the extractor
	 * recognized the person, else abstained with the name as written.
	 */
	private Attribution fromPerson(Occurrence person, @Nullable String verb) {
		String asWritten = this.text.substring(person.span().start(), person.span().end());
		if (this.unrecognized.contains(person)) {
			return Attribution.abstained(asWritten, person.span(), verb, Evidence.UNRESOLVED_NAME);
		}
		Evidence evidence = AliasKey.words(asWritten).size() > 1 ? Evidence.NAMED_IN_FULL : Evidence.NAMED_BY_SURNAME;
		return new Attribution(person.entity(), asWritten, person.role(), verb, evidence.confidence(), null);
	}

	private @Nullable Occurrence latestPersonBefore(int offset) {
		int before = firstPersonStartingAt(offset);
		return before == 0 ? null : this.persons.get(before - 1);
	}

	private @Nullable Occurrence firstPersonWithin(Span span) {
		for (Occurrence person : personsStartingIn(span.start(), span.end())) {
			if (person.span().start() >= span.start() && person.span().end() <= span.end()) {
				return person;
			}
		}
		return null;
	}

	private static boolean insideAny(int offset, List<QuotedSegments.Segment> quotations) {
		for (QuotedSegments.Segment quotation : quotations) {
			if (quotation.contains(offset)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The persons whose names start from {@code from} to {@code to}, both included, in
	 * order: the candidates a window can hold, found without reading the others.
	 */
	private List<Occurrence> personsStartingIn(int from, int to) {
		if (to < from) {
			return List.of();
		}
		return this.persons.subList(firstPersonStartingAt(from), firstPersonStartingAt(to + 1));
	}

	/** The index of the first person whose name starts at or after the offset. */
	private int firstPersonStartingAt(int offset) {
		int low = 0;
		int high = this.persons.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.persons.get(middle).span().start() < offset) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** Where the character first stands from {@code from} up to {@code to}, or -1. */
	private int indexOfWithin(char c, int from, int to) {
		for (int i = from; i < Math.min(to, this.text.length()); i++) {
			if (this.text.charAt(i) == c) {
				return i;
			}
		}
		return -1;
	}

	private int paragraphEndWithin(int from, int limit) {
		int end = Math.min(this.text.length(), from + limit);
		int newline = indexOfWithin('\n', from, end);
		return newline < 0 ? end : newline;
	}

	private int paragraphStartWithin(int to, int limit) {
		int start = Math.max(0, to - limit);
		for (int i = to - 1; i >= start; i--) {
			if (this.text.charAt(i) == '\n') {
				return i + 1;
			}
		}
		return start;
	}

	/**
	 * What an attribution rests on, and the confidence a quote gets from it (see
	 * docs/extraction.md, "Quote attribution").
	 */
	enum Evidence {

		/** An explicit pattern names a recognized person with at least two words. */
		NAMED_IN_FULL(0.95),
		/** An explicit pattern names a recognized person by one word, their surname. */
		NAMED_BY_SURNAME(0.85),
		/** A pronoun, title or relative pronoun resolved to one compatible person. */
		REFERENCE(0.7),
		/** An explicit pattern names someone the extractor cannot link. */
		UNRESOLVED_NAME(0.3),
		/** A reference no recognized person is compatible with, or certain for. */
		UNRESOLVED_REFERENCE(0.2),
		/**
		 * A quotation in a sentence of speech or writing that names no speaker (a
		 * statement, a document, a source).
		 */
		NO_SPEAKER(0.1);

		private final double confidence;

		Evidence(double confidence) {
			this.confidence = confidence;
		}

		double confidence() {
			return this.confidence;
		}

	}

	/**
	 * Who a statement is attributed to, as the attribution writes it.
	 *
	 * @param writtenAt where an unresolved speaker is written, for editors; null when the
	 * speaker is linked
	 */
	private record Attribution(@Nullable EntityRef speaker, @Nullable String asWritten, @Nullable String role,
			@Nullable String verb, double confidence, @Nullable Span writtenAt) {

		private static final double CONTINUATION_PENALTY = 0.1;

		static Attribution unnamed() {
			return new Attribution(null, null, null, null, Evidence.NO_SPEAKER.confidence(), null);
		}

		static Attribution abstained(String asWritten, Span writtenAt, @Nullable String verb, Evidence evidence) {
			return new Attribution(null, asWritten, null, verb, evidence.confidence(), writtenAt);
		}

		Attribution continued() {
			double lowered = Math.max(Evidence.UNRESOLVED_REFERENCE.confidence(),
					this.confidence - CONTINUATION_PENALTY);
			return new Attribution(this.speaker, this.asWritten, this.role, this.verb,
					this.speaker == null ? this.confidence : lowered, this.writtenAt);
		}

		Attribution withEvidence(Evidence evidence) {
			return new Attribution(this.speaker, this.asWritten, this.role, this.verb, evidence.confidence(),
					this.writtenAt);
		}

	}

}
