package app.briefings.briefing;

import java.util.ArrayList;
import java.util.List;

import app.briefings.graphql.node.NodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets {@code node(id)} find briefings, retracted ones too, so that a client holding an
 * ID sees that the briefing was withdrawn; what it sees of a retracted one is up to
 * {@link RetractedBriefingReaders}.
 */
@Configuration(proxyBeanMethods = false)
class BriefingNodes {

	@Bean
	NodeResolver briefingNodeResolver(BriefingRepository briefings, RetractedBriefingReaders readers) {
		return NodeResolver.of("Briefing", (ids) -> seenByCaller(briefings.findByIdIn(ids), readers), Briefing::id);
	}

	private static List<Briefing> seenByCaller(List<Briefing> briefings, RetractedBriefingReaders readers) {
		List<Briefing> seen = new ArrayList<>(briefings.size());
		for (Briefing briefing : briefings) {
			Briefing asSeen = readers.asSeenByCaller(briefing);
			if (asSeen != null) {
				seen.add(asSeen);
			}
		}
		return seen;
	}

}
