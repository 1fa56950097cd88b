package org.frontline.write;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.frontline.db.Sql;
import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.frontline.error.Ids;
import org.frontline.source.Citation;
import org.frontline.source.CitationInput;
import org.frontline.source.FactKind;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * How every mutation writes: as a signed-in user who holds the role, in one reactive transaction
 * whose history rows name that user, and then reading the result the way queries read it, after
 * the commit, so that a client gets the same type from a mutation as from a query.
 */
@ApplicationScoped
public class Writer {

    /** May create and update. */
    public static final String EDITOR = "editor";
    /** May also retire. */
    public static final String ADMIN = "admin";

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    Validator validator;

    @Inject
    Sql sql;

    /** The name of the signed-in user, or a refusal where there is none or their roles do not allow the write. */
    public Uni<String> user(String role) {
        return identities.getDeferredIdentity()
                .onFailure().transform(invalid -> new ApiError(ErrorCode.UNAUTHENTICATED, null,
                        "The bearer token was not accepted: it is malformed, expired, or not signed by the key Frontline trusts."))
                .map(identity -> allowed(identity, role));
    }

    private static String allowed(SecurityIdentity identity, String role) {
        if (identity.isAnonymous()) {
            throw new ApiError(ErrorCode.UNAUTHENTICATED, null,
                    "Writing needs a bearer token with the role " + role + " (Authorization: Bearer ...); reading needs none.");
        }
        boolean may = identity.hasRole(role) || (EDITOR.equals(role) && identity.hasRole(ADMIN));
        if (!may) {
            throw new ApiError(ErrorCode.FORBIDDEN, null, "This change needs the role " + role + "; "
                    + identity.getPrincipal().getName() + " has " + identity.getRoles() + ".");
        }
        return identity.getPrincipal().getName();
    }

    /**
     * Every problem with an input at once: the constraints its record declares, then the rules
     * across its fields and the ids it names, which {@code rules} adds. Fails with all of them, or
     * goes on. A list past its bound fails alone and at once, before any of this work.
     */
    public Uni<Void> validate(Object input, String argument, BiConsumer<Violations, References> rules) {
        return validate(input, argument, () -> Uni.createFrom().item(new Violations()), rules);
    }

    /**
     * Like {@link #validate(Object, String, BiConsumer)}, with the violations that {@code lookup}
     * finds in the database (beyond unknown ids) reported among the others; it runs only once the
     * input's lists are within their bounds.
     */
    public Uni<Void> validate(Object input, String argument, Supplier<Uni<Violations>> lookup,
            BiConsumer<Violations, References> rules) {
        Violations tooMany = Violations.tooMany(validator, input, argument);
        if (!tooMany.isEmpty()) {
            return tooMany.toUni();
        }
        return lookup.get().chain(found -> {
            Violations violations = Violations.of(validator, input, argument).addAll(found);
            References references = new References();
            if (input != null) {
                rules.accept(violations, references);
            }
            return references.check(sql, violations).chain(Violations::toUni);
        });
    }

    /**
     * A correction of a leader, region, sanction or strike, in one transaction: takes the version
     * the client read, applies the changes, and cites the sources of the correction.
     */
    public <E extends EditableFact, T> Uni<T> correct(String user, FactKind kind, Class<E> entity, long id, int version,
            Function<E, Uni<Void>> changes, List<CitationInput> sources, Function<Long, Uni<T>> read) {
        return write(user, () -> claim(kind, entity, id, version)
                .chain(fact -> changes.apply(fact))
                .call(Panache::flush)
                .call(() -> Citation.cite(kind, id, sources))
                .replaceWith(id), read);
    }

    /**
     * Adds a fact that belongs to another (a casualty report to a strike, a position to a leader), as
     * an editor, in one transaction, and answers with the parent as queries read it. The parent's
     * argument is named as its kind's table (strike, region, leader, sanction), as every such
     * mutation names it; {@code argument} names the child's input.
     */
    public <T> Uni<T> addTo(FactKind parent, String parentId, String argument, ChildInput input, LongFunction<Uni<Void>> add,
            Function<Long, Uni<T>> read) {
        String parentArgument = parent.table();
        long id = Ids.parse(parentId, parentArgument);
        return user(EDITOR)
                .call(() -> validate(input, argument, (violations, references) ->
                        input.check(argument, violations, references.require(parent.table(), parentArgument, parentId))))
                .chain(user -> write(user, () -> add.apply(id).replaceWith(id), read));
    }

    /** Runs {@code work} (which returns the id of the fact it wrote) in one transaction, then reads that fact. */
    public <T> Uni<T> write(String user, Supplier<Uni<Long>> work, Function<Long, Uni<T>> read) {
        return Panache.withTransaction(() -> recordAs(user).chain(() -> work.get()))
                .onFailure().transform(WriteFailures::toApiError)
                .chain(id -> read.apply(id).onFailure().transform(WriteFailures::savedButUnread));
    }

