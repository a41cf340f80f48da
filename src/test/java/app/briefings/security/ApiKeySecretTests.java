package app.briefings.security;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** New secrets: recognizable, 32 random bytes, never repeated, stored only as a hash. */
class ApiKeySecretTests {

	@Test
	void shouldDrawARecognizableSecretOfThirtyTwoRandomBytes() {
		String secret = ApiKeySecret.generate().value();
		assertThat(secret).startsWith("bk_");
		assertThat(Base64.getUrlDecoder().decode(secret.substring(3))).hasSize(32);
	}

	@Test
	void shouldNeverDrawTheSameSecretTwice() {
		Set<String> secrets = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			secrets.add(ApiKeySecret.generate().value());
		}
		assertThat(secrets).hasSize(1000);
	}

	@Test
	void shouldHashWithSha256InHex() {
		assertThat(ApiKeySecret.hashOf("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(new ApiKeySecret("abc").hash()).isEqualTo(ApiKeySecret.hashOf("abc"));
	}

}
