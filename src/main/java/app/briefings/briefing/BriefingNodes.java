package app.briefings.briefing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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
		return new NodeResolver() {

			@Override
			public String typeName() {
				return "Briefing";
			}

			@Override
			public Map<String, Object> findByIds(Collection<String> ids) {
				Map<String, Object> found = new HashMap<>();
				for (Briefing briefing : briefings.findByIdIn(ids)) {
					Briefing seen = readers.asSeenByCaller(briefing);
					if (seen != null) {
						found.put(seen.id(), seen);
					}
				}
				return found;
			}

		};
	}

}
