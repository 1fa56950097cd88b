package org.frontline.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.frontline.db.Sql;
import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.frontline.paging.PageRequest;
import org.frontline.region.Region;
import org.frontline.sanction.Sanction;
import org.frontline.strike.Strike;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * This replica's side of the change signal (V16): one connection LISTENs, and each signal (the
 * number of a commit) wakes the reader, which reads every change committed since the last one it
 * read, in commit order, groups them by commit and subject, reads each changed subject once, and
 * hands each event to every subscriber. A signal is only a wake-up: whatever it says, the reader
 * reads from where it stopped, so a signal lost with a connection costs nothing but time, and the
 * events reach subscribers in commit order.
 * <p>
 * All its state is touched on one Vert.x context, so no lock is needed; a subscriber's own buffer
 * ({@code frontline.live.buffer} events) is what stands between this reader and a slow socket: the
 * reader never waits for a subscriber, and a subscriber whose buffer is full is failed and closed.
 */
@ApplicationScoped
public class Live {

    private static final Logger LOG = Logger.getLogger(Live.class);
    static final String CHANNEL = "frontline_changes";
    /** Changes read at once; a commit larger than this is told in several events. */
    private static final int BATCH = 2000;
    /** Changes a subscription starting from a cursor may replay; further back, page changes(after:) first. */
    static final int REPLAY = 10_000;

    private final Sql sql;
    private final Vertx vertx;
    private final LiveConfig config;
    private final PgConnectOptions connect;
    private final Set<Listener> listeners = new LinkedHashSet<>();
    private Context context;
    private PgSubscriber subscriber;
    /** The last change read: commit and history id. */
    private long seq = -1;
    private long id;
    private boolean reading;
    private boolean again;
    private boolean connected;
    private volatile boolean stopping;

