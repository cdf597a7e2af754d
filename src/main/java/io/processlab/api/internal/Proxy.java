package io.processlab.api.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.processlab.api.Channel;
import io.processlab.wire.Handle;
import io.processlab.wire.Payloads;

/** The common part of every proxy: its handle and its channel. */
abstract class Proxy implements Handle.Shareable {
    protected final Handle handle;
    protected final Channel channel;

    Proxy(Handle handle, Channel channel) {
        this.handle = handle;
        this.channel = channel;
    }

    @Override
    public Handle handle() {
        return handle;
    }

    protected JsonElement call(String op, JsonObject args) {
        return channel.call(handle.id(), op, args);
    }

    protected JsonElement call(String op) {
        return call(op, new JsonObject());
    }

    protected static JsonObject waitArgs(boolean block, double timeout) {
        JsonObject a = new JsonObject();
        a.addProperty("block", block);
        if (block && timeout >= 0) {
            a.addProperty("timeout", timeout);
        }
        return a;
    }

    protected static JsonObject itemArgs(Object item) {
        JsonObject a = new JsonObject();
        a.add("item", Payloads.encode(item));
        return a;
    }

    @Override
    public String toString() {
        return "<" + handle.kind() + " " + handle.id() + ">";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Proxy p && p.handle.equals(handle);
    }

    @Override
    public int hashCode() {
        return handle.hashCode();
    }
}
