package org.frontline.compiled;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.frontline.db.Sql;
import org.frontline.guard.ResponseType;
import org.jboss.logging.Logger;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Answers a checked read operation that {@link ReadCompiler} knows with one statement per root
 * field, writing PostgreSQL's JSON text to the client as it comes, without graphql-java's per-field
 * execution or SmallRye's JSON-P conversion. Everything else goes on to SmallRye unchanged, and so
 * does a compiled request whose statement fails (SmallRye's path then tells the error, past the
 * deadline TIMEOUT, as it would have), or whose answer holds a number PostgreSQL writes otherwise
 * than Java does.
 * <p>
 * {@code frontline.compiled-reads.enabled} switches it; a request with the header
 * {@code Frontline-Compiled: off} is answered by SmallRye whatever the setting, so that the two
 * paths can be compared on the same service (the differential test, the benchmark).
 */
@ApplicationScoped
public class CompiledReads {

    private static final Logger LOG = Logger.getLogger(CompiledReads.class);
    public static final String BYPASS_HEADER = "Frontline-Compiled";
    /** Plans kept; past it the cache starts again (documents the guard has parsed are few, shapes of variables fewer). */
    private static final int KEPT = 2_000;

    private record Key(Document document, String operationName, String shape) {
    }

    private final boolean enabled;
    private final Sql sql;
    /** Each operation's plan, or empty where it is left to SmallRye: a refusal is compiled once too. */
    private final Map<Key, Optional<Plan>> plans = new ConcurrentHashMap<>();
    private final LongAdder compiledAnswers = new LongAdder();

    CompiledReads(@ConfigProperty(name = "frontline.compiled-reads.enabled", defaultValue = "true") boolean enabled, Sql sql) {
        this.enabled = enabled;
        this.sql = sql;
    }

    /**
     * Answers the request where the operation compiles, and returns true; else returns false and
     * leaves it untouched. {@code toSmallRye} hands it on where a compiled answer fails.
     */
    public boolean answered(RoutingContext ctx, Document document, OperationDefinition operation, JsonObject variables,
            Runnable toSmallRye) {
        if (!enabled || operation.getOperation() != OperationDefinition.Operation.QUERY
                || "off".equalsIgnoreCase(ctx.request().getHeader(BYPASS_HEADER))) {
            return false;
        }
        Plan plan = plan(document, operation, variables);
        if (plan == null) {
            return false;
        }
        List<Uni<String>> answers = new ArrayList<>(plan.roots().size());
        for (Plan.Root root : plan.roots()) {
            if (root.json() != null) {
                answers.add(Uni.createFrom().item(root.json()));
                continue;
            }
            Tuple arguments = Plan.arguments(root, variables);
            if (arguments == null) {
                return false;
            }
            answers.add(sql.one(root.sql(), arguments, row -> row.getString(0)));
        }
        Uni.combine().all().unis(answers).with(String.class, texts -> texts).subscribe().with(
                texts -> write(ctx, plan, texts, toSmallRye),
                failed -> toSmallRye.run());
        return true;
    }

    /** Requests answered by the compiled path since start; tests read it before and after a request. */
    public long compiledAnswers() {
        return compiledAnswers.sum();
    }

    private Plan plan(Document document, OperationDefinition operation, JsonObject variables) {
        Key key = new Key(document, operation.getName(), ReadCompiler.shape(variables));
        Optional<Plan> plan = plans.get(key);
        if (plan == null) {
            try {
                plan = Optional.of(ReadCompiler.compile(document, operation, variables));
            } catch (ReadCompiler.Refused refused) {
                LOG.debugf("Not compiled (%s): %s", refused.getMessage(), operation.getName());
                plan = Optional.empty();
            }
            if (plans.size() >= KEPT) {
                plans.clear();
            }
            plans.put(key, plan);
        }
        return plan.orElse(null);
    }

    private void write(RoutingContext ctx, Plan plan, List<String> texts, Runnable toSmallRye) {
        if (ctx.response().closed() || ctx.response().ended()) {
            // The client left while the statements ran: nothing to answer, and nothing for SmallRye either.
            return;
        }
        int length = 12;
        for (String text : texts) {
            if (text.indexOf('\u0001') >= 0) {
                // A number Java writes with an exponent (see ReadCompiler.floating): SmallRye's answer is the right one.
                toSmallRye.run();
                return;
            }
            length += text.length() + 24;
        }
        StringBuilder body = new StringBuilder(length).append("{\"data\":{");
        for (int i = 0; i < texts.size(); i++) {
            body.append(i == 0 ? "\"" : ",\"").append(plan.roots().get(i).key()).append("\":").append(texts.get(i));
        }
        body.append("}}");
        compiledAnswers.increment();
        ResponseType type = ResponseType.of(ctx);
        // As SmallRye writes it: the type without a charset (JSON is UTF-8 by definition).
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, (type == null ? ResponseType.JSON : type).mediaType()).end(body.toString());
    }
}
