package app.briefings.ingestion.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Words that a capital letter makes look like a first name only because they open a
 * sentence: adverbs, conjunctions, pronouns, prepositions, particles and the usual
 * sentence starters of English and Russian news. None of them is a first name, so none
 * can make a full name with the surname after it ("Тогда Тасмагамбетов назвал ...").
 */
final class CommonCapitalWords {

	private static final Set<String> WORDS = Set.of("then", "now", "so", "thus", "hence", "there", "here", "this",
			"that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its",
			"since", "until", "although", "though", "yet", "still", "again", "once", "where", "what", "who", "which",
			"why", "how", "all", "both", "each", "every", "some", "many", "most", "only", "even", "just", "today",
			"yesterday", "tomorrow", "earlier", "later", "also", "instead", "indeed", "moreover", "besides", "thereby",
			"nevertheless", "nonetheless", "otherwise", "finally", "first", "second", "next", "last", "soon",
			"recently", "previously", "afterwards", "subsequently", "speaking", "asked", "addressing", "in", "on", "at",
			"by", "to", "for", "from", "with", "without", "about", "under", "over", "among", "between", "during",
			"through", "against", "or", "nor", "a", "an", "because", "unless", "whether", "not", "no", "yes", "тогда",
			"затем", "потом", "теперь", "сейчас", "ранее", "позже", "позднее", "вскоре", "впоследствии", "накануне",
			"вчера", "сегодня", "завтра", "здесь", "там", "тут", "где", "куда", "откуда", "это", "этот", "эта", "эти",
			"тот", "та", "те", "он", "она", "оно", "они", "мы", "я", "вы", "ты", "его", "ее", "её", "их", "наш", "ваш",
			"при", "после", "перед", "до", "на", "в", "во", "с", "со", "к", "ко", "о", "об", "от", "за", "из", "для",
			"без", "под", "над", "между", "через", "про", "у", "уже", "ещё", "еще", "лишь", "только", "даже", "именно",
			"вместе", "так", "также", "тоже", "а", "или", "ни", "не", "же", "ли", "бы", "что", "чем", "кто", "который",
			"которая", "которые", "однако", "поэтому", "потому", "кроме", "впрочем", "напомним", "кстати", "итак",
			"зато", "хотя", "если", "пока", "всё", "все", "весь", "вся", "сам", "сама", "сами", "причем", "причём",
			"более", "менее", "почти", "снова", "вновь", "опять", "прежде", "сначала", "наконец", "например",
			"возможно", "видимо", "действительно", "помимо", "согласно", "выступая", "отвечая", "комментируя", "говоря",
			"отметим", "добавим", "известно", "сообщается");

	private CommonCapitalWords() {
	}

	/** Whether the word, in any case, is one of these common words. */
	static boolean contains(String word) {
		return WORDS.contains(word.toLowerCase(Locale.ROOT));
	}

}
