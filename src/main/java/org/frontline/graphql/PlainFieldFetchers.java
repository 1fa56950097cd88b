package org.frontline.graphql;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;

import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.Transformer;

/**
 * Gives each plain output field (a record component or getter whose value SmallRye would hand to
 * graphql-java unchanged, or only format) a {@link PlainFieldFetcher} that just reads it.
 * <p>
 * Why: SmallRye's own field fetcher does the same read, but first sets up a SmallRye context for
 * the field (it clones the request's context and renders the selected fields as JSON), which a
 * plain field never uses. On a page of 100 strikes that set-up was 35% of the CPU samples (JFR,
 * full stacks), and reading the fields this way doubled the requests served (see README, Performance).
 * <p>
 * Everything else stays with SmallRye, which this SPI means returning null: resolvers ({@code @Source}
 * methods), queries and mutations (they do not come through here), adapted values, values with an
 * explicit format, arrays, maps, Optionals and collections whose elements SmallRye would convert.
 * <p>
 * SmallRye finds this class with {@link java.util.ServiceLoader} (META-INF/services) when it builds
 * the graphql-java schema, which Quarkus does at static init: at start in JVM mode, at image build
 * time in native mode. The accessors it resolves are those of the schema's own classes, which
 * Quarkus already registers for reflection for SmallRye's fetcher, so native needs nothing more.
 */
public class PlainFieldFetchers implements DataFetcherService {

    /** SmallRye converts these itself (to the primitive value or back), whatever the field. */
    private static final Set<String> SPECIAL_OPTIONALS = Set.of("java.util.OptionalInt", "java.util.OptionalLong",
            "java.util.OptionalDouble");

    /**
     * Services are asked in ascending priority and the first answer wins. Quarkus' own service has
     * priority 1 and, in Quarkus 3.33, gives no field fetchers; 0 keeps plain fields ours should a
     * later version start giving them.
     */
    @Override
    public Integer getPriority() {
        return 0;
    }

    /** Null for every field when switched off ({@link SmallRyeInternals#PLAIN_FETCHERS}): SmallRye then reads them all. */
    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (!SmallRyeInternals.enabled(SmallRyeInternals.PLAIN_FETCHERS) || adaptedOrFormatted(field) || !plainShape(field)) {
            return null;
        }
        Method accessor = publicAccessor(owner.getClassName(), field.getMethodName());
        if (accessor == null) {
            return null;
        }
        // The same transformer SmallRye's fetcher would apply: it writes dates and times as ISO
        // strings; for the other types the schema uses it passes the value on, or there is none.
        Transformer<?, ?> output = transformedBySmallRye(field.getReference()) ? Transformer.transformer(field) : null;
        return new PlainFieldFetcher(accessor, output);
    }

    /** Adapters (@AdaptWith, @AdaptToScalar, @ToScalar) and explicit formats (@DateFormat, @NumberFormat) are SmallRye's. */
    private static boolean adaptedOrFormatted(Field field) {
        Reference reference = field.getReference();
        return field.hasTransformation() || field.isAdaptingWith() || field.isAdaptingTo()
                || reference.isAdaptingWith() || reference.isAdaptingTo();
    }

    /**
     * A single value, or a List whose elements SmallRye would pass on as they are (it copies a List
     * into a new ArrayList, which changes nothing in the answer). Other collections are copied into
     * a collection of SmallRye's choosing, which may reorder a Set; arrays, maps and Optionals are
     * converted: all of those stay with SmallRye.
     */
    private static boolean plainShape(Field field) {
        if (!field.hasWrapper()) {
            return !SPECIAL_OPTIONALS.contains(field.getReference().getClassName());
        }
        Wrapper wrapper = field.getWrapper();
        return wrapper.isCollection() && !wrapper.hasWrapper() && List.class.getName().equals(wrapper.getWrapperClassName())
                && !transformedBySmallRye(field.getReference());
    }

    /** SmallRye's test for "this scalar goes through a transformer": its Java type is not the one graphql-java gets. */
    private static boolean transformedBySmallRye(Reference reference) {
        return reference.getType() == ReferenceType.SCALAR && !reference.getClassName().equals(reference.getGraphQLClassName());
    }

    /**
     * The public no-argument method SmallRye would call, or null. A field with no method is a public
     * Java field, which this project has none of; SmallRye keeps those.
     */
    private static Method publicAccessor(String className, String methodName) {
        if (methodName == null) {
            return null;
        }
        try {
            Method method = ClassloadingService.get().loadClass(className).getMethod(methodName);
            return Modifier.isPublic(method.getDeclaringClass().getModifiers()) ? method : null;
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }
}
