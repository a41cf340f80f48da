package app.briefings.ingestion.api;

import app.briefings.graphql.node.NodeResolver;
import app.briefings.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets {@code node(id)} find ingestion records, each only for its partner and admins: to
 * anyone else a record looks like an ID that matches nothing.
 */
@Configuration(proxyBeanMethods = false)
class IngestionRecordNodes {

	@Bean
	NodeResolver ingestionRecordNodeResolver(IngestionRecords records, AccessRules access) {
		return NodeResolver.of("IngestionRecord", records::findByIds, IngestionRecord::id,
				(record) -> access.mayReadPartnerData(AccessRules.caller(), record.partner()));
	}

}
