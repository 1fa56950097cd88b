package org.frontline.strike;

import org.eclipse.microprofile.graphql.Description;
import org.frontline.paging.Keyset;
import org.frontline.paging.SortKey;

@Description("The orders strikes can be listed in.")
public enum StrikeOrder {
    @Description("Most recent first (the default).")
    NEWEST_FIRST(Keyset.descending("NEWEST_FIRST", SortKey.ofDate("s.occurred_on", Strike::occurredOn),
            SortKey.ofLong("s.id", Strike::key))),
    @Description("Earliest first.")
    OLDEST_FIRST(Keyset.ascending("OLDEST_FIRST", SortKey.ofDate("s.occurred_on", Strike::occurredOn),
            SortKey.ofLong("s.id", Strike::key))),
    @Description("Most killed first; strikes with no figure last.")
    MOST_KILLED(Keyset.descending("MOST_KILLED", SortKey.ofInt("coalesce(s.killed, -1)",
            strike -> strike.killed() == null ? -1 : strike.killed()), SortKey.ofLong("s.id", Strike::key))),
    @Description("Most injured first; strikes with no figure last.")
    MOST_INJURED(Keyset.descending("MOST_INJURED", SortKey.ofInt("coalesce(s.injured, -1)",
            strike -> strike.injured() == null ? -1 : strike.injured()), SortKey.ofLong("s.id", Strike::key)));

    final Keyset<Strike> keyset;

    StrikeOrder(Keyset<Strike> keyset) {
        this.keyset = keyset;
    }
}
