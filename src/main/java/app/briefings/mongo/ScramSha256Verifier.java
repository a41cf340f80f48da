package app.briefings.mongo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of SCRAM-SHA-256 (RFC 5802 and 7677) for one user, as MongoDB drivers
 * speak it in {@code saslStart} and {@code saslContinue}. Only the stored key and server
 * key derived from the password are kept, never the password.
 */
final class ScramSha256Verifier {

	/**
	 * The fewest iterations drivers accept for SCRAM-SHA-256 (RFC 7677). More would only
	 * slow a guess at a weak password; the password here is 32 random bytes made at each
	 * start, and every start and every new connection of this process's own client pays
	 * for the iterations (MongoDB's 15,000 cost a start about a second of CPU).
	 */
	private static final int ITERATIONS = 4096;

	private static final String GS2_HEADER = "n,,";

	private static final SecureRandom random = new SecureRandom();

	private final String user;

	private final byte[] salt;

	private final byte[] storedKey;

	private final byte[] serverKey;

	ScramSha256Verifier(String user, String password) {
		this.user = user;
		this.salt = randomBytes(16);
		byte[] saltedPassword = saltedPassword(password, this.salt);
		this.storedKey = sha256(hmac(saltedPassword, "Client Key"));
		this.serverKey = hmac(saltedPassword, "Server Key");
	}

	/**
	 * Answers the client's first message.
	 * @throws AuthenticationFailedException for another user or a malformed message
	 */
	Exchange start(String clientFirst) {
		if (!clientFirst.startsWith(GS2_HEADER)) {
			throw new AuthenticationFailedException();
		}
		String clientFirstBare = clientFirst.substring(GS2_HEADER.length());
		Map<String, String> attributes = attributes(clientFirstBare);
		String clientNonce = attributes.get("r");
		if (!this.user.equals(attributes.get("n")) || clientNonce == null || clientNonce.isEmpty()) {
			throw new AuthenticationFailedException();
		}
		String nonce = clientNonce + Base64.getEncoder().encodeToString(randomBytes(24));
		String serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(this.salt) + ",i=" + ITERATIONS;
		return new Exchange(clientFirstBare, serverFirst, nonce);
	}

	/**
	 * Checks the client's proof and returns the server's final message, which proves to
	 * the client that this server knows the password too.
	 * @throws AuthenticationFailedException for a wrong proof or a malformed message
	 */
	String finish(Exchange exchange, String clientFinal) {
		int proofAt = clientFinal.lastIndexOf(",p=");
		if (proofAt < 0) {
			throw new AuthenticationFailedException();
		}
		String withoutProof = clientFinal.substring(0, proofAt);
		Map<String, String> attributes = attributes(withoutProof);
		String channelBinding = Base64.getEncoder().encodeToString(GS2_HEADER.getBytes(StandardCharsets.US_ASCII));
		if (!channelBinding.equals(attributes.get("c")) || !exchange.nonce().equals(attributes.get("r"))) {
			throw new AuthenticationFailedException();
		}
		byte[] proof = decoded(clientFinal.substring(proofAt + 3));
		String authMessage = exchange.clientFirstBare() + "," + exchange.serverFirst() + "," + withoutProof;
		byte[] clientSignature = hmac(this.storedKey, authMessage);
		if (proof.length != clientSignature.length) {
			throw new AuthenticationFailedException();
		}
		byte[] clientKey = new byte[proof.length];
		for (int i = 0; i < proof.length; i++) {
			clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
		}
		if (!MessageDigest.isEqual(sha256(clientKey), this.storedKey)) {
			throw new AuthenticationFailedException();
		}
		return "v=" + Base64.getEncoder().encodeToString(hmac(this.serverKey, authMessage));
	}

	private static Map<String, String> attributes(String message) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (String attribute : message.split(",")) {
			if (attribute.length() < 2 || attribute.charAt(1) != '=') {
				throw new AuthenticationFailedException();
			}
			attributes.putIfAbsent(attribute.substring(0, 1), attribute.substring(2));
		}
		return attributes;
	}

	private static byte[] decoded(String base64) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new AuthenticationFailedException();
		}
	}

	private static byte[] saltedPassword(String password, byte[] salt) {
		try {
			PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This Java runtime lacks PBKDF2WithHmacSHA256", ex);
		}
	}

	private static byte[] hmac(byte[] key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This Java runtime lacks HmacSHA256", ex);
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This Java runtime lacks SHA-256", ex);
		}
	}

	static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		random.nextBytes(bytes);
		return bytes;
	}

	/**
	 * A conversation between the first two messages.
	 *
	 * @param clientFirstBare the client's first message without its GS2 header
	 * @param serverFirst the server's answer to it
	 * @param nonce the client's nonce followed by the server's
	 */
	record Exchange(String clientFirstBare, String serverFirst, String nonce) {
	}

	/** A SCRAM message that fails to authenticate the client. */
	static final class AuthenticationFailedException extends RuntimeException {

		AuthenticationFailedException() {
			super("Authentication failed.");
		}

	}

}
