package app.briefings.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search index of this instance: embedded Lucene in memory, rebuilt at start-up. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	LuceneSearchIndex searchIndex() {
		return LuceneSearchIndex.inMemory();
	}

}
