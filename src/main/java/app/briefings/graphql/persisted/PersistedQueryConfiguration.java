package app.briefings.graphql.persisted;

import app.briefings.graphql.BriefingsGraphQlProperties;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Installs automatic persisted queries: a client sends
 * {@code extensions.persistedQuery.sha256Hash} alone, and the full document only when the
 * server answers {@code PERSISTED_QUERY_NOT_FOUND}; documents sent in full are parsed and
 * validated once per text ({@link ReusedDocuments}).
 */
@Configuration(proxyBeanMethods = false)
class PersistedQueryConfiguration {

	@Bean
	BoundedPersistedQueryCache persistedQueryCache(BriefingsGraphQlProperties properties) {
		BriefingsGraphQlProperties.PersistedQueries cache = properties.persistedQueries();
		return new BoundedPersistedQueryCache(cache.maxEntries(), cache.maxSize().toBytes());
	}

	@Bean
	GraphQlSourceBuilderCustomizer persistedQueries(BoundedPersistedQueryCache cache) {
		ApolloPersistedQuerySupport support = new ApolloPersistedQuerySupport(cache);
		ReusedDocuments documents = new ReusedDocuments(support);
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documents));
	}

}
