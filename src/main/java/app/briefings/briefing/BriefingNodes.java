package app.briefings.briefing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import app.briefings.graphql.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets {@code node(id)} find published briefings. */
@Configuration(proxyBeanMethods = false)
class BriefingNodes {

	@Bean
	NodeResolver briefingNodeResolver(BriefingRepository briefings) {
		return NodeResolver.of("Briefing", (ids) -> published(briefings, ids), Briefing::id);
	}

	private static List<Briefing> published(BriefingRepository briefings, Collection<String> ids) {
		List<Briefing> published = new ArrayList<>();
		for (Briefing briefing : briefings.findByIdIn(ids)) {
			if (briefing.status() == BriefingStatus.PUBLISHED) {
				published.add(briefing);
			}
		}
		return published;
	}

}
