package org.frontline.graphql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/**
 * Loads a list query's batched child fields together with the list, so that graphql-java serves
 * them as ready values instead of calling a batched resolver once per parent.
 * <p>
 * Why: for each parent, SmallRye's batched field fetcher sets up a context of its own, records a
 * metric and queues the parent on a DataLoader, and the DataLoader is dispatched level by level.
 * On query (c) (20 regions, each with its latest strikes and its totals) those 40 calls were about
 * a sixth of the JVM's CPU samples, for work that two statements do. A list query that knows its
 * children are asked for loads them with the same batch functions the resolvers use, right after
 * its own page, and {@link PrefetchedOrBatchedFetcher} hands each parent its value.
 * <p>
 * Every alias is loaded with its own arguments (SmallRye's DataLoader would give all aliases of a
 * field the first one's answer). Where a load fails (a bad argument, say), that field is simply not
 * prefetched: the resolver then runs as it always did and reports the error in its usual form.
 * <p>
 * A batched field is declared once, as its resolver: the {@code @Source List<P>} method with its
 * name, its arguments and their defaults. The prefetch finds those methods on the API object and
 * calls them itself, with the arguments graphql-java resolved for each alias (defaults applied), so
 * no field name, argument or default is written again for it. It calls them by reflection, as SmallRye
 * itself does (and so also in a native image, where Quarkus registers them for SmallRye).
 */
public final class Prefetch<P> {

    /** Where the loaded values wait in the request's GraphQL context. */
    private static final String KEY = Prefetch.class.getName();

    /** Stands for "nothing was prefetched", as null is a value a field may have. */
    static final Object NONE = new Object();

    /** The batched fields of each API class, by the type of their parents, found once. */
    private static final Map<Class<?>, Map<Class<?>, List<BatchedField>>> FIELDS = new ConcurrentHashMap<>();

    /** Unwrapped only once the prefetch is known to be on: switched off, nothing here asks SmallRye for it. */
    private final Context context;
    private final String path;
    private final List<P> parents;
    private final Object api;
    private final Class<?> parentType;

    private Prefetch(Context context, String path, List<P> parents, Object api, Class<P> parentType) {
        this.context = context;
        this.path = path;
        this.parents = parents;
        this.api = api;
        this.parentType = parentType;
    }

    /**
     * Prefetching for {@code parents}, the objects of {@code parentType} found at {@code path} (e.g.
     * "edges/node") under the field the current resolver answers, of every batched field over that
     * type that {@code api} (the calling {@code @GraphQLApi} object) resolves.
     */
    public static <P> Prefetch<P> of(Context context, String path, List<P> parents, Object api, Class<P> parentType) {
        return new Prefetch<>(context, path, parents, api, parentType);
    }

