package org.frontline.ingest;

import java.util.List;

/** A file format of events, each row of which becomes a strike: how to read and check one row. */
interface EventFormat {

    /** Whose event ids these are, as external_key.dataset holds them. */
    String dataset();

    /** The actor that reports the figures (casualty reports need a reporter): the data set's maintainer. */
    String reporter();

    /** Columns the header must have. */
    List<String> required();

    /**
     * Whether an event new to this data set may be the same strike as one the record already holds
     * from another (same day, same region, within 0.05 degrees, and only one such strike): its
     * figures then join that strike as further reports instead of making a second strike.
     */
    default boolean joinsOtherDatasets() {
        return false;
    }

    /** The row as staged, or the reason it is refused. */
    EventRow read(Rows row, long line) throws Rows.Refused;
}
