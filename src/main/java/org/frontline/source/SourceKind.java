package org.frontline.source;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of document a source is.")
public enum SourceKind {
    @Description("A news article or report.") ARTICLE,
    @Description("A statement by a government or body.") OFFICIAL_STATEMENT,
    @Description("A note by Frontline's editors placing a document (its date, what it implies).") EDITORIAL_NOTE,
    @Description("A data set, such as an event list or a sanctions list.") DATASET,
    @Description("Any other document.") OTHER
}
