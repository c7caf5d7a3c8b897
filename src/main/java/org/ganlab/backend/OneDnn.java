package org.ganlab.backend;

import static org.bytedeco.dnnl.global.dnnl.*;

import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.bytedeco.dnnl.const_dnnl_op_desc_t;
import org.bytedeco.dnnl.dnnl_engine;
import org.bytedeco.dnnl.dnnl_exec_arg_t;
import org.bytedeco.dnnl.dnnl_memory;
import org.bytedeco.dnnl.dnnl_memory_desc_t;
import org.bytedeco.dnnl.dnnl_primitive;
import org.bytedeco.dnnl.dnnl_primitive_attr;
import org.bytedeco.dnnl.dnnl_primitive_desc;
import org.bytedeco.dnnl.dnnl_stream;
import org.bytedeco.dnnl.global.dnnl;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * oneDNN called directly, for the layers whose libnd4j operations lose most of their time around the arithmetic.
 *
 * <p>libnd4j 1.0.0-M2.1 runs convolutions on oneDNN too, but on every call it builds the primitive descriptors
 * again, converts the NHWC arrays to blocked layouts and back into fresh buffers, and it has no oneDNN path for a
 * transposed convolution with this project's padding. Here the primitives are built once per layer geometry and batch
 * shape ({@link OneDnnConvolution}, {@link OneDnnBatchNorm}, {@link OneDnnLeakyRelu}, {@link OneDnnMatmul}), oneDNN is
 * told that activations are NHWC so they are read and written in place, and only the (small) weights are converted. The arrays are ND4J's: oneDNN reads and writes their
 * memory without copies.
 *
 * <p>Used only on ND4J's CPU backend and when the natives load; otherwise, or with {@code -Dganlab.dnnl=false},
 * the layers use libnd4j's operations, which compute the same functions. Both routes are tested against each
 * other and against the definitions.
 */
public final class OneDnn {
    private static final Logger LOG = LoggerFactory.getLogger(OneDnn.class);
    private static final boolean REQUESTED = !"false".equalsIgnoreCase(System.getProperty("ganlab.dnnl", "true"));
    private static volatile boolean enabled = true;
    private static Boolean loaded;
    private static dnnl_engine engine;
    private static dnnl_primitive_attr attributes;
    /** Every primitive, descriptor and stream made here, until {@link #close}. */
    private static final OneDnnObjects OBJECTS = new OneDnnObjects();

    private OneDnn() {
    }

    /** True when the layers should use the primitives here: CPU backend, natives loaded, not switched off. */
    public static boolean active() {
        return enabled && REQUESTED && load();
    }

    /**
     * Switches the direct oneDNN route on or off for the layers' next passes (tests and measurements compare the two
     * routes this way); returns the previous setting.
     */
    public static boolean setEnabled(boolean on) {
        boolean before = enabled;
        enabled = on;
        return before;
    }

    private static synchronized boolean load() {
        if (loaded == null) {
            loaded = false;
            try {
                Backend.prepare();
                String backend = Nd4j.getBackend().getClass().getSimpleName().toLowerCase(Locale.ROOT);
                if (backend.contains("cu")) {
                    return false;
                }
                Loader.load(dnnl.class);
                dnnl_engine e = new dnnl_engine();
                check(dnnl_engine_create(e, dnnl_cpu, 0), "creating the CPU engine");
                engine = e;
                loaded = true;
            } catch (Throwable t) { // missing natives for this platform, or an old CPU: libnd4j's ops remain
                LOG.info("oneDNN not available here ({}); using libnd4j's operations", t.toString());
            }
        }
        return loaded;
    }

    /**
     * A cache of primitives for a layer kind, emptied when oneDNN's objects are closed: the primitives it holds are
     * then destroyed, and the next call builds new ones.
     */
    static <K, V> Map<K, V> cache() {
        return OBJECTS.cache();
    }

    /**
     * Destroys every primitive, descriptor, stream and attribute made here, then the engine, in that order, and
     * empties the layers' caches. Called by the last {@link NativeOwner} once its thread has done its last native
     * call (and by the command line before it exits); a later call into oneDNN loads the engine again. Nothing here is
     * left to the garbage collector, and nothing is destroyed while a call can still be running on an owner's thread.
     */
    public static synchronized void close() {
        if (!Boolean.TRUE.equals(loaded)) {
            return;
        }
        OBJECTS.destroyAll(attributes);
        attributes = null;
        dnnl_engine_destroy(engine);
        engine = null;
        loaded = null;
        LOG.debug("oneDNN's primitives, streams and engine closed");
    }

    static void check(int status, String what) {
        if (status != dnnl_success) {
            throw new IllegalStateException("oneDNN failed " + what + " (status " + status + ")");
        }
    }

    static dnnl_memory_desc_t md(int tag, long... dims) {
        dnnl_memory_desc_t m = new dnnl_memory_desc_t();
        check(dnnl_memory_desc_init_by_tag(m, dims.length, dims, dnnl_f32, tag), "describing an array");
        return m;
    }

    /** NHWC images (rank 4) or [rows, channels] matrices, as oneDNN's logical N, C, H, W dims with their tag. */
    static dnnl_memory_desc_t activations(long[] shape) {
        return shape.length == 4 ? md(dnnl_nhwc, shape[0], shape[3], shape[1], shape[2]) : md(dnnl_nc, shape[0], shape[1]);
    }

