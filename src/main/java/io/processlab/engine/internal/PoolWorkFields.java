package io.processlab.engine.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.processlab.trace.Fields;
import io.processlab.wire.PyRepr;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed fields of a pool's traffic on a queue: a chunk {@code {job, chunk, fn, items}} or its
 * results {@code {job, chunk, results}} (what {@code pool.worker} takes and gives), read from the
 * value's JSON, never from its printed text.
 */
final class PoolWorkFields {
    private PoolWorkFields() {
    }

    /** The fields of a put of {@code value} by {@code putter}: a pool's chunk or results, else none. */
    static Fields ofPut(JsonElement value, Caller putter) {
        if (!value.isJsonObject()) {
            return Fields.NONE;
        }
        JsonObject o = value.getAsJsonObject();
        Integer job = whole(o.get("job"));
        Integer chunk = whole(o.get("chunk"));
        if (job == null || chunk == null) {
            return Fields.NONE;
        }
        boolean results = !o.has("items");
        JsonElement list = o.get(results ? "results" : "items");
        if (list == null || !list.isJsonArray()) {
            return Fields.NONE;
        }
        JsonArray a = list.getAsJsonArray();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < a.size() && i < Fields.PoolWork.MAX_VALUES; i++) {
            values.add(PyRepr.shortRepr(a.get(i), Fields.PoolWork.MAX_VALUE_CHARS));
        }
        return new Fields.PoolWork(job, chunk, a.size(), results ? Long.valueOf(putter.pid()) : null, results, values);
    }

    /** The fields of the get of an item put with {@code put}: a chunk of work is the getter's. */
    static Fields ofGet(Fields put, Caller getter) {
        return put instanceof Fields.PoolWork w && !w.results() ? w.by(getter.pid()) : put;
    }

    private static Integer whole(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        double d = e.getAsDouble();
        return d >= 0 && d <= Integer.MAX_VALUE && d == Math.rint(d) ? Integer.valueOf((int) d) : null;
    }
}
