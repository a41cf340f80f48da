package app.briefings.mongo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The server side of SCRAM-SHA-256, driven as a client would drive it.
 */
class ScramSha256VerifierTests {

	private final ScramSha256Verifier verifier = new ScramSha256Verifier("briefings", "secret-of-this-start");

	@Test
	void shouldAskForTheFewestIterationsDriversAccept() {
		ScramSha256Verifier.Exchange exchange = this.verifier.start("n,,n=briefings,r=clientnonce");

		assertThat(exchange.serverFirst()).endsWith(",i=4096");
	}

	@Test
	void shouldAcceptTheProofOfAClientThatKnowsThePasswordAndProveItselfInTurn() throws Exception {
		ScramSha256Verifier.Exchange exchange = this.verifier.start("n,,n=briefings,r=clientnonce");
		Client client = new Client("secret-of-this-start", exchange);

		String serverFinal = this.verifier.finish(exchange, client.finalMessage());

		assertThat(serverFinal).isEqualTo(client.expectedServerFinal());
	}

	@Test
	void shouldRefuseTheProofOfAClientWithAnotherPassword() throws Exception {
		ScramSha256Verifier.Exchange exchange = this.verifier.start("n,,n=briefings,r=clientnonce");
		Client client = new Client("another-secret", exchange);

		assertThatExceptionOfType(ScramSha256Verifier.AuthenticationFailedException.class)
			.isThrownBy(() -> this.verifier.finish(exchange, client.finalMessage()));
	}

	/**
	 * The client's half of the conversation, with the iterations the server asked for.
	 */
	private static final class Client {

		private final byte[] saltedPassword;

		private final String withoutProof;

		private final String authMessage;

		Client(String password, ScramSha256Verifier.Exchange exchange) throws Exception {
			String serverFirst = exchange.serverFirst();
			String salt = attribute(serverFirst, "s");
			int iterations = Integer.parseInt(attribute(serverFirst, "i"));
			PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), Base64.getDecoder().decode(salt), iterations, 256);
			this.saltedPassword = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
				.generateSecret(spec)
				.getEncoded();
			String channelBinding = Base64.getEncoder().encodeToString("n,,".getBytes(StandardCharsets.US_ASCII));
			this.withoutProof = "c=" + channelBinding + ",r=" + attribute(serverFirst, "r");
			this.authMessage = exchange.clientFirstBare() + "," + serverFirst + "," + this.withoutProof;
		}

		String finalMessage() throws Exception {
			byte[] clientKey = hmac(this.saltedPassword, "Client Key");
			byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
			byte[] signature = hmac(storedKey, this.authMessage);
			byte[] proof = new byte[clientKey.length];
			for (int i = 0; i < proof.length; i++) {
				proof[i] = (byte) (clientKey[i] ^ signature[i]);
			}
			return this.withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof);
		}

		String expectedServerFinal() throws Exception {
			byte[] serverKey = hmac(this.saltedPassword, "Server Key");
			return "v=" + Base64.getEncoder().encodeToString(hmac(serverKey, this.authMessage));
		}

		private static String attribute(String message, String name) {
			for (String attribute : message.split(",")) {
				if (attribute.startsWith(name + "=")) {
					return attribute.substring(name.length() + 1);
				}
			}
			throw new IllegalArgumentException("No " + name + " in " + message);
		}

		private static byte[] hmac(byte[] key, String message) throws Exception {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}

	}

}
