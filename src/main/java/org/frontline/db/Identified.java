package org.frontline.db;

import org.eclipse.microprofile.graphql.Ignore;

/**
 * A record read from a row whose key is a bigint: the API shows the id as text (GraphQL's ID), and
 * the code that batches by it (db/Batch, paging's sort keys) wants the number back.
 */
public interface Identified {

    String id();

    /** The row's id as the number it is in the database. */
    @Ignore
    default long key() {
        return Long.parseLong(id());
    }
}
