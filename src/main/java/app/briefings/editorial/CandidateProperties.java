package app.briefings.editorial;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the candidates extraction leaves to editors.
 *
 * @param keptContexts how many of a candidate's contexts are kept, the most recent ones;
 * the candidate still counts every context, so a name met tens of thousands of times
 * keeps a bounded document
 */
@ConfigurationProperties("briefings.editorial.candidates")
record CandidateProperties(@DefaultValue("50") int keptContexts) {

	CandidateProperties {
		if (keptContexts < 1) {
			throw new IllegalArgumentException("briefings.editorial.candidates.kept-contexts must be at least 1");
		}
	}

}
