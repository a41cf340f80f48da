package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the occurrences of an item into one mention per entity, and lets a short form
 * refer back to an entity once its full name has been seen: a person's surname alone
 * ("Bekbolotov", "Бекболотова"), also for people the knowledge base lists without their
 * surname as an alias, and a new organization's acronym ("GKNB").
 */
final class MentionLinker {

	private MentionLinker() {
	}

	static List<Occurrence> withShortForms(String text, List<Occurrence> occurrences) {
		ShortForms all = new ShortForms(text, occurrences);
		for (Occurrence occurrence : occurrences) {
			Checkpoints.check();
			if (occurrence.isPerson()) {
				addSurnameOccurrences(text, occurrence, all);
			}
			if (occurrence.entity().isKnown()) {
				continue;
			}
			for (String acronym : acronymsOf(occurrence.entity())) {
				all.addWordOccurrences(acronym, occurrence);
			}
		}
		return all.sorted();
	}

	/**
	 * The occurrences gathered so far, with what finds a word in the text and tells a
	 * taken place quickly, so that each short form costs about its own occurrences.
	 */
	private static final class ShortForms {

		private final List<Occurrence> all;

		private final SpanIndex taken;

		private final WholeWordIndex words;

		private final Map<String, List<Span>> found = new HashMap<>();

		private final Map<String, Integer> consideredAfter = new HashMap<>();

		ShortForms(String text, List<Occurrence> occurrences) {
			this.all = new ArrayList<>(occurrences);
			this.taken = SpanIndex.of(occurrences);
			this.words = new WholeWordIndex(text);
		}

		/**
		 * Adds the word's places after the person that no occurrence takes yet. Places
		 * after an earlier call's person were all considered then and are taken since, so
		 * only the ones before it are read again.
		 */
		void addWordOccurrences(String word, Occurrence person) {
			List<Span> spans = this.found.computeIfAbsent(word, this.words::of);
			int after = person.span().start();
			int considered = this.consideredAfter.getOrDefault(word, Integer.MAX_VALUE);
			for (int i = firstStartingAfter(spans, after); i < spans.size(); i++) {
				Span span = spans.get(i);
				if (span.start() > considered) {
					break;
				}
				if (!this.taken.overlapsAny(span)) {
					this.all.add(new Occurrence(person.entity(), span, 0.6, null));
					this.taken.add(span);
				}
			}
			this.consideredAfter.put(word, Math.min(after, considered));
		}

		private static int firstStartingAfter(List<Span> spans, int offset) {
			int low = 0;
			int high = spans.size();
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (spans.get(middle).start() > offset) {
					high = middle;
				}
				else {
					low = middle + 1;
				}
			}
			return low;
		}

		List<Occurrence> sorted() {
			this.all.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
			return this.all;
		}

	}

	private static List<String> acronymsOf(EntityRef entity) {
		List<String> acronyms = new ArrayList<>();
		for (String alias : entity.aliases()) {
			if (alias.equals(alias.toUpperCase()) && alias.indexOf(' ') < 0) {
				acronyms.add(alias);
			}
		}
		return acronyms;
	}

	private static void addSurnameOccurrences(String text, Occurrence person, ShortForms all) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(lastWord(text.substring(person.span().start(), person.span().end())));
		for (String alias : person.entity().aliases()) {
			forms.add(lastWord(alias));
			forms.addAll(RussianCaseForms.of(lastWord(alias)));
		}
		for (String form : forms) {
			all.addWordOccurrences(form, person);
		}
	}

	private static String lastWord(String name) {
		return name.substring(name.lastIndexOf(' ') + 1);
	}

	static List<ExtractedMention> link(String text, List<Occurrence> occurrences) {
		Map<String, List<Occurrence>> byEntity = new LinkedHashMap<>();
		for (Occurrence occurrence : occurrences) {
			byEntity.computeIfAbsent(identity(occurrence.entity()), key -> new ArrayList<>()).add(occurrence);
		}
		List<ExtractedMention> mentions = new ArrayList<>();
		for (List<Occurrence> group : byEntity.values()) {
			mentions.add(mention(text, group));
		}
		return mentions;
	}

	private static ExtractedMention mention(String text, List<Occurrence> group) {
		Occurrence first = group.get(0);
		List<Span> spans = new ArrayList<>();
		Set<String> aliases = new LinkedHashSet<>();
		double confidence = 0;
		String role = null;
		for (Occurrence occurrence : group) {
			spans.add(occurrence.span());
			aliases.addAll(occurrence.entity().aliases());
			confidence = Math.max(confidence, occurrence.confidence());
			role = role != null ? role : occurrence.role();
		}
		EntityRef entity = first.entity();
		EntityRef merged = new EntityRef(entity.type(), entity.knownId(), entity.name(), new ArrayList<>(aliases),
				entity.kind());
		String surface = text.substring(first.span().start(), first.span().end());
		return new ExtractedMention(merged, surface, spans, confidence, role);
	}

	private static String identity(EntityRef entity) {
		return entity.isKnown() ? entity.knownId() : entity.type() + ":" + entity.name();
	}

}
