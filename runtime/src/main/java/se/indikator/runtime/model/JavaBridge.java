package se.indikator.runtime.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where functions defined in Java cells are registered so that expressions can call them: a cell's
 * generated code calls {@link #register}, and the function's {@link FunctionDef} calls {@link #call}.
 */
public final class JavaBridge {
    private static final Map<String, Function<Object[], Object>> FUNCTIONS = new ConcurrentHashMap<>();

    private JavaBridge() {
    }

    public static void register(String name, Function<Object[], Object> f) {
        FUNCTIONS.put(name, f);
    }

    public static Object call(String name, Object[] args) {
        Function<Object[], Object> f = FUNCTIONS.get(name);
        if (f == null) {
            throw new IllegalStateException("Java function '" + name + "' is not registered");
        }
        return f.apply(args);
    }
}
