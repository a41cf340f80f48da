package app.briefings;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Briefings API: a GraphQL backend over briefings extracted from security and
 * political news.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BriefingsApplication {

	public static void main(String[] args) {
		SpringApplication.run(BriefingsApplication.class, args);
	}

}
