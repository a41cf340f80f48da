package app.briefings;

import app.briefings.importer.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Briefings API: a GraphQL backend over briefings extracted from security and
 * political news. With {@code import} as first argument it runs the bulk import command
 * instead of the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BriefingsApplication {

	public static void main(String[] args) {
		if (ImportCommand.handles(args)) {
			System.exit(ImportCommand.run(BriefingsApplication.class, args));
		}
		SpringApplication.run(BriefingsApplication.class, args);
	}

}
