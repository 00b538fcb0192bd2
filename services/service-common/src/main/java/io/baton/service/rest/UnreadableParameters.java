package io.baton.service.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Names the path and query parameters of a request that do not convert to their type ({@code ?version=abc} for an
 * Integer). JAX-RS answers those with a 404 that names nothing; Baton answers a 400 that names them.
 */
final class UnreadableParameters {
    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(
            int.class, Integer::valueOf, Integer.class, Integer::valueOf,
            long.class, Long::valueOf, Long.class, Long::valueOf,
            double.class, Double::valueOf, Double.class, Double::valueOf,
            boolean.class, UnreadableParameters::strictBoolean, Boolean.class, UnreadableParameters::strictBoolean);

    private UnreadableParameters() {
    }

    /**
     * @return "name=value" of each numeric or boolean parameter of {@code method}, or field of its {@code @BeanParam}
     * parameters, that does not parse
     */
    static List<String> of(Method method, UriInfo uri) {
        List<String> unreadable = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getFields()) {
                    check(field.getType(), field, uri, unreadable);
                }
            } else {
                check(parameter.getType(), parameter, uri, unreadable);
            }
        }
        return unreadable;
    }

    private static void check(Class<?> type, AnnotatedElement element, UriInfo uri, List<String> unreadable) {
        Function<String, Object> parser = PARSERS.get(type);
        if (parser == null) {
            return;
        }
        QueryParam query = element.getAnnotation(QueryParam.class);
        PathParam path = element.getAnnotation(PathParam.class);
        String name = query != null ? query.value() : path != null ? path.value() : null;
        String value = query != null ? uri.getQueryParameters().getFirst(name)
                : path != null ? uri.getPathParameters().getFirst(name) : null;
        if (value == null) {
            return;
        }
        try {
            parser.apply(value);
        } catch (IllegalArgumentException e) {
            unreadable.add(name + "=" + value);
        }
    }

    private static Object strictBoolean(String value) {
        if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            throw new IllegalArgumentException("not a boolean: " + value);
        }
        return Boolean.valueOf(value);
    }
}
