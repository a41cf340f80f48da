package app.briefings.graphql;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @GraphQlTest} slice needs besides its controller to answer like the
 * application: the custom scalars, global IDs on {@code Node} types and the data loader
 * options. The slice already includes the wiring, instrumentation and exception handler
 * components of this package.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ScalarConfiguration.class, GlobalIdConfiguration.class, DataLoaderConfiguration.class })
public class GraphQlSliceConfiguration {

}
