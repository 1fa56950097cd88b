package org.frontline.source;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.db.Sql;
import org.frontline.error.Ids;
import org.frontline.paging.PageRequest;
import org.frontline.write.Bounds;
import org.frontline.write.References;
import org.frontline.write.Violations;
import org.frontline.write.Writer;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class SourceMutations {

    @Inject
    Sql sql;

    @Inject
    Writer writer;

    @Inject
    Validator validator;

    @Mutation
    @Description("Adds a document to cite. Needs the role editor. A retried request with the same clientKey returns the source the first one created.")
    public Uni<Source> createSource(@NonNull @Description("The document.") SourceInput input,
            @Description("A key of your choosing that makes retries safe: the same key never creates a second source.") String clientKey) {
        return writer.user(Writer.EDITOR)
                .call(() -> writer.validate(input, "input", (violations, references) -> {
                }))
                .chain(user -> writer.createOnce(user, clientKey, "createSource",
                        () -> SourceEntity.of(input).<SourceEntity>persist().map(source -> source.id),
                        id -> Source.byId(sql, id)));
    }

    @Mutation
    @Description("Attaches sources to a fact of any kind: the source and the sentence in it that states the fact. Needs the role editor. Returns the fact's newest 100 citations, the ones just added among them, newest last.")
    public Uni<List<@NonNull Citation>> cite(
            @NonNull @Description("The kind of fact.") FactKind fact,
            @NonNull @Id @Description("The fact's id.") String id,
            @NonNull @Description("The sources and sentences that state it; at most " + Bounds.CITATIONS + ".") List<@NonNull CitationInput> sources) {
        return writer.user(Writer.EDITOR)
                .call(() -> new Violations().bound(sources, Bounds.CITATIONS, "sources").toUni())
                .chain(user -> {
                    Violations violations = new Violations();
                    References references = new References().require(fact.table(), "id", id);
                    for (int i = 0; i < sources.size(); i++) {
                        violations.addAll(Violations.of(validator, sources.get(i), "sources[" + i + "]"));
                    }
                    Citation.require(sources, "sources", violations, references);
                    return references.check(sql, violations).chain(Violations::toUni)
                            .chain(() -> writer.write(user, () -> Citation.cite(fact, Ids.parse(id, "id"), sources).replaceWith(0L),
                                    ignored -> Citation.newestOf(sql, fact, Ids.parse(id, "id"), PageRequest.MAX_SIZE)));
                });
    }
}
