package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker rules from the tenth blind round: people introduced by a mandate followed by a
 * second role, by a parliament's speaker title, by a lower-case institution after their
 * title, by a title after their name in lower case, by a title whose institution joins
 * two adjectives with «и», and by leading a delegation; and an expert named by a kindred
 * title.
 */
class Round10SpeakerRulesTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldNameAMemberOfAParliamentWhoseMandateIsFollowedByASecondRole() {
		ExtractedItem item = only("Kazakh MP on phone fraud and bank checks\n"
				+ "Gulnara Bekova, a member of the Mazhilis and deputy chair of its budget committee, spoke to us.\n"
				+ "\"Banks must check every transfer to an unknown account,\" Bekova said.");

		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Gulnara Bekova");
		assertThat(ExtractionAssertions.directQuoteSpeakers(item)).containsExactly("Gulnara Bekova");
	}

	@Test
	void shouldNameTheSpeakerOfAParliamentByHisTitle() {
		ExtractedItem item = only("Parliament speaker meets envoys\n"
				+ "Toraga of the Jogorku Kenesh Almaz Dzhumabaev met the envoys on Monday.\n"
				+ "\"We want the projects to continue in the south,\" Dzhumabaev said.");

		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Almaz Dzhumabaev");
		assertThat(ExtractionAssertions.directQuoteSpeakers(item)).containsExactly("Almaz Dzhumabaev");
	}

	@Test
	void shouldNameAPersonWhoseTitleEndsInALowerCaseInstitution() {
		ExtractedItem item = only("Centre plans a drill in Armenia\n"
				+ "The centre will hold a drill next year, deputy head of the centre Pavel Kornilov told reporters.\n"
				+ "Asked about its scale, Kornilov said: \"At least six services will take part in the drill.\"");

		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Pavel Kornilov");
		assertThat(ExtractionAssertions.directQuoteSpeakers(item)).containsExactly("Pavel Kornilov");
	}

	@Test
	void shouldNameAPersonFollowedByATitleInLowerCase() {
		ExtractedItem item = only("Security chiefs meet in Moscow\n"
				+ "The minister met Timur Nazarov, secretary of the Security Council of Tajikistan, on Friday.");

		assertThat(names(item, EntityType.OFFICIAL)).contains("Timur Nazarov");
	}

	@Test
	void shouldNameAPersonWhoLeadsADelegationOfDeputies() {
		ExtractedItem item = only("Deputies visit a border outpost\n"
				+ "A working group of deputies led by Saltanat Omurova visited the outpost.\n"
				+ "\"The outposts need roads and water first,\" Omurova told the guards.");

		assertThat(names(item, EntityType.OFFICIAL)).containsExactly("Saltanat Omurova");
		assertThat(ExtractionAssertions.directQuoteSpeakers(item)).containsExactly("Saltanat Omurova");
	}

	@Test
	void shouldNameAPersonAfterATitleWhoseInstitutionJoinsTwoAdjectives() {
		ExtractedItem item = only("Аналитики обсудили модель сотрудничества\n"
				+ "Заместитель директора Института правовых и экономических исследований Рустам Назаров, "
				+ "выступая на конференции, назвал такую модель удачной.\n"
				+ "«Каждая страна сохраняет свободу, а угрозы обсуждаются вместе», — сказал он.");

		assertThat(names(item, EntityType.OFFICIAL)).contains("Rustam Nazarov");
		assertThat(ExtractionAssertions.directQuoteSpeakers(item)).containsExactly("Rustam Nazarov");
	}

	@Test
	void shouldGiveAQuoteOfTheExpertToThePoliticalScientistNamedBefore() {
		ExtractedItem item = only("Премьер сохраняет статус-кво\n"
				+ "Армянский политолог Гарегин Мартиросян отметил, что премьер сохраняет статус-кво.\n"
				+ "«Премьер оставляет себе пространство для маневра, и это понимают все», — считает эксперт.");

		assertThat(ExtractionAssertions.directQuoteSpeakers(item)).containsExactly("Garegin Martirosyan");
	}

	private static ExtractedItem only(String text) {
		return ExtractionAssertions.onlyItem(EXTRACTOR, text);
	}

	private static List<String> names(ExtractedItem item, EntityType type) {
		return ExtractionAssertions.distinctNames(item, type);
	}

}
