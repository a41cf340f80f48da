package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WholeWordKeyTrie}: it finds the whole-word matches an Aho-Corasick
 * automaton over the same keys finds, in the same order.
 */
class WholeWordKeyTrieTests {

	@Test
	void shouldFindKeysOnlyAsWholeWordsOrderedByEndThenKey() {
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("united states", "country");
		keys.put("states", "plural");
		keys.put("us", "acronym");
		keys.put("un", "united nations");
		WholeWordKeyTrie<String> trie = WholeWordKeyTrie.of(keys);

		List<String> found = described(trie.wholeWordMatches("the united states and us bus un unit states"));

		assertThat(found).containsExactly("11-17 plural", "4-17 country", "22-24 acronym", "29-31 united nations",
				"37-43 plural");
	}

	@Test
	void shouldFindWhatAnAhoCorasickAutomatonFindsAtWordBoundariesInTheSameOrder() {
		Random random = new Random(23);
		for (int round = 0; round < 200; round++) {
			Map<String, Integer> keys = new LinkedHashMap<>();
			for (int k = 0; k < 1 + random.nextInt(40); k++) {
				keys.putIfAbsent(randomKey(random, 1 + random.nextInt(3)), k);
			}
			String keyed = randomKey(random, 1 + random.nextInt(60));
			PayloadTrie.PayloadTrieBuilder<Integer> builder = PayloadTrie.builder();
			keys.forEach(builder::addKeyword);
			List<String> expected = new ArrayList<>();
			for (PayloadEmit<Integer> emit : builder.build().parseText(keyed)) {
				int start = emit.getStart();
				int end = emit.getEnd() + 1;
				boolean startsWord = start == 0 || keyed.charAt(start - 1) == ' ';
				boolean endsWord = end == keyed.length() || keyed.charAt(end) == ' ';
				if (startsWord && endsWord) {
					expected.add(start + "-" + end + " " + emit.getPayload());
				}
			}

			List<String> found = described(WholeWordKeyTrie.of(keys).wholeWordMatches(keyed));

			assertThat(found).as("keys %s in '%s'", keys.keySet(), keyed).isEqualTo(expected);
		}
	}

	/**
	 * Words of one to three letters from a small alphabet, so that keys overlap often.
	 */
	private static String randomKey(Random random, int words) {
		StringBuilder key = new StringBuilder();
		for (int w = 0; w < words; w++) {
			if (w > 0) {
				key.append(' ');
			}
			for (int c = 0; c < 1 + random.nextInt(3); c++) {
				key.append("abc".charAt(random.nextInt(3)));
			}
		}
		return key.toString();
	}

	private static <T> List<String> described(List<WholeWordKeyTrie.Match<T>> matches) {
		return matches.stream().map((match) -> match.start() + "-" + match.end() + " " + match.payload()).toList();
	}

}
