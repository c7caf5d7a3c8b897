package org.ganlab.backend;

import static org.bytedeco.dnnl.global.dnnl.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.dnnl.dnnl_engine;
import org.bytedeco.dnnl.dnnl_primitive;
import org.bytedeco.dnnl.dnnl_primitive_attr;
import org.bytedeco.dnnl.dnnl_primitive_desc;
import org.bytedeco.dnnl.dnnl_stream;

/**
 * The lifetimes of what {@link OneDnn} asks oneDNN to allocate: primitives and their descriptors, one stream per
 * calling thread, and the layers' caches that hold the primitives. Everything stays reachable here until
 * {@link #destroyAll}, which destroys it in the reverse order of making; nothing is left to the garbage collector.
 */
final class OneDnnObjects {
    private final Map<Thread, dnnl_stream> streams = new ConcurrentHashMap<>();
    private final List<dnnl_primitive> primitives = new ArrayList<>();
    private final List<dnnl_primitive_desc> descriptors = new ArrayList<>();
    private final List<Map<?, ?>> caches = new ArrayList<>();

    /** A cache of a layer kind's primitives, emptied by {@link #destroyAll}. */
    synchronized <K, V> Map<K, V> cache() {
        Map<K, V> m = new ConcurrentHashMap<>();
        caches.add(m);
        return m;
    }

    synchronized dnnl_primitive_desc keep(dnnl_primitive_desc pd) {
        descriptors.add(pd);
        return pd;
    }

    synchronized void keep(dnnl_primitive p) {
        primitives.add(p);
    }

    /** This thread's stream on {@code engine}; streams of threads that have ended are destroyed first. */
    dnnl_stream stream(dnnl_engine engine) {
        Thread me = Thread.currentThread();
        dnnl_stream s = streams.get(me);
        if (s != null) {
            return s;
        }
        synchronized (this) {
            streams.entrySet().removeIf(e -> {
                if (!e.getKey().isAlive()) {
                    dnnl_stream_destroy(e.getValue());
                    return true;
                }
                return false;
            });
            s = new dnnl_stream();
            OneDnn.check(dnnl_stream_create(s, engine, dnnl_stream_default_flags), "creating a stream");
            streams.put(me, s);
            return s;
        }
    }

    /**
     * Empties the caches, then destroys the primitives (marking each null, so that a stale plan fails in
     * {@link OneDnn#execute} instead of reading freed memory), the descriptors, the attributes and the streams.
     */
    synchronized void destroyAll(dnnl_primitive_attr attributes) {
        caches.forEach(Map::clear);
        for (int i = primitives.size() - 1; i >= 0; i--) {
            dnnl_primitive_destroy(primitives.get(i));
            primitives.get(i).setNull();
        }
        primitives.clear();
        for (int i = descriptors.size() - 1; i >= 0; i--) {
            dnnl_primitive_desc_destroy(descriptors.get(i));
        }
        descriptors.clear();
        if (attributes != null) {
            dnnl_primitive_attr_destroy(attributes);
        }
        streams.values().forEach(org.bytedeco.dnnl.global.dnnl::dnnl_stream_destroy);
        streams.clear();
    }
}
