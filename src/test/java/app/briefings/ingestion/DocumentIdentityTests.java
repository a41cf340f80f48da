package app.briefings.ingestion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which sends are the same document, and the ids derived from that. */
class DocumentIdentityTests {

	private static final String HASH = ContentHash.of("MOSCOW, April 3 -- Text.");

	private static final String OTHER_HASH = ContentHash.of("MOSCOW, April 3 -- Corrected text.");

	@Test
	void shouldKeepTheIdOfAnExternalIdAcrossTexts() {
		assertThat(new DocumentIdentity("wire", "a-1", HASH).documentId())
			.isEqualTo(new DocumentIdentity("wire", "a-1", OTHER_HASH).documentId())
			.hasSize(24);
	}

	@Test
	void shouldGiveTheSameExternalIdOfTwoPartnersTwoIds() {
		assertThat(new DocumentIdentity("wire", "a-1", HASH).documentId())
			.isNotEqualTo(new DocumentIdentity("agency", "a-1", HASH).documentId());
	}

	@Test
	void shouldIdentifyADocumentWithoutExternalIdByPartnerAndText() {
		DocumentIdentity identity = new DocumentIdentity("wire", null, HASH);
		assertThat(identity.documentId()).isEqualTo(new DocumentIdentity("wire", null, HASH).documentId())
			.isNotEqualTo(new DocumentIdentity("wire", null, OTHER_HASH).documentId())
			.isNotEqualTo(new DocumentIdentity("agency", null, HASH).documentId())
			.isNotEqualTo(new DocumentIdentity("wire", HASH, HASH).documentId());
		assertThat(identity.externalKey()).isNull();
	}

	@Test
	void shouldKeyAnExternalIdByItsPartner() {
		assertThat(new DocumentIdentity("wire", "a-1", HASH).externalKey()).isEqualTo("wire/a-1");
	}

	@Test
	void shouldNameTheIdOfDocumentsStoredBeforePartnersWereAPartOfIdentity() {
		assertThat(new DocumentIdentity("wire", null, HASH).legacyId()).isEqualTo(HASH.substring(0, 24));
	}

}
