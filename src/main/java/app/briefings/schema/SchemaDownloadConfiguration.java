package app.briefings.schema;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;

import app.briefings.security.SecurityProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Routes {@code GET /graphql/schema} (under {@code spring.graphql.http.path}) to
 * {@link SchemaDownload}, built from the schema files the application loads.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SchemaDownloadConfiguration {

	@Bean
	RouterFunction<ServerResponse> schemaDownloadRoute(GraphQlProperties properties, SecurityProperties security)
			throws IOException {
		SchemaDownload download = new SchemaDownload(schemaFiles(properties), security.introspection());
		return RouterFunctions.route(RequestPredicates.GET(properties.getHttp().getPath() + "/schema"),
				download::handle);
	}

	private static Resource[] schemaFiles(GraphQlProperties properties) throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Resource[] files = new Resource[0];
		for (String location : properties.getSchema().getLocations()) {
			for (String extension : properties.getSchema().getFileExtensions()) {
				Resource[] found = resolver
					.getResources(location + (location.endsWith("/") ? "" : "/") + "*" + extension);
				files = concat(files, found);
			}
		}
		Arrays.sort(files, Comparator.comparing((Resource file) -> String.valueOf(file.getFilename())));
		return files;
	}

	private static Resource[] concat(Resource[] first, Resource[] second) {
		Resource[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
