package app.briefings.knowledgebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.core.io.ClassPathResource;

/**
 * The SHA-256 of the curated data files shipped in the application, with the version of
 * the way they are imported: equal fingerprints mean an import would write what the
 * database already holds.
 */
final class CuratedDataFingerprint {

	/**
	 * Raise when the importer writes the same files differently, so that the next start
	 * imports them again.
	 */
	static final int IMPORT_FORMAT = 1;

	private CuratedDataFingerprint() {
	}

	/** The fingerprint of the curated files as shipped on the class path now. */
	static String ofShippedFiles() {
		MessageDigest digest = sha256();
		digest.update(("import-format:" + IMPORT_FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
		for (KnowledgeBaseCollection collection : KnowledgeBaseCollection.values()) {
			String path = collection.curatedDataPath();
			digest.update((path + "\n").getBytes(StandardCharsets.UTF_8));
			digest.update(contentOf(path));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static byte[] contentOf(String path) {
		ClassPathResource resource = new ClassPathResource(path);
		if (!resource.exists()) {
			return new byte[0];
		}
		try (InputStream input = resource.getInputStream()) {
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read curated data " + path, ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