    Live(io.vertx.mutiny.sqlclient.Pool pool, org.frontline.guard.Limits limits, Vertx vertx, LiveConfig config,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") java.util.Optional<String> password) {
        // A reader of its own over the same pool: its statements are no request's, and the count of
        // statements that tests and benchmarks take per request (Sql.statementsExecuted) leaves them out.
        this.sql = new Sql(pool, limits);
        this.vertx = vertx;
        this.config = config;
        this.connect = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url)
                .setUser(user);
        password.ifPresent(connect::setPassword);
    }

    void start(@Observes StartupEvent start) {
        if (!config.listen()) {
            return;
        }
        context = vertx.getOrCreateContext();
        context.runOnContext(ignored -> {
            subscriber = PgSubscriber.subscriber(vertx, connect)
                    .reconnectPolicy(retries -> Math.min(100L << Math.min(retries, 6), 5000L));
            subscriber.closeHandler(closed -> context.runOnContext(x -> lost()));
            subscriber.channel(CHANNEL)
                    .subscribeHandler(listening -> context.runOnContext(x -> listening()))
                    .handler(signal -> context.runOnContext(x -> read()));
            subscriber.connect().onFailure(failure -> {
                LOG.warnf("Live changes: cannot LISTEN yet (%s); trying again", failure.getMessage());
                vertx.setTimer(1000, timer -> subscriber.connect());
            });
        });
    }

    void stop(@Observes ShutdownEvent stop) {
        stopping = true;
        if (subscriber != null) {
            subscriber.close();
        }
    }

    /** LISTEN is in place, first or again: start from the end, or tell subscribers and catch up. */
    private void listening() {
        boolean first = seq < 0;
        connected = true;
        if (first) {
            RecordChange.end(sql).subscribe().with(end -> context.runOnContext(x -> {
                seq = end == null ? 0 : end[0];
                id = end == null ? 0 : end[1];
                LOG.infof("Live changes: listening on %s from commit %d", CHANNEL, seq);
                // Subscriptions from a cursor that came before the reader knew where the log ends.
                for (Listener listener : List.copyOf(listeners)) {
                    if (listener.after != null) {
                        replay(listener, listener.after[0], listener.after[1], seq, id);
                    }
                }
                read();
            }), failure -> {
                LOG.warnf("Live changes: cannot read where the log ends (%s); trying again", failure.getMessage());
                vertx.setTimer(1000, timer -> context.runOnContext(x -> listening()));
            });
            return;
        }
        LOG.infof("Live changes: listening again after a lost connection; catching up from commit %d", seq);
        String resume = RecordChange.cursor(seq, id);
        for (Listener listener : List.copyOf(listeners)) {
            listener.deliver(LiveEvent.interrupted(resume));
        }
        read();
    }

    private void lost() {
        if (connected && !stopping) {
            connected = false;
            LOG.warn("Live changes: the LISTEN connection was lost; reconnecting");
        }
    }

    /** Reads every change past the last one read, and goes on while more come. */
    private void read() {
        if (seq < 0 || stopping) {
            return;
        }
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        again = false;
        // With nobody subscribed here, the changed subjects are not read at all.
        boolean followed = !listeners.isEmpty();
        RecordChange.after(sql, seq, id, BATCH)
                .chain(changes -> group(changes, followed).map(events -> new Read(changes, events)))
                .subscribe().with(read -> context.runOnContext(x -> {
                    if (!followed && !listeners.isEmpty() && !read.changes().isEmpty()) {
                        // Someone subscribed while these were read without their subjects, which the
                        // subscriptions' filters need: read them again, with.
                        reading = false;
                        read();
                        return;
                    }
                    if (!read.changes().isEmpty()) {
                        RecordChange last = read.changes().get(read.changes().size() - 1);
                        seq = last.seq();
                        id = Long.parseLong(last.id());
                    }
                    for (LiveEvent event : read.events()) {
                        for (Listener listener : List.copyOf(listeners)) {
                            listener.deliver(event);
                        }
                    }
                    reading = false;
                    // A read brings at most a page from the next hundred commits: only an empty one means
                    // this replica has caught up.
                    if (again || !read.changes().isEmpty()) {
                        read();
                    }
                }), failure -> context.runOnContext(x -> {
                    reading = false;
                    LOG.warnf("Live changes: reading the log failed (%s); trying again", failure.getMessage());
                    vertx.setTimer(1000, timer -> context.runOnContext(y -> read()));
                }));
    }

    private record Read(List<RecordChange> changes, List<LiveEvent> events) {
    }

    /** Groups changes by commit and subject, in commit order, and reads the subjects where someone here follows them. */
    Uni<List<LiveEvent>> group(List<RecordChange> changes, boolean followed) {
        Map<String, List<RecordChange>> groups = new LinkedHashMap<>();
        Map<String, Set<Long>> subjects = new HashMap<>();
        for (RecordChange change : changes) {
            String subject = change.subjectKind() + ':' + change.subjectId();
            groups.computeIfAbsent(change.seq() + "/" + subject, key -> new ArrayList<>()).add(change);
            if (change.subjectId() != null) {
                subjects.computeIfAbsent(change.subjectKind(), key -> new LinkedHashSet<>()).add(change.subjectId());
            }
        }
        if (!followed) {
            subjects.clear();
        }
        Uni<Map<Long, Object>> strikes = read(subjects.get("STRIKE"), ids -> Strike.byIds(sql, ids), strike -> Long.parseLong(strike.id()));
        Uni<Map<Long, Object>> regions = read(subjects.get("REGION"), ids -> Region.byIds(sql, ids), region -> Long.parseLong(region.id()));
        Uni<Map<Long, Object>> sanctions = read(subjects.get("SANCTION"), ids -> Sanction.byIds(sql, ids), sanction -> Long.parseLong(sanction.id()));
        Uni<Map<Long, Facts>> strikeFacts = facts(subjects.get("STRIKE"), ids -> Facts.ofStrikes(sql, ids));
        Uni<Map<Long, Facts>> regionFacts = facts(subjects.get("REGION"), ids -> Facts.ofRegions(sql, ids));
        Uni<Map<Long, Facts>> sanctionFacts = facts(subjects.get("SANCTION"), ids -> Facts.ofSanctions(sql, ids));
        return Uni.combine().all().unis(strikes, regions, sanctions, strikeFacts, regionFacts, sanctionFacts)
                .with((s, r, n, sf, rf, nf) -> {
                    List<LiveEvent> events = new ArrayList<>(groups.size());
                    for (List<RecordChange> group : groups.values()) {
                        RecordChange first = group.get(0);
                        Long subjectId = first.subjectId();
                        Object subject = null;
                        Facts facts = null;
                        switch (first.subjectKind()) {
                            case "STRIKE" -> { subject = s.get(subjectId); facts = sf.get(subjectId); }
                            case "REGION" -> { subject = r.get(subjectId); facts = rf.get(subjectId); }
                            case "SANCTION" -> { subject = n.get(subjectId); facts = nf.get(subjectId); }
                            default -> { }
                        }
                        // A commit of hundreds of changes to one subject (a bulk import) is told by its
                        // first page; the feed has them all.
                        List<RecordChange> told = group.size() > PageRequest.MAX_SIZE ? group.subList(0, PageRequest.MAX_SIZE) : group;
                        events.add(new LiveEvent(first.subjectKind(), subjectId, LiveEvent.weightiest(group), List.copyOf(told),
                                subject, facts == null ? Facts.NONE : facts, group.get(group.size() - 1).cursor()));
                    }
                    return events;
                });
    }

    private <T> Uni<Map<Long, Object>> read(Set<Long> ids, Function<Long[], Uni<List<T>>> finder, Function<T, Long> key) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return finder.apply(ids.toArray(Long[]::new)).map(found -> {
            Map<Long, Object> byId = new HashMap<>();
            found.forEach(item -> byId.put(key.apply(item), item));
            return byId;
        });
    }

    private Uni<Map<Long, Facts>> facts(Set<Long> ids, Function<Long[], Uni<Map<Long, Facts>>> finder) {
        return ids == null || ids.isEmpty() ? Uni.createFrom().item(Map.of()) : finder.apply(ids.toArray(Long[]::new));
    }

    /**
     * Every event from now on, or from just after {@code after} (a commit and change of the feed)
     * when given: the changes since then are replayed first, and events committed meanwhile are
     * held back until the replay is done, so that none is missed or told twice.
     */
    Multi<LiveEvent> events(long[] after) {
        int buffer = config.buffer();
        return Multi.createFrom().<LiveEvent> emitter(emitter -> context.runOnContext(x -> {
            Listener listener = new Listener(emitter, after);
            listeners.add(listener);
            emitter.onTermination(() -> context.runOnContext(y -> listeners.remove(listener)));
            // Until the reader knows where the log ends (just after start), it has nothing to replay
            // up to: listening() starts the replay then.
            if (after != null && seq >= 0) {
                replay(listener, after[0], after[1], seq, id);
            }
        }), BackPressureStrategy.ERROR)
                .onOverflow().buffer(buffer)
                .onFailure(BackPressureFailure.class).transform(full -> new ApiError(ErrorCode.SLOW_CONSUMER, null, fellBehind(buffer)));
    }

    static String fellBehind(int buffer) {
        return "This subscriber fell " + buffer + " events behind and was closed so that it would not hold up the others; "
                + "subscribe again with after: the cursor of the last event received.";
    }

    /** Replays the changes after (fromSeq, fromId) up to (toSeq, toId), where live delivery takes over. */
    private void replay(Listener listener, long fromSeq, long fromId, long toSeq, long toId) {
        if (fromSeq > toSeq || fromSeq == toSeq && fromId >= toId) {
            // The cursor is ahead of this reader (the change was committed, and this replica has not
            // read it yet): what the reader brings up to the cursor was told by the feed already.
            listener.caughtUp(fromSeq, fromId);
            return;
        }
        gather(listener, fromSeq, fromId, toSeq, toId, new ArrayList<>());
    }

    /** Reads on, page by page, until (toSeq, toId) is passed, then tells what was gathered. */
    private void gather(Listener listener, long seq, long id, long toSeq, long toId, List<RecordChange> gathered) {
        RecordChange.after(sql, seq, id, REPLAY + 1 - gathered.size()).subscribe().with(changes -> {
            boolean passed = changes.isEmpty();
            for (RecordChange change : changes) {
                if (change.seq() > toSeq || change.seq() == toSeq && Long.parseLong(change.id()) > toId) {
                    passed = true;
                    break;
                }
                gathered.add(change);
            }
            if (gathered.size() > REPLAY) {
                listener.emitter.fail(ApiError.badArgument("after", "More than " + REPLAY + " changes were made after that cursor: "
                        + "read them with changes(after:), then subscribe from the last cursor it gives."));
                return;
            }
            if (!passed) {
                RecordChange last = changes.get(changes.size() - 1);
                gather(listener, last.seq(), Long.parseLong(last.id()), toSeq, toId, gathered);
                return;
            }
            group(gathered, true).subscribe().with(events -> context.runOnContext(x -> {
                events.forEach(listener.emitter::emit);
                listener.caughtUp(toSeq, toId);
            }), listener.emitter::fail);
        }, listener.emitter::fail);
    }

    /** How many subscribers this replica serves now (for the benchmark and the tests). */
    public int subscribers() {
        return listeners.size();
    }

    /** One subscription's end of the reader, holding live events back while its replay runs. */
    private static final class Listener {

        final MultiEmitter<? super LiveEvent> emitter;
        /** The cursor (commit, change) the subscription starts after, or null for from now on. */
        final long[] after;
        private List<LiveEvent> held;
        private long replayedSeq = Long.MAX_VALUE;
        private long replayedId;

        Listener(MultiEmitter<? super LiveEvent> emitter, long[] after) {
            this.emitter = emitter;
            this.after = after;
            this.held = after != null ? new ArrayList<>() : null;
        }

        void deliver(LiveEvent event) {
            if (held != null) {
                held.add(event);
            } else if (!past(event)) {
                emitter.emit(event);
            }
        }

        /** An event the replay told already: its last change is not after where the replay ended. */
        private boolean past(LiveEvent event) {
            if (event.interrupted() || replayedSeq == Long.MAX_VALUE) {
                return false;
            }
            RecordChange last = event.changes().get(event.changes().size() - 1);
            return last.seq() < replayedSeq || last.seq() == replayedSeq && Long.parseLong(last.id()) <= replayedId;
        }

        void caughtUp(long seq, long id) {
            replayedSeq = seq;
            replayedId = id;
            List<LiveEvent> waiting = held;
            held = null;
            if (waiting != null) {
                waiting.forEach(this::deliver);
            }
        }
    }
}
