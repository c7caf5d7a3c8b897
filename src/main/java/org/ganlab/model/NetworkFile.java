package org.ganlab.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A network's parameters and batch-norm state as a little binary file (the saved generator G). */
public final class NetworkFile {
    private NetworkFile() {
    }

    /** Writes parameters and state as little data: counts, then raw floats. */
    public static void write(Network net, DataOutputStream out) throws IOException {
        List<INDArray> arrays = new ArrayList<>();
        arrays.add(net.parameters());
        arrays.addAll(net.state());
        out.writeInt(arrays.size());
        for (INDArray a : arrays) {
            float[] v = a.toFloatVector();
            out.writeInt(v.length);
            for (float f : v) {
                out.writeFloat(f);
            }
        }
    }

    /** Reads what {@link #write} wrote into this network, which must have the same architecture. */
    public static void read(Network net, DataInputStream in) throws IOException {
        List<INDArray> arrays = new ArrayList<>();
        arrays.add(net.parameters());
        arrays.addAll(net.state());
        int count = in.readInt();
        if (count != arrays.size()) {
            throw new IOException(net.name() + ": saved model has " + count + " arrays, this architecture " + arrays.size());
        }
        for (INDArray a : arrays) {
            int len = in.readInt();
            if (len != a.length()) {
                throw new IOException(net.name() + ": saved array of " + len + " values, this architecture needs " + a.length());
            }
            float[] v = new float[len];
            for (int i = 0; i < len; i++) {
                v[i] = in.readFloat();
            }
            a.assign(Nd4j.createFromArray(v).reshape(a.shape()));
        }
    }
}
