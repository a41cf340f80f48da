package app.briefings.ingestion.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The forms of a knowledge-base name that end in a country's official long name instead
 * of its short one: «Совет безопасности России» is also written «Совет безопасности
 * Российской Федерации», "Ministry of Defence of Russia" also "Ministry of Defence of the
 * Russian Federation". Only the genitive tail is replaced, so the head word's case forms
 * follow as for the short name.
 */
final class CountryLongForms {

	private static final Map<String, String> LONG_TAILS = Map.of(" России", " Российской Федерации", " РФ",
			" Российской Федерации", " Беларуси", " Республики Беларусь", " Казахстана", " Республики Казахстан",
			" Таджикистана", " Республики Таджикистан", " Армении", " Республики Армения", " Киргизии",
			" Кыргызской Республики", " of Russia", " of the Russian Federation");

	private CountryLongForms() {
	}

	/**
	 * The long forms of a name, or none when it does not end in a country's short name.
	 */
	static List<String> of(String name) {
		List<String> forms = new ArrayList<>();
		for (Map.Entry<String, String> tail : LONG_TAILS.entrySet()) {
			if (name.endsWith(tail.getKey())) {
				forms.add(name.substring(0, name.length() - tail.getKey().length()) + tail.getValue());
			}
		}
		return forms;
	}

}
