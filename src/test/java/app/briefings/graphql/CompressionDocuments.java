package app.briefings.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * News documents of about 3 kB for measuring answers on the wire: each names officials,
 * organizations and operations of the curated knowledge base, with a quote, so that a
 * feed page carries the linked data a real one does.
 */
final class CompressionDocuments {

	private static final List<String> SPEAKERS = List.of("Sergey Lavrov", "Stanislav Zas", "Imangali Tasmagambetov");

	private static final List<String> BODIES = List.of("the CSTO", "the UN", "the OSCE");

	private static final List<String> EXERCISES = List.of("the Rubezh training", "Operation Channel",
			"the Interaction exercise");

	private static final List<String> BACKGROUND = List.of(
			"The delegations spent most of the day in closed session and agreed to meet again before the end of the year.",
			"A spokesman said the timetable for the next round would be announced once the consultations were over.",
			"The talks came after several contacts between deputy ministers in the spring and early summer.",
			"Border security, logistics and the exchange of information on armed groups were added to the agenda.",
			"Views were exchanged on regional stability, arms control and the situation on the southern borders.",
			"The press service described the atmosphere of the meeting as constructive and businesslike.");

	private CompressionDocuments() {
	}

	/** The n-th document of a source: a unique external id and about 3,000 characters. */
	static Map<String, Object> number(int n, String source) {
		String speaker = SPEAKERS.get(n % SPEAKERS.size());
		String body = BODIES.get((n / 2) % BODIES.size());
		String exercise = EXERCISES.get((n / 3) % EXERCISES.size());
		String day = String.format("%02d", 1 + n % 28);
		List<String> sentences = new ArrayList<>();
		sentences.add("MOSCOW, May " + day + " -- " + speaker + " said that " + body + " would hold " + exercise
				+ " in the autumn, in report " + n + " of " + source + ".");
		sentences
			.add("\"We are ready to work with every partner on " + exercise + ",\" " + speaker + " told reporters.");
		int i = n;
		while (String.join(" ", sentences).length() < 3000) {
			sentences.add(BACKGROUND.get(i++ % BACKGROUND.size()));
		}
		return Map.of("text", String.join(" ", sentences), "publishedAt", "2026-05-" + day, "sourceName", source,
				"externalId", source.replace(' ', '-') + "-" + n);
	}

}
