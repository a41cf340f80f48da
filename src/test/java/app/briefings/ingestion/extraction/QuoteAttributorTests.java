package app.briefings.ingestion.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Direct and indirect quotes and the speakers they are attributed to. */
class QuoteAttributorTests {

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(KnowledgeBaseFiles.all());

	@Test
	void shouldAttributeAQuoteFollowedBySpeakerAndVerb() {
		assertThat(quotes("\"We will act together,\" Zas said."))
			.extracting(ExtractedQuote::text, this::speakerId, ExtractedQuote::speakerAsWritten, ExtractedQuote::verb,
					ExtractedQuote::kind)
			.containsExactly(tuple("We will act together", "stanislav-zas", "Zas", "said", QuoteKind.DIRECT));
	}

	@Test
	void shouldAttributeAQuoteFollowedByVerbAndTitledSpeaker() {
		assertThat(quotes("“The threat is growing,” said the CSTO Secretary General Stanislav Zas."))
			.extracting(ExtractedQuote::text, this::speakerId, ExtractedQuote::roleAsWritten)
			.containsExactly(tuple("The threat is growing", "stanislav-zas", "CSTO Secretary General"));
	}

	@Test
	void shouldAttributeAQuoteAfterSpeakerAndColon() {
		assertThat(quotes("Sergey Lavrov said: \"Terrorism remains the main threat.\""))
			.extracting(ExtractedQuote::text, this::speakerId)
			.containsExactly(tuple("Terrorism remains the main threat.", "sergey-lavrov"));
	}

	@Test
	void shouldAttributeBothHalvesOfAQuoteAroundItsSpeaker() {
		assertThat(quotes("“We are ready,” Mirzoyan said, “but we need answers.”")).extracting(this::speakerId)
			.containsExactly("ararat-mirzoyan", "ararat-mirzoyan");
	}

	@Test
	void shouldAttributePronounsToThePersonNamedLastAndTitlesToTheirHolder() {
		String text = "Col. Gen. Stanislav Zas arrived in Minsk. \"The borders are safe,\" he added. "
				+ "\"Our forces are ready,\" the general stressed.";
		assertThat(quotes(text)).extracting(this::speakerId, ExtractedQuote::speakerAsWritten)
			.containsExactly(tuple("stanislav-zas", "he"), tuple("stanislav-zas", "the general"));
	}

	@Test
	void shouldAttributeRussianQuotesWithADash() {
		assertThat(quotes("«Мы будем действовать сообща», — заявил Станислав Зась."))
			.extracting(ExtractedQuote::text, this::speakerId, ExtractedQuote::verb)
			.containsExactly(tuple("Мы будем действовать сообща", "stanislav-zas", "заявил"));
	}

	@Test
	void shouldAttributeAccordingToQuotes() {
		assertThat(quotes("According to Lavrov, \"the threat remains.\" По словам Зася, «угроза растет»."))
			.extracting(this::speakerId, ExtractedQuote::kind)
			.containsExactly(tuple("sergey-lavrov", QuoteKind.DIRECT), tuple("stanislav-zas", QuoteKind.DIRECT));
	}

	@Test
	void shouldAttributeAQuoteThatFollowsTheSubjectOfAnAccordingToClause() {
		String text = "According to Lavrov, the new border post \"will open to traders from both sides next spring.\" "
				+ "По словам Зася, учение «стало частью подготовки к большому сбору сил» в следующем году.";
		assertThat(quotes(text)).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerId)
			.containsExactly("sergey-lavrov", "stanislav-zas");
	}

	@Test
	void shouldNotGiveAnAccordingToSpeakerAQuoteThatAnotherSourceIntroduces() {
		String text = "According to Lavrov, the statement \"will open the border to traders from both sides.\"";
		assertThat(quotes(text)).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT)
			.extracting(this::speakerId)
			.containsOnlyNulls();
	}

	@Test
	void shouldReportIndirectQuotes() {
		assertThat(quotes("Zas said that the threat was growing. Зась заявил, что угроза растет."))
			.extracting(ExtractedQuote::text, this::speakerId, ExtractedQuote::kind)
			.containsExactly(tuple("the threat was growing", "stanislav-zas", QuoteKind.INDIRECT),
					tuple("угроза растет", "stanislav-zas", QuoteKind.INDIRECT));
	}

	@Test
	void shouldLetAQuoteRightAfterAnAttributedOneGoOnWithTheSameSpeaker() {
		assertThat(quotes("\"The threat is real,\" Zas told reporters. \"Our forces must be ready.\""))
			.extracting(ExtractedQuote::text, this::speakerId)
			.containsExactly(tuple("The threat is real", "stanislav-zas"),
					tuple("Our forces must be ready.", "stanislav-zas"));
	}

	@Test
	void shouldAttributeQuotesToldToAnAgencyOrWithAnAsideOrWithoutAComma() {
		assertThat(quotes("Lavrov told TASS: \"The talks went well.\"")).extracting(this::speakerId)
			.containsExactly("sergey-lavrov");
		assertThat(quotes("\"The talks went well,\" Lavrov, who led the delegation, said.")).extracting(this::speakerId)
			.containsExactly("sergey-lavrov");
		assertThat(quotes("\"The talks went well\" said Lavrov.")).extracting(this::speakerId)
			.containsExactly("sergey-lavrov");
	}

	@Test
	void shouldNotAttributeAQuoteThatClosesItsSentence() {
		assertThat(quotes("\"Terrorism knows no borders.\" Zas said nothing else.")).isEmpty();
	}

	@Test
	void shouldGiveAQuotationToThePersonAnAsClauseNames() {
		assertThat(quotes("Как отметил генеральный секретарь ОДКБ Станислав Зась, учения прошли «в условиях, "
				+ "близких к боевым». As Zas noted, the drills were \"harder than any before them\"."))
			.extracting(this::speakerId)
			.containsExactly("stanislav-zas", "stanislav-zas");
		assertThat(
				quotes("Как отметил Станислав Зась, министр Лавров назвал учения «полезными для всех сторон и нужными "
						+ "всем армиям региона»."))
			.isNotEmpty()
			.extracting(this::speakerId)
			.doesNotContain("stanislav-zas");
	}

	@Test
	void shouldLeaveQuotedNamesAndTitlesAlone() {
		assertThat(quotes("Zas wrote in the \"Independent Military Review\" about the so-called \"Vilayat Khorasan\"."))
			.isEmpty();
	}

	private List<ExtractedQuote> quotes(String text) {
		ExtractedItem item = EXTRACTOR.extract(new ExtractionInput(text, null, null)).items().get(0);
		ExtractionAssertions.assertSpansMatchBody(item);
		return item.quotes();
	}

	private String speakerId(ExtractedQuote quote) {
		return quote.speaker() == null ? null : quote.speaker().knownId();
	}

}
