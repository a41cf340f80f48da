package app.briefings.mongo;

import app.briefings.BriefingsApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code prod} profile never falls back to the embedded server. */
class ProdProfileTests {

	@Test
	void shouldRefuseToStartWithoutAMongoUriInProd() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(BriefingsApplication.class).profiles("prod")
			.properties("server.port=0", "spring.main.banner-mode=off");
		assertThatThrownBy(() -> application.run().close()).rootCause()
			.isInstanceOf(MongoNotConfiguredException.class)
			.hasMessageContaining("SPRING_MONGODB_URI");
	}

}
