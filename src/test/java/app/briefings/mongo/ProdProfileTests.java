package app.briefings.mongo;

import app.briefings.BriefingsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code prod} profile never falls back to the embedded server. */
@ExtendWith(OutputCaptureExtension.class)
class ProdProfileTests {

	@Test
	void shouldRefuseToStartWithoutAMongoUriInProd() {
		SpringApplicationBuilder application = prod();
		assertThatThrownBy(() -> application.run().close()).rootCause()
			.isInstanceOf(MongoNotConfiguredException.class)
			.hasMessageContaining("SPRING_MONGODB_URI");
	}

	@Test
	void shouldSayWhatToSetInOneShortReport(CapturedOutput output) {
		SpringApplicationBuilder application = prod();
		assertThatThrownBy(() -> application.run().close()).isNotNull();
		assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
			.contains("Set SPRING_MONGODB_URI")
			.doesNotContain("Caused by")
			.doesNotContain("\tat ");
	}

	private static SpringApplicationBuilder prod() {
		return new SpringApplicationBuilder(BriefingsApplication.class).profiles("prod")
			.properties("server.port=0", "spring.main.banner-mode=off");
	}

}
