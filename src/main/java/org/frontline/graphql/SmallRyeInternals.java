package org.frontline.graphql;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The two switches for the pieces of this package that rely on SmallRye GraphQL's internals
 * (README, "How it is built", "SmallRye internals relied on"). Either can be turned off, costing
 * speed, so that an upgrade that breaks one piece can ship with that piece off. One answer does
 * change with the prefetch off: aliases of one batched field with different arguments get the
 * first alias's answer again (SmallRye's DataLoader per field; SmallRyeInternalsOffTest shows it). Two switches, not one, because the pieces rely on different internals and an upgrade
 * may break only one; both are on in application.properties.
 * <p>
 * They are read where SmallRye builds the schema: at start in JVM mode, and at image build time in
 * native mode, where setting them at run time changes nothing. SmallRye loads the services that
 * read them with {@link java.util.ServiceLoader}, not CDI, so they read MicroProfile Config directly.
 */
final class SmallRyeInternals {

    /** {@link PlainFieldFetchers}: off, every plain field is read by SmallRye's own field fetcher. */
    static final String PLAIN_FETCHERS = "frontline.graphql.plain-fetchers.enabled";

    /**
     * {@link PrefetchedFields} and {@link Prefetch}: off, the lists load nothing ahead and every
     * batched field is SmallRye's BatchDataFetcher alone.
     */
    static final String PREFETCH = "frontline.graphql.prefetch.enabled";

    private SmallRyeInternals() {
    }

    static boolean enabled(String key) {
        return ConfigProvider.getConfig().getValue(key, Boolean.class);
    }
}
