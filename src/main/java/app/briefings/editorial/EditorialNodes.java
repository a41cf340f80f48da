package app.briefings.editorial;

import app.briefings.graphql.node.NodeResolver;
import app.briefings.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Lets {@code node(id)} find candidates and re-extraction jobs, for editors and admins
 * only: to anyone else they look like IDs that match nothing.
 */
@Configuration(proxyBeanMethods = false)
class EditorialNodes {

	@Bean
	NodeResolver entityCandidateNodeResolver(MongoOperations mongo, AccessRules access) {
		return NodeResolver.of(EditorialController.CANDIDATE,
				(ids) -> mongo.find(new Query(Criteria.where(EditorialFields.ID).in(ids)), EntityCandidate.class),
				EntityCandidate::id, (candidate) -> access.mayEdit(AccessRules.caller()));
	}

	@Bean
	NodeResolver reextractionJobNodeResolver(ReextractionJobs jobs, AccessRules access) {
		return NodeResolver.of("ReextractionJob", jobs::findByIds, ReextractionJob::id,
				(job) -> access.mayEdit(AccessRules.caller()));
	}

}
