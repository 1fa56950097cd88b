package org.frontline.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.frontline.db.Where;
import org.frontline.error.ApiError;
import org.frontline.error.Ids;
import org.frontline.source.FactKind;

@Input("ChangeFilter")
@Description("Which changes of the record to read; every condition given must hold.")
public record ChangeFilter(
        @Description("Only changes of facts of this kind.") FactKind fact,
        @Id @Description("Only changes of the fact with this id (give fact too).") String id,
        @Description("Only changes made by this user (as changedBy reads).") String changedBy) {

    static Where apply(ChangeFilter filter, Where where) {
        if (filter == null) {
            return where;
        }
        Long id = Ids.parseOptional(filter.id(), "filter.id");
        if (id != null && filter.fact() == null) {
            throw ApiError.badArgument("filter.id", "filter.id names a fact only together with filter.fact (its kind).");
        }
        return where.andIf(filter.fact() != null, "h.fact_kind = ?", filter.fact() == null ? null : filter.fact().name())
                .andIf(id != null, "h.fact_id = ?", id)
                .andIf(filter.changedBy() != null, "h.changed_by = ?", filter.changedBy());
    }
}