    /**
     * Like {@link #write}, for a create that a client may retry: the first attempt with a client key
     * creates the fact, and every later one with the same key returns it instead of creating another.
     * Two attempts at once are ordered by the key's primary index: the second waits for the first to
     * commit, then finds the key taken.
     */
    public <T> Uni<T> createOnce(String user, String clientKey, String operation, Supplier<Uni<Long>> create,
            Function<Long, Uni<T>> read) {
        if (clientKey == null) {
            return write(user, create, read);
        }
        return write(user, () -> claim(clientKey, operation).chain(earlier -> earlier != null
                ? Uni.createFrom().item(earlier)
                : create.get().call(id -> remember(clientKey, id))), read);
    }

    private static Uni<Void> recordAs(String user) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select set_config('frontline.user', :user, true)")
                .setParameter("user", user).getSingleResult()).replaceWithVoid();
    }

    /** The id an earlier request with this key created, or null where this request is the first. */
    private static Uni<Long> claim(String clientKey, String operation) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into client_request (client_key, operation) values (:key, :operation) on conflict do nothing")
                .setParameter("key", clientKey).setParameter("operation", operation).executeUpdate()
                .chain(inserted -> inserted == 1 ? Uni.createFrom().nullItem() : session
                        .<Object[]>createNativeQuery("select operation, fact_id from client_request where client_key = :key")
                        .setParameter("key", clientKey).getSingleResult()
                        .map(row -> earlier(row, clientKey, operation))));
    }

    private static Long earlier(Object[] row, String clientKey, String operation) {
        if (!operation.equals(row[0])) {
            throw new ApiError(ErrorCode.CONFLICT, "clientKey", "The client key '" + clientKey + "' was already used for "
                    + row[0] + "; use a new key for each new fact.");
        }
        return ((Number) row[1]).longValue();
    }

    private static Uni<Void> remember(String clientKey, Long id) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("update client_request set fact_id = :id where client_key = :key")
                .setParameter("id", id).setParameter("key", clientKey).executeUpdate()).replaceWithVoid();
    }

    /**
     * The fact to change, once this transaction has taken its version: refused where the fact does
     * not exist, or where the client read an older version. The version moves by one in a single
     * conditional UPDATE, so of two writers who read the same version only the first gets it; the
     * second waits on the row, finds the version gone and is refused, and nothing it meant to write
     * is written.
     */
    public static <E extends EditableFact> Uni<E> claim(FactKind kind, Class<E> entity, long id, int version) {
        String noun = kind.table().replace('_', ' ');
        return Panache.getSession().chain(session -> session.find(entity, id)).chain(fact -> {
            if (fact == null) {
                return Uni.createFrom().failure(new ApiError(ErrorCode.NOT_FOUND, "id", "There is no " + noun + " " + id + "."));
            }
            if (fact.version != version) {
                return Uni.createFrom().failure(stale(noun, id, version, fact.version));
            }
            // The table name comes from the code, never from the request.
            return Panache.getSession().chain(session -> session
                    .createNativeQuery("update " + kind.table() + " set version = version + 1 where id = :id and version = :version")
                    .setParameter("id", id).setParameter("version", version).executeUpdate())
                    .map(updated -> {
                        if (updated != 1) {
                            throw stale(noun, id, version, null);
                        }
                        return fact;
                    });
        });
    }

    private static ApiError stale(String noun, long id, int read, Integer current) {
        return new ApiError(ErrorCode.CONFLICT, "version", "The " + noun + " " + id + (current != null ? " is at version "
                + current + ", not " + read : " changed after you read version " + read)
                + ": someone changed it since you read it. Read it again; nothing was written.");
    }

    /**
     * Retires a fact as an admin: it leaves the lists but stays readable by id and in its
     * history. Returns the fact as queries read it.
     */
    public <E extends EditableFact, T> Uni<T> retire(FactKind kind, Class<E> entity, String id, int version, String reason,
            Function<Long, Uni<T>> read) {
        long factId = Ids.parse(id, "id");
        return user(ADMIN).chain(user -> {
            if (reason == null || reason.isBlank()) {
                return Uni.createFrom().failure(new Violations().add("reason", "REQUIRED", "must say why the fact is retired").toError());
            }
            return write(user, () -> claim(kind, entity, factId, version).chain(fact -> {
                if (fact.retiredAt != null) {
                    return Uni.createFrom().failure(new ApiError(ErrorCode.CONFLICT, "id",
                            "The " + kind.table().replace('_', ' ') + " " + factId + " is already retired."));
                }
                fact.retiredAt = OffsetDateTime.now();
                fact.retiredReason = reason.strip();
                return Panache.flush().replaceWith(factId);
            }), read);
        });
    }

    /**
     * Runs {@code step} for each item, one after the other: a reactive session runs one statement
     * at a time. A null list is nothing to do.
     */
    public static <T> Uni<Void> inOrder(List<T> items, Function<T, Uni<?>> step) {
        Uni<Void> all = Uni.createFrom().voidItem();
        if (items != null) {
            for (T item : items) {
                all = all.chain(() -> step.apply(item)).replaceWithVoid();
            }
        }
        return all;
    }
}
