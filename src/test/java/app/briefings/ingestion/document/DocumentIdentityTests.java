package app.briefings.ingestion.document;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which sends are the same document, and the ids derived from that. */
class DocumentIdentityTests {

	private static final String HASH = ContentHash.of("MOSCOW, April 3 -- Text.");

	private static final String OTHER_HASH = ContentHash.of("MOSCOW, April 3 -- Corrected text.");

	private static final byte[] KEY = "a key of thirty-two bytes, fixed".getBytes(StandardCharsets.UTF_8);

	@Test
	void shouldKeepTheIdOfAnExternalIdAcrossTexts() {
		assertThat(id(new DocumentIdentity("wire", "a-1", HASH)))
			.isEqualTo(id(new DocumentIdentity("wire", "a-1", OTHER_HASH)))
			.hasSize(DocumentIds.ID_LENGTH);
	}

	@Test
	void shouldGiveTheSameExternalIdOfTwoPartnersTwoIds() {
		assertThat(id(new DocumentIdentity("wire", "a-1", HASH)))
			.isNotEqualTo(id(new DocumentIdentity("agency", "a-1", HASH)));
	}

	@Test
	void shouldIdentifyADocumentWithoutExternalIdByPartnerAndText() {
		DocumentIdentity identity = new DocumentIdentity("wire", null, HASH);
		assertThat(id(identity)).isEqualTo(id(new DocumentIdentity("wire", null, HASH)))
			.isNotEqualTo(id(new DocumentIdentity("wire", null, OTHER_HASH)))
			.isNotEqualTo(id(new DocumentIdentity("agency", null, HASH)))
			.isNotEqualTo(id(new DocumentIdentity("wire", HASH, HASH)));
		assertThat(identity.externalKey()).isNull();
	}

	@Test
	void shouldNotDeriveTheIdFromPartnerAndExternalIdAlone() {
		DocumentIdentity identity = new DocumentIdentity("wire", "a-1", HASH);
		byte[] otherKey = "another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8);
		assertThat(id(identity)).isNotEqualTo(DocumentIds.idOf(identity, otherKey))
			.isNotEqualTo(identity.derivableId())
			.doesNotContain(ContentHash.of("wire\nexternal:a-1").substring(0, 24));
		assertThat(DocumentIdentity.isDerivable(id(identity))).isFalse();
	}

	@Test
	void shouldNameTheIdDocumentsWereGivenBeforeIdsWereKeyed() {
		DocumentIdentity identity = new DocumentIdentity("wire", "a-1", HASH);
		assertThat(identity.derivableId()).isEqualTo(ContentHash.of("wire\nexternal:a-1").substring(0, 24));
		assertThat(DocumentIdentity.isDerivable(identity.derivableId())).isTrue();
	}

	@Test
	void shouldKeyAnExternalIdByItsPartner() {
		assertThat(new DocumentIdentity("wire", "a-1", HASH).externalKey()).isEqualTo("wire/a-1");
	}

	private static String id(DocumentIdentity identity) {
		return DocumentIds.idOf(identity, KEY);
	}

	@Test
	void shouldNameTheIdOfDocumentsStoredBeforePartnersWereAPartOfIdentity() {
		assertThat(new DocumentIdentity("wire", null, HASH).legacyId()).isEqualTo(HASH.substring(0, 24));
	}

}
