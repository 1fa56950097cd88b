package org.frontline.export;

import java.util.concurrent.atomic.AtomicBoolean;

import org.frontline.db.SqlFailures;
import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.frontline.guard.Refusal;
import org.jboss.logging.Logger;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;

/**
 * One export on its way out: a cursor over the statement, read {@code fetch} rows at a time, each
 * batch written to the client before the next is asked for. When the client reads slower than the
 * database gives, the cursor waits (the response's write queue full pauses the stream; draining it
 * resumes), so memory holds at most a batch and the write queue whatever the export's size.
 * <p>
 * A failure before the first row is answered as any error is (503 with UNAVAILABLE and Retry-After,
 * or 500 with INTERNAL), never with the SQL. A failure after it cannot change the status any more:
 * the connection is closed without the chunked body's end, which every HTTP client reports as a
 * broken transfer rather than a complete file.
 */
final class ExportStream {

    private static final Logger LOG = Logger.getLogger(ExportStream.class);

    private final Pool pool;
    private final String statement;
    private final Tuple args;
    private final int fetch;
    private final ExportRows writer;
    private final String name;
    private final RoutingContext request;
    private final HttpServerResponse response;
    private boolean first = true;
    /** Set from the stream's callbacks and from the response's, which may run on different threads. */
    private final AtomicBoolean finished = new AtomicBoolean();
    /** Told once, however the export ends: finished, failed, or its client gone. */
    private Runnable done;

    ExportStream(Pool pool, String statement, Tuple args, int fetch, String name, ExportRows rows, RoutingContext request) {
        this.pool = pool;
        this.statement = statement;
        this.args = args;
        this.fetch = fetch;
        this.writer = rows;
        this.name = name;
        this.request = request;
        this.response = request.response();
    }

    void start(Runnable whenDone) {
        this.done = whenDone;
        // Until the stream takes over, a client that leaves needs nothing given back.
        response.closeHandler(gone -> finish());
        pool.getConnection().onFailure(this::failed).onSuccess(connection -> connection.begin()
                // A cursor lives in a transaction; this one only reads, and ends with the stream.
                .onFailure(failure -> {
                    connection.close();
                    failed(failure);
                })
                .onSuccess(transaction -> connection.prepare(statement)
                        .onFailure(failure -> {
                            connection.close();
                            failed(failure);
                        })
                        .onSuccess(prepared -> stream(connection, transaction, prepared.createStream(fetch, args)))));
    }

    private void stream(SqlConnection connection, Transaction transaction, RowStream<Row> rows) {
        Runnable close = () -> transaction.rollback().onComplete(done -> connection.close());
        response.closeHandler(gone -> {
            if (finish()) {
                // The client went away: stop reading, and give the connection back.
                rows.close();
                close.run();
            }
        });
        rows.exceptionHandler(failure -> {
            if (finish()) {
                close.run();
            }
            failed(failure);
        });
        rows.endHandler(end -> {
            if (finish()) {
                close.run();
            }
            if (first) {
                begin();
            }
            response.end(writer.end());
        });
        rows.handler(row -> {
            if (first) {
                begin();
            }
            Buffer out = Buffer.buffer(512);
            writer.write(row, first, out);
            first = false;
            response.write(out);
            if (response.writeQueueFull()) {
                rows.pause();
                response.drainHandler(drained -> rows.resume());
            }
        });
    }

    /** Marks the export finished; true the first time only. */
    private boolean finish() {
        if (!finished.compareAndSet(false, true)) {
            return false;
        }
        done.run();
        return true;
    }

    /** The status and headers, sent with the first row: until then an error can still be told properly. */
    private void begin() {
        response.setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, writer.format().contentType)
                .putHeader("Content-Disposition", "attachment; filename=\"" + name + "." + writer.format().extension + "\"")
                .write(writer.start());
    }

    private void failed(Throwable failure) {
        finish();
        LOG.errorf(failure, "Export failed: %s", statement);
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            response.reset();
            return;
        }
        // Told as every refusal is (guard/Refusal), with its code and never the SQL.
        ApiError unavailable = SqlFailures.unavailable(failure);
        if (unavailable != null) {
            response.putHeader(HttpHeaders.RETRY_AFTER, "5");
            Refusal.http(503, ErrorCode.UNAVAILABLE, unavailable.getMessage()).send(request);
        } else {
            Refusal.http(500, ErrorCode.INTERNAL, "The export could not be read just now; try again.").send(request);
        }
    }
}