    /**
     * Loads every batched field the request selects, each alias with its own arguments; nothing
     * where {@link PrefetchedFields} put no fetcher in front of the batched fields to serve it (the
     * prefetch switched off), so that the batched resolvers answer as they do for a single parent.
     */
    public Uni<Void> load() {
        if (parents.isEmpty() || !PrefetchedFields.installed()) {
            return Uni.createFrom().voidItem();
        }
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        List<Uni<Void>> loads = new ArrayList<>();
        for (BatchedField field : fields(api.getClass(), parentType)) {
            Map<String, SelectedField> byResultKey = new LinkedHashMap<>();
            for (SelectedField selected : environment.getSelectionSet().getFields(path + "/" + field.name())) {
                byResultKey.putIfAbsent(selected.getResultKey(), selected);
            }
            for (SelectedField selected : byResultKey.values()) {
                loads.add(loadOne(environment, field, selected));
            }
        }
        if (loads.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(loads).andFailFast().replaceWithVoid();
    }

    private Uni<Void> loadOne(DataFetchingEnvironment environment, BatchedField field, SelectedField selected) {
        Values values = values(environment.getGraphQlContext());
        return Uni.createFrom().deferred(() -> field.load(api, parents, selected.getArguments()))
                .invoke(loaded -> {
                    for (int i = 0; i < parents.size(); i++) {
                        values.put(parents.get(i), selected.getResultKey(), loaded.get(i));
                    }
                })
                .replaceWithVoid()
                // Left to the resolver, which will report the failure where the client expects it.
                .onFailure().recoverWithItem((Void) null);
    }

    /** The value prefetched for {@code parent}'s field under {@code resultKey}, or {@link #NONE}. */
    static Object prefetched(GraphQLContext context, Object parent, String resultKey) {
        Values values = context.get(KEY);
        return values == null ? NONE : values.get(parent, resultKey);
    }

    private static Values values(GraphQLContext context) {
        return context.computeIfAbsent(KEY, key -> new Values());
    }

    /** Prefetched values by parent (the very object, not an equal one) and result key. */
    private static final class Values {
        private final Map<Object, Map<String, Object>> byParent = Collections.synchronizedMap(new IdentityHashMap<>());

        void put(Object parent, String resultKey, Object value) {
            byParent.computeIfAbsent(parent, p -> Collections.synchronizedMap(new LinkedHashMap<>())).put(resultKey, value);
        }

        Object get(Object parent, String resultKey) {
            Map<String, Object> fields = byParent.get(parent);
            return fields == null ? NONE : fields.getOrDefault(resultKey, NONE);
        }
    }

    static List<BatchedField> fields(Class<?> api, Class<?> parentType) {
        return FIELDS.computeIfAbsent(api, BatchedField::of).getOrDefault(parentType, List.of());
    }

    /**
     * A batched resolver: a method whose first parameter is {@code @Source List<P>} and whose
     * others are the field's arguments. Only resolvers whose arguments are all scalars or enums are
     * prefetched; one taking an input object is left to SmallRye, which converts those.
     */
    record BatchedField(String name, Method resolver, String[] arguments) {

        /** The batched fields {@code api} declares, by parent type. */
        static Map<Class<?>, List<BatchedField>> of(Class<?> api) {
            Map<Class<?>, List<BatchedField>> byParent = new LinkedHashMap<>();
            Map<String, Boolean> seen = new LinkedHashMap<>();
            // From the class up: CDI may have subclassed the API class, and its overrides carry no
            // annotations, so each method is taken where it is declared with them.
            for (Class<?> type = api; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    Parameter[] parameters = method.getParameters();
                    if (parameters.length == 0 || !parameters[0].isAnnotationPresent(Source.class)
                            || !(parameters[0].getParameterizedType() instanceof ParameterizedType list)
                            || list.getRawType() != List.class || !(list.getActualTypeArguments()[0] instanceof Class<?> parent)
                            || !Uni.class.isAssignableFrom(method.getReturnType())
                            || seen.putIfAbsent(method.getName() + List.of(method.getParameterTypes()), true) != null) {
                        continue;
                    }
                    String[] arguments = new String[parameters.length - 1];
                    boolean convertible = true;
                    for (int i = 1; i < parameters.length; i++) {
                        Name name = parameters[i].getAnnotation(Name.class);
                        arguments[i - 1] = name != null ? name.value() : parameters[i].getName();
                        convertible &= convertible(parameters[i].getType());
                    }
                    if (convertible) {
                        Name name = method.getAnnotation(Name.class);
                        byParent.computeIfAbsent(parent, p -> new ArrayList<>())
                                .add(new BatchedField(name != null ? name.value() : method.getName(), method, arguments));
                    }
                }
            }
            return byParent;
        }

        /** The resolver's answer for {@code parents}, given one alias's arguments as graphql-java resolved them. */
        @SuppressWarnings("unchecked")
        Uni<? extends List<?>> load(Object api, List<?> parents, Map<String, Object> values) {
            Class<?>[] types = resolver.getParameterTypes();
            Object[] call = new Object[types.length];
            call[0] = parents;
            for (int i = 1; i < types.length; i++) {
                call[i] = convert(values.get(arguments[i - 1]), types[i]);
            }
            try {
                return (Uni<? extends List<?>>) resolver.invoke(api, call);
            } catch (InvocationTargetException thrown) {
                return Uni.createFrom().failure(thrown.getCause());
            } catch (IllegalAccessException notPublic) {
                return Uni.createFrom().failure(notPublic);
            }
        }

        private static boolean convertible(Class<?> type) {
            return type == int.class || type == Integer.class || type == long.class || type == Long.class
                    || type == boolean.class || type == Boolean.class || type == String.class
                    || type == LocalDate.class || type.isEnum();
        }

        /** An argument's value for its parameter: dates and enums reach here as the client wrote them, as text. */
        @SuppressWarnings({ "unchecked", "rawtypes" })
        private static Object convert(Object value, Class<?> type) {
            if (value == null) {
                if (type.isPrimitive()) {
                    // graphql-java put in the default where the client gave none: null was written out.
                    throw new IllegalArgumentException("null for a primitive argument");
                }
                return null;
            }
            if (type == int.class || type == Integer.class) {
                return ((Number) value).intValue();
            }
            if (type == long.class || type == Long.class) {
                return ((Number) value).longValue();
            }
            if (type == LocalDate.class) {
                return value instanceof LocalDate date ? date : LocalDate.parse(value.toString());
            }
            if (type.isEnum()) {
                return type.isInstance(value) ? value : Enum.valueOf((Class<? extends Enum>) type, value.toString());
            }
            return type == String.class ? value.toString() : value;
        }
    }
}