    /**
     * Attributes for every primitive: the scratch memory is ours ({@link Primitive}), so that a call does not
     * allocate and page in fresh memory each time, as oneDNN's own scratchpad does.
     */
    private static synchronized dnnl_primitive_attr attributes() {
        if (attributes == null) {
            dnnl_primitive_attr a = new dnnl_primitive_attr();
            check(dnnl_primitive_attr_create(a), "creating attributes");
            check(dnnl_primitive_attr_set_scratchpad_mode(a, dnnl_scratchpad_mode_user), "setting the scratchpad mode");
            attributes = a;
        }
        return attributes;
    }

    static dnnl_primitive_desc primitiveDesc(Pointer opDesc, dnnl_primitive_desc hint) {
        dnnl_primitive_desc pd = new dnnl_primitive_desc();
        check(dnnl_primitive_desc_create(pd, new const_dnnl_op_desc_t(opDesc), attributes(), engine, hint),
                "choosing an implementation");
        return OBJECTS.keep(pd);
    }

    /** A primitive with the scratch memory it needs, kept for its lifetime: callers run it one call at a time. */
    static final class Primitive {
        final dnnl_primitive primitive = new dnnl_primitive();
        final dnnl_memory_desc_t scratchpadMd;
        final INDArray scratchpad;

        Primitive(dnnl_primitive_desc pd) {
            check(dnnl_primitive_create(primitive, pd), "creating a primitive");
            OBJECTS.keep(primitive);
            dnnl_memory_desc_t md = dnnl_primitive_desc_query_md(pd, dnnl_query_scratchpad_md, 0);
            boolean none = md == null || md.isNull() || dnnl_memory_desc_get_size(md) == 0;
            scratchpadMd = none ? null : md;
            scratchpad = none ? null : buffer(md);
        }
    }

    static Primitive primitive(dnnl_primitive_desc pd) {
        return new Primitive(pd);
    }

    static Primitive reorder(dnnl_memory_desc_t from, dnnl_memory_desc_t to) {
        dnnl_primitive_desc pd = new dnnl_primitive_desc();
        check(dnnl_reorder_primitive_desc_create(pd, from, engine, to, engine, attributes()), "planning a layout change");
        return primitive(OBJECTS.keep(pd));
    }

    /** An array with room for {@code md}, outside any workspace (a layer's converted weights, kept between calls). */
    static INDArray buffer(dnnl_memory_desc_t md) {
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return Nd4j.createUninitialized(DataType.FLOAT, Math.max(1, dnnl_memory_desc_get_size(md) / 4));
        }
    }

    /** True when oneDNN can address the array as one dense block in row-major order. */
    public static boolean isDense(INDArray a) {
        if (a.dataType() != DataType.FLOAT) {
            return false;
        }
        long expected = 1;
        long[] shape = a.shape();
        long[] stride = a.stride();
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && stride[i] != expected) { // a unit axis may carry any stride
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }

    /** The array itself when oneDNN can address it, otherwise a dense row-major copy. */
    static INDArray denseOrCopy(INDArray a) {
        return isDense(a) ? a : a.dup('c');
    }

    /**
     * Runs a primitive on arrays: {@code args} alternates argument kind (Integer), descriptor and INDArray. oneDNN
     * reads raw addresses, so every array (and the primitive with its scratch memory) is held reachable until the call
     * has returned. While a {@link NativeOwner} is open, only an owner's thread may call.
     */
    static void execute(Primitive p, Object... args) {
        if (!NativeOwner.mayRunNative()) {
            throw new IllegalStateException("oneDNN called on thread '" + Thread.currentThread().getName()
                    + "' while a native owner is open: native work must go through the owner");
        }
        if (p.primitive.isNull()) {
            throw new IllegalStateException("a oneDNN primitive was used after oneDNN was closed");
        }
        if (p.scratchpad != null) {
            Object[] all = Arrays.copyOf(args, args.length + 3);
            all[args.length] = DNNL_ARG_SCRATCHPAD;
            all[args.length + 1] = p.scratchpadMd;
            all[args.length + 2] = p.scratchpad;
            args = all;
        }
        int n = args.length / 3;
        dnnl_memory[] memories = new dnnl_memory[n];
        dnnl_exec_arg_t list = new dnnl_exec_arg_t(n);
        try {
            for (int i = 0; i < n; i++) {
                INDArray a = (INDArray) args[3 * i + 2];
                if (!isDense(a)) {
                    throw new IllegalArgumentException("oneDNN needs dense float arrays, got " + a.shapeInfoToString());
                }
                long address = a.data().address() + a.offset() * 4;
                memories[i] = new dnnl_memory();
                check(dnnl_memory_create(memories[i], (dnnl_memory_desc_t) args[3 * i + 1], engine, new Address(address)),
                        "wrapping an array");
                list.position(i).arg((Integer) args[3 * i]).memory(memories[i]);
            }
            list.position(0);
            dnnl_stream stream = OBJECTS.stream(engine);
            check(dnnl_primitive_execute(p.primitive, stream, n, list), "running a primitive");
            check(dnnl_stream_wait(stream), "waiting for a primitive");
        } finally {
            Reference.reachabilityFence(args);
            Reference.reachabilityFence(p);
            for (dnnl_memory m : memories) {
                if (m != null && !m.isNull()) {
                    dnnl_memory_destroy(m);
                }
            }
            list.close();
        }
    }

    /** A raw address as a JavaCPP pointer (oneDNN does not own the memory). */
    private static final class Address extends Pointer {
        Address(long address) {
            this.address = address;
        }
    }
}
