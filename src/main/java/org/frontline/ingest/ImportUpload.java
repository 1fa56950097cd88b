package org.frontline.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.frontline.error.ErrorCode;
import org.frontline.guard.RateLimiter;
import org.frontline.guard.Refusal;
import org.frontline.write.Writer;
import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.vertx.core.Vertx;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The import as an HTTP upload, for editors: {@code POST /import/{format}} with the file as the
 * body ({@code ?dryRun=true} for a dry run, {@code ?name=} for the name the file's source gets),
 * answered with the report as JSON once the import has committed (or rolled back). The body is
 * written to a temporary file as it arrives and imported from there on a worker thread, so that a
 * large file holds neither memory nor an event loop. One upload runs at a time in a replica, as the
 * database runs one import at a time anyway.
 */
@ApplicationScoped
public class ImportUpload {

    private static final Logger LOG = Logger.getLogger(ImportUpload.class);
    static final String PATH = "/import/";
    /** An upload costs the rate limiter what an export does. */
    private static final long COST = 100_000;

    private final Importer importer;
    private final HttpAuthenticator authenticator;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();

    ImportUpload(Importer importer, HttpAuthenticator authenticator, Vertx vertx) {
        this.importer = importer;
        this.authenticator = authenticator;
        this.vertx = vertx;
    }

    void route(@Observes Router router) {
        router.route(PATH + ":format").method(HttpMethod.POST).handler(this::upload);
    }

    private void upload(RoutingContext ctx) {
        var request = ctx.request();
        request.pause();
        authenticator.attemptAuthentication(ctx).subscribe().with(
                identity -> ctx.vertx().runOnContext(x -> authorised(ctx, identity)),
                rejected -> ctx.vertx().runOnContext(x -> refuse(ctx, Refusal.http(401, ErrorCode.UNAUTHENTICATED,
                        "The bearer token was not accepted: it is malformed, expired, or not signed by the key Frontline trusts."))));
    }

    private void authorised(RoutingContext ctx, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            refuse(ctx, Refusal.http(401, ErrorCode.UNAUTHENTICATED,
                    "Importing needs a bearer token with the role editor (Authorization: Bearer ...)."));
            return;
        }
        if (!identity.hasRole(Writer.EDITOR) && !identity.hasRole(Writer.ADMIN)) {
            refuse(ctx, Refusal.http(403, ErrorCode.FORBIDDEN, "Importing needs the role editor; "
                    + identity.getPrincipal().getName() + " has " + identity.getRoles() + "."));
            return;
        }
        String format = ctx.pathParam("format");
        if (!Importer.FORMATS.contains(format)) {
            refuse(ctx, Refusal.http(404, ErrorCode.NOT_FOUND, "There is no import format " + format + "; the formats are "
                    + String.join(", ", Importer.FORMATS) + ".").with("argument", "format"));
            return;
        }
        String dryRun = ctx.queryParams().get("dryRun");
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            refuse(ctx, Refusal.http(400, ErrorCode.BAD_ARGUMENT, "dryRun is true or false, not \"" + dryRun + "\".")
                    .with("argument", "dryRun"));
            return;
        }
        Refusal overBudget = RateLimiter.charge(ctx, COST);
        if (overBudget != null) {
            refuse(ctx, overBudget);
            return;
        }
        if (!running.compareAndSet(false, true)) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "30");
            refuse(ctx, Refusal.http(503, ErrorCode.UNAVAILABLE, "An import is running in this replica. Try again in 30 seconds."));
            return;
        }
        String name = ctx.queryParams().get("name") != null ? ctx.queryParams().get("name") : format + "-upload.csv";
        String user = identity.getPrincipal().getName();
        receive(ctx, format, name, user, "true".equals(dryRun));
    }

    /** Writes the body to a temporary file, then imports it on a worker thread. */
    private void receive(RoutingContext ctx, String format, String name, String user, boolean dryRun) {
        Path file;
        try {
            file = Files.createTempFile("frontline-import-", ".upload");
        } catch (java.io.IOException e) {
            running.set(false);
            refuse(ctx, Refusal.http(503, ErrorCode.UNAVAILABLE, "The upload could not be stored for the import. Try again later."));
            return;
        }
        vertx.fileSystem().open(file.toString(), new OpenOptions().setWrite(true).setTruncateExisting(true))
                .compose(out -> ctx.request().pipeTo(out).map(out))
                .compose(written -> vertx.executeBlocking(() -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        return importer.run(format, in, Files.size(file), name, user, dryRun, Progress.logged(Files.size(file)));
                    }
                }, false))
                .onComplete(done -> {
                    running.set(false);
                    try {
                        Files.deleteIfExists(file);
                    } catch (java.io.IOException e) {
                        LOG.warnf("Could not delete the upload %s: %s", file, e.getMessage());
                    }
                    if (done.succeeded()) {
                        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(json(done.result()));
                    } else if (done.cause() instanceof Rows.Refused unreadable) {
                        refuse(ctx, Refusal.http(400, ErrorCode.BAD_REQUEST, "Not imported: " + unreadable.getMessage()
                                + ". Nothing was written."));
                    } else {
                        LOG.errorf(done.cause(), "Import of %s by %s failed", name, user);
                        refuse(ctx, Refusal.http(503, ErrorCode.UNAVAILABLE,
                                "The import could not be completed and nothing was written. Try again later."));
                    }
                });
    }

    private static void refuse(RoutingContext ctx, Refusal refusal) {
        ctx.request().resume();
        refusal.send(ctx);
    }

    static String json(ImportReport report) {
        JsonArrayBuilder refused = Json.createArrayBuilder();
        report.refusals().forEach(r -> refused.add(Json.createObjectBuilder().add("line", r.line()).add("reason", r.reason())));
        return Json.createObjectBuilder()
                .add("format", report.format()).add("file", report.file()).add("dryRun", report.dryRun())
                .add("rows", report.rows()).add("added", report.added()).add("joined", report.joined())
                .add("changed", report.changed()).add("unchanged", report.unchanged()).add("refused", report.refused())
                .add("refusals", refused).add("milliseconds", report.milliseconds())
                .build().toString();
    }
}
