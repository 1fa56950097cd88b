package org.frontline.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.Directives;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * Serves the schema as SDL at /graphql/schema.graphql, in a form any GraphQL implementation can
 * build (graphql-js's buildSchema included): every scalar the schema uses is declared, with its
 * description and {@code @specifiedBy} (see {@link ScalarFormats}), and {@code @deprecated} and
 * {@code @oneOf} are kept where they apply, and so is {@code @semanticNonNull}, defined in the
 * text. schema.graphql at the top of the repository is this text (SchemaFileTest).
 * <p>
 * SmallRye's own download (switched off with quarkus.smallrye-graphql.schema-available=false)
 * leaves the scalars out unless schema-include-scalars is set, and prints {@code @specifiedBy} only
 * with schema-include-directives, which also prints a definition of every built-in directive that a
 * client's tooling already has.
 * <p>
 * The text changes only with a new version of the service, so it is printed once and sent with an
 * ETag: a client or cache that has it asks again and gets 304 Not Modified.
 */
@ApplicationScoped
public class SchemaDownload {

    /**
     * The directives a client needs to read the schema right: the standard ones, whose definitions
     * every tool has, and {@link SemanticNonNull}, whose definition is printed with the schema.
     */
    private static final Set<String> APPLIED = Set.of(Directives.SpecifiedByDirective.getName(),
            Directives.DeprecatedDirective.getName(), Directives.OneOfDirective.getName(), SemanticNonNull.NAME);

    private final String path;
    /** The SDL in UTF-8, encoded once: every download and HEAD sends or measures the same bytes. */
    private final byte[] sdl;
    private final String etag;

    SchemaDownload(GraphQLSchema schema,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath) {
        this.path = "/" + rootPath.replaceFirst("^/+", "").replaceFirst("/+$", "") + "/schema.graphql";
        this.sdl = print(schema).getBytes(StandardCharsets.UTF_8);
        this.etag = '"' + sha256(sdl) + '"';
    }

    private static String print(GraphQLSchema schema) {
        SchemaPrinter.Options options = SchemaPrinter.Options.defaultOptions()
                .includeScalarTypes(true)
                .includeDirectives(APPLIED::contains)
                .includeDirectiveDefinition(SchemaPrinter.ExcludeGraphQLSpecifiedDirectivesPredicate)
                .includeSchemaDefinition(false)
                .includeIntrospectionTypes(false)
                .useAstDefinitions(false)
                .descriptionsAsHashComments(false);
        return new SchemaPrinter(options).print(schema);
    }

    void route(@Observes Router router) {
        // Before the route Quarkus keeps on this path, which answers 404 while its own download is off.
        router.route(path).order(-100).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(ctx -> {
            var response = ctx.response();
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                    .putHeader(HttpHeaders.ETAG, etag)
                    // Any cache may keep it, but asks each time whether it is still current.
                    .putHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
            String known = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
            if (known != null && (known.contains(etag) || known.trim().equals("*"))) {
                response.setStatusCode(304).end();
            } else if (ctx.request().method() == HttpMethod.HEAD) {
                response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(sdl.length)).end();
            } else {
                response.end(Buffer.buffer(sdl));
            }
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException cannotHappen) {
            throw new IllegalStateException("Every Java runtime has SHA-256", cannotHappen);
        }
    }
}
