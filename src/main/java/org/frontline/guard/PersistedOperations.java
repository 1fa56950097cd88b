package org.frontline.guard;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.frontline.error.ErrorCode;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Persisted operations: Apollo's automatic persisted queries and an operator's allow-list.
 * <p>
 * Automatic persisted queries: a client sends {@code extensions.persistedQuery = {version: 1,
 * sha256Hash}} (the SHA-256 of the query's UTF-8 text, in hex) without the query; an unknown hash is
 * answered PERSISTED_QUERY_NOT_FOUND with the message Apollo's link looks for, and the client sends
 * hash and query once, which is checked and kept in a bounded cache.
 * <p>
 * Allow-list: where {@code frontline.persisted-queries.allow-list} names files, each file's whole
 * text is one registered document (its operations and fragments together, chosen between by
 * operationName, as clients send them), known by the SHA-256 of its text; a request runs only if
 * its query, sent whole or by hash, is one of them. The cache is then not used.
 */
@Startup // read the allow-list at start, so that an operator's mistake stops the service there
@ApplicationScoped
public class PersistedOperations {

    private static final Logger LOG = Logger.getLogger(PersistedOperations.class);
    private static final int APQ_VERSION = 1;

    private final OperationCheck operationCheck;
    /** The operator's documents by hash; null where any operation may run. */
    private final Map<String, String> allowed;
    private final RecentQueries recent;

    PersistedOperations(PersistedQueryConfig config, OperationCheck operationCheck) {
        this.operationCheck = operationCheck;
        this.allowed = config.allowList().map(this::read).orElse(null);
        this.recent = new RecentQueries(config.cacheEntries(), config.cacheCharacters());
    }

    /**
     * The query text to run for a request that sent {@code query} (null where it sent only a hash)
     * and {@code extensions} (null where it sent none); throws a {@link Refusal} where there is none.
     */
    public String queryFor(String query, JsonObject extensions) {
        String hash = hashSent(extensions);
        if (hash == null) {
            if (query == null) {
                throw Refusal.http(400, ErrorCode.BAD_REQUEST,
                        "The request has no query: send the operation's text in 'query' (or, for a persisted query, its hash in extensions.persistedQuery)");
            }
            if (allowed != null && !allowed.containsKey(sha256(query))) {
                throw notAllowed();
            }
            return query;
        }
        if (query == null) {
            String known = allowed != null ? allowed.get(hash) : recent.get(hash);
            if (known == null) {
                // Apollo's link looks for this message or this code, and then sends the query with its hash.
                throw allowed != null ? notAllowed() : Refusal.of(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
            }
            return known;
        }
        if (!sha256(query).equals(hash)) {
            throw Refusal.of(ErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
                    "The query does not hash to extensions.persistedQuery.sha256Hash (the SHA-256 of the query's UTF-8 text, in hex)");
        }
        if (allowed != null) {
            if (!allowed.containsKey(hash)) {
                throw notAllowed();
            }
            return query;
        }
        // Only queries that parse are kept, so that no one fills the cache with text that cannot run.
        operationCheck.parse(query);
        recent.put(hash, query);
        return query;
    }

    /** The lower-case hex hash of {@code extensions.persistedQuery}, or null where none was sent. */
    private static String hashSent(JsonObject extensions) {
        JsonValue persisted = extensions == null ? null : extensions.get("persistedQuery");
        if (persisted == null || persisted == JsonValue.NULL) {
            return null;
        }
        if (!(persisted instanceof JsonObject persistedQuery)) {
            throw badPersistedQuery("extensions.persistedQuery must be an object {version: 1, sha256Hash}");
        }
        JsonValue version = persistedQuery.get("version");
        if (!(version instanceof JsonNumber number) || !number.isIntegral() || number.longValue() != APQ_VERSION) {
            throw badPersistedQuery("extensions.persistedQuery.version " + (version == null ? "is missing" : version + " is not supported")
                    + ": this service speaks version " + APQ_VERSION);
        }
        if (!(persistedQuery.get("sha256Hash") instanceof JsonString sha256Hash)) {
            throw badPersistedQuery("extensions.persistedQuery.sha256Hash must be a string: the SHA-256 of the query's UTF-8 text, in hex");
        }
        return sha256Hash.getString().toLowerCase(Locale.ROOT);
    }

    private static Refusal badPersistedQuery(String message) {
        return Refusal.http(400, ErrorCode.BAD_REQUEST, message);
    }

    private static Refusal notAllowed() {
        return Refusal.of(ErrorCode.OPERATION_NOT_ALLOWED,
                "This service runs only the operations its operator registered, and this is not one of them");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The documents of the allow-list's files and directories by hash, each checked to parse. */
    private Map<String, String> read(List<Path> paths) {
        Map<String, String> documents = new LinkedHashMap<>();
        for (Path path : paths) {
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".graphql") && Files.isRegularFile(f)).sorted().toList()) {
                    String text = Files.readString(file, UTF_8);
                    try {
                        operationCheck.parse(text);
                    } catch (Refusal refusal) {
                        throw new IllegalStateException("frontline.persisted-queries.allow-list: " + file + " does not parse: " + refusal.getMessage());
                    }
                    documents.put(sha256(text), text);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("frontline.persisted-queries.allow-list: cannot read " + path, e);
            }
        }
        if (documents.isEmpty()) {
            // An empty list would refuse every request, which is never what the operator meant.
            throw new IllegalStateException("frontline.persisted-queries.allow-list names no .graphql files: " + paths);
        }
        LOG.infof("Allow-list: only the %d documents in %s run", documents.size(), paths);
        return Map.copyOf(documents);
    }

    /** Queries by hash, least recently used first, bounded in entries and in characters. */
    private static final class RecentQueries {

        private final LinkedHashMap<String, String> byHash = new LinkedHashMap<>(16, 0.75f, true);
        private final int maxEntries;
        private final long maxCharacters;
        private long characters;

        RecentQueries(int maxEntries, long maxCharacters) {
            this.maxEntries = maxEntries;
            this.maxCharacters = maxCharacters;
        }

        synchronized String get(String hash) {
            return byHash.get(hash);
        }

        synchronized void put(String hash, String query) {
            // One query larger than the whole cache would only empty it.
            if (query.length() > maxCharacters || maxEntries <= 0 || byHash.put(hash, query) != null) {
                return;
            }
            characters += query.length();
            Iterator<String> eldest = byHash.values().iterator();
            while (byHash.size() > maxEntries || characters > maxCharacters) {
                characters -= eldest.next().length();
                eldest.remove();
            }
        }
    }
}
