package org.frontline.compiled;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.frontline.error.ApiError;
import org.frontline.error.Ids;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A read operation compiled to SQL: for each root field, in the order asked, its response key and
 * either the JSON it always is ({@code __typename}) or one statement that returns its JSON text.
 */
record Plan(List<Root> roots) {

    /** One root field: {@code json} where it needs no SQL, else {@code sql} with its {@code ids} as $1, $2... */
    record Root(String key, String json, String sql, List<IdParameter> ids) {
    }

    /**
     * An id argument bound when the plan runs: a literal of the document (checked when compiled)
     * or a variable's value, checked each time by the rule SmallRye's path applies.
     */
    record IdParameter(String variable, long literal) {

        /** The id to bind, or null where the variable's value is not an id (SmallRye's path then tells the error). */
        Long bind(JsonObject variables) {
            if (variable == null) {
                return literal;
            }
            JsonValue value = variables == null ? null : variables.get(variable);
            if (!(value instanceof JsonString text)) {
                return null;
            }
            try {
                return Ids.parse(text.getString(), variable);
            } catch (ApiError notAnId) {
                return null;
            }
        }
    }

    /** The root's statement arguments, or null where one of its ids is not an id. */
    static Tuple arguments(Root root, JsonObject variables) {
        Tuple tuple = Tuple.tuple();
        for (IdParameter id : root.ids()) {
            Long value = id.bind(variables);
            if (value == null) {
                return null;
            }
            tuple.addLong(value);
        }
        return tuple;
    }
}
