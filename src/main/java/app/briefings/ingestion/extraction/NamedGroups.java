package app.briefings.ingestion.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The number of a named group in a pattern, for reading it from a {@code MatchResult},
 * which on Java 17 offers no access by name: the rules name their groups in the pattern
 * and look the number up once, when their class loads.
 */
final class NamedGroups {

	private NamedGroups() {
	}

	/**
	 * The number of the capturing group {@code (?<name>…)} in the pattern.
	 * @throws IllegalArgumentException when the pattern has no such group
	 */
	static int index(Pattern pattern, String name) {
		Integer number = indexes(pattern).get(name);
		if (number == null) {
			throw new IllegalArgumentException("No group named " + name + " in " + pattern.pattern());
		}
		return number;
	}

	/** The number of every named capturing group of the pattern, by name. */
	static Map<String, Integer> indexes(Pattern pattern) {
		String regex = pattern.pattern();
		Map<String, Integer> numbers = new HashMap<>();
		int number = 0;
		int classDepth = 0;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				classDepth++;
			}
			else if (c == ']' && classDepth > 0) {
				classDepth--;
			}
			else if (c == '(' && classDepth == 0) {
				boolean plain = i + 1 >= regex.length() || regex.charAt(i + 1) != '?';
				boolean named = !plain && regex.startsWith("?<", i + 1) && i + 3 < regex.length()
						&& regex.charAt(i + 3) != '=' && regex.charAt(i + 3) != '!';
				if (plain || named) {
					number++;
				}
				if (named) {
					numbers.put(regex.substring(i + 3, regex.indexOf('>', i + 3)), number);
				}
			}
		}
		return Map.copyOf(numbers);
	}

}
