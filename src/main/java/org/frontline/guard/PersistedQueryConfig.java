package org.frontline.guard;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Persisted operations: the automatic persisted queries' cache, and an operator's allow-list. */
@ConfigMapping(prefix = "frontline.persisted-queries")
public interface PersistedQueryConfig {

    /**
     * Automatic persisted queries kept at most, the least recently used dropped first. A client
     * application has tens to a few hundred operations; a thousand holds several applications and
     * their older releases side by side.
     */
    @WithDefault("1000")
    int cacheEntries();

    /**
     * Characters of query text kept at most over all entries, so that a thousand queries near the
     * body limit cannot take the heap: two million characters is at most 4 MB, and a thousand
     * typical queries (about 2,000 characters each) fit in it.
     */
    @WithDefault("2000000")
    long cacheCharacters();

    /**
     * Files of GraphQL operations (.graphql), or directories holding them, read at start. Where set,
     * only the documents they hold run, and automatic persisted queries register nothing new.
     */
    Optional<List<Path>> allowList();
}
