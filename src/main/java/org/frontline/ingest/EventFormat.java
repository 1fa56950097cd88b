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

    /** The row as staged, or the reason it is refused. */
    EventRow read(Rows row, long line) throws Rows.Refused;
}
