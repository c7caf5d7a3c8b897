package org.ganlab.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.ganlab.backend.Workspaces;
import org.ganlab.config.Home;
import org.ganlab.data.MnistDigits;
import org.ganlab.run.AtomicFiles;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.nd4j.linalg.schedule.MapSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * A small LeNet-like MNIST classifier, the yardstick of the published sample-quality measures on digits (Inception
 * features make no sense on 28x28 digits): two 5x5 convolutions with max pooling, a 128-unit layer whose activations
 * are the features of the Frechet distance and of precision and recall, and a softmax over the ten digits. Built on
 * DL4J's own {@link MultiLayerNetwork}; images are fed in [-1, 1], as the generator draws them.
 */
public final class DigitClassifier {
    /** The classifier shipped with the lab (see its README for the command that made it). */
    public static final Path SHIPPED = Path.of("resources", "classifier", "mnist-lenet.zip");
    public static final int FEATURES = 128;
    private static final int FEATURE_LAYER = 4;
    private static final int SIZE = 28;
    /** Images per pass through the network. */
    private static final int SLICE = 500;
    private static final String WORKSPACE_ID = "gan-lab-classifier";

    private final MultiLayerNetwork net;

    private DigitClassifier(MultiLayerNetwork net) {
        this.net = net;
    }

    /**
     * An untrained classifier whose learning rate steps down over {@code epochs} of {@code stepsPerEpoch} steps:
     * 0.001 for the first half, 0.0003 to four fifths, then 0.0001 (the last digit of accuracy comes from there).
     */
    public static DigitClassifier untrained(long seed, int epochs, int stepsPerEpoch) {
        Map<Integer, Double> rates = new HashMap<>();
        rates.put(0, 1e-3);
        rates.put(epochs * stepsPerEpoch / 2, 3e-4);
        rates.put(epochs * stepsPerEpoch * 4 / 5, 1e-4);
        return untrained(seed, new Adam(new MapSchedule(
                ScheduleType.ITERATION, rates)));
    }

    private static DigitClassifier untrained(long seed, Adam updater) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(updater)
                .weightInit(WeightInit.RELU)
                .l2(1e-4)
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(20).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(50).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new DenseLayer.Builder().nOut(FEATURES).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.NEGATIVELOGLIKELIHOOD).nOut(10)
                        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build())
                .setInputType(InputType.convolutional(SIZE, SIZE, 1))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return new DigitClassifier(net);
    }

    /** The shipped weights, under the lab's home folder ({@link org.ganlab.config.Home}). */
    public static Path shipped() {
        return Home.resolve(SHIPPED);
    }

    /**
     * Reads a classifier written by {@link #save}: the network is built here and only its parameters come from the
     * file ({@link ClassifierFile}), so nothing in it is deserialised; a missing, truncated, foreign or oversized file
     * is reported as an IOException naming it.
     */
    public static DigitClassifier load(Path file) throws IOException {
        DigitClassifier classifier = untrained(0, new Adam());
        MultiLayerNetwork net = classifier.net;
        float[] parameters = ClassifierFile.parameters(file, net.numParams());
        net.setParams(Nd4j.createFromArray(parameters).reshape(1, parameters.length));
        return classifier;
    }

    /** Writes the weights (not the optimiser's state) to {@code file}, atomically. */
    public void save(Path file) throws IOException {
        AtomicFiles.write(file, out -> ModelSerializer.writeModel(net, out, false));
    }

    /**
     * Trains on {@code data} for {@code epochs} passes in shuffled minibatches ({@code seed} orders them);
     * {@code afterEpoch} hears each finished epoch.
     */
    public void train(MnistDigits data, int epochs, int batch, long seed, IntConsumer afterEpoch) {
        Random order = new Random(seed);
        int[] index = new int[data.count()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        for (int epoch = 1; epoch <= epochs; epoch++) {
            for (int i = index.length - 1; i > 0; i--) {
                int j = order.nextInt(i + 1);
                int t = index[i];
                index[i] = index[j];
                index[j] = t;
            }
            for (int from = 0; from < index.length; from += batch) {
                int n = Math.min(batch, index.length - from);
                float[] pixels = new float[n * SIZE * SIZE];
                float[] labels = new float[n * 10];
                for (int k = 0; k < n; k++) {
                    System.arraycopy(data.image(index[from + k]), 0, pixels, k * SIZE * SIZE, SIZE * SIZE);
                    labels[k * 10 + data.label(index[from + k])] = 1f;
                }
                net.fit(new DataSet(Nd4j.create(pixels, new long[] {n, 1, SIZE, SIZE}),
                        Nd4j.create(labels, new long[] {n, 10})));
            }
            afterEpoch.accept(epoch);
        }
    }

    /** What the classifier says of each image: its ten class probabilities and its 128 features. */
    public record Outputs(float[][] probabilities, float[][] features) { }

    /** Class probabilities, one row of ten per image; {@code images} holds 28x28 images in [-1, 1], one after another. */
    public float[][] probabilities(float[] images) {
        return outputs(images).probabilities();
    }

    /** The 128 penultimate activations of each image: the feature space of the Frechet distance and of precision and recall. */
    public float[][] features(float[] images) {
        return outputs(images).features();
    }

    /**
     * Probabilities and features from one pass through the network, in slices of 500 images, each slice's arrays in
     * one reused workspace. The pass runs on libnd4j's operations with the network's own parameters ({@link #infer}):
     * DL4J's convolution layers take about four times as long here, and the measures score 1,000 samples after every
     * epoch.
     */
    public Outputs outputs(float[] images) {
        int n = images.length / (SIZE * SIZE);
        float[][] probabilities = new float[n][];
        float[][] features = new float[n][];
        try (var outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            for (int from = 0; from < n; from += SLICE) {
                int m = Math.min(SLICE, n - from);
                // fresh off-heap arrays for each slice cost more than the arithmetic (about 300 ms against 50 ms for
                // 1,000 images here)
                try (var ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(Workspaces.REUSED,
                        WORKSPACE_ID)) {
                    INDArray slice = Nd4j.create(Arrays.copyOfRange(images, from * SIZE * SIZE,
                            (from + m) * SIZE * SIZE), new long[] {m, SIZE, SIZE, 1});
                    INDArray[] fp = infer(slice);
                    rows(fp[0], features, from);
                    rows(fp[1], probabilities, from);
                }
            }
        }
        return new Outputs(probabilities, features);
    }

    /** Copies the rows of matrix {@code m} into {@code into} from {@code at} on (in one read: toFloatMatrix reads a row at a time). */
    private static void rows(INDArray m, float[][] into, int at) {
        int columns = (int) m.size(1);
        float[] all = m.dup('c').data().asFloat();
        for (int r = 0; r < m.size(0); r++) {
            into[at + r] = Arrays.copyOfRange(all, r * columns, (r + 1) * columns);
        }
    }

    /** Features and probabilities as DL4J's own forward pass computes them ({@code feedForward}, for tests). */
    Outputs outputsThroughDl4j(float[] images) {
        int n = images.length / (SIZE * SIZE);
        var activations = net.feedForward(Nd4j.create(images, new long[] {n, 1, SIZE, SIZE}), false);
        return new Outputs(activations.get(activations.size() - 1).toFloatMatrix(),
                activations.get(FEATURE_LAYER + 1).toFloatMatrix());
    }

    /**
     * The network's inference on NHWC images [m, 28, 28, 1]: valid 5x5 convolutions with ReLU, 2x2 max pooling, the
     * 128-unit ReLU layer on the channel-major flattening (DL4J's), and the softmax. Returns {features,
     * probabilities}. The images run channels-last: libnd4j's oneDNN convolution of one input channel takes ten times
     * as long on NCHW arrays, for the same figures.
     */
    private INDArray[] infer(INDArray x) {
        INDArray a = pool(relu(convolve(x, 0)));
        a = pool(relu(convolve(a, 2)));
        INDArray flat = a.permute(0, 3, 1, 2).dup('c').reshape('c', a.size(0), a.length() / a.size(0));
        INDArray features = relu(flat.mmul(net.getLayer(FEATURE_LAYER).getParam("W"))
                .addiRowVector(net.getLayer(FEATURE_LAYER).getParam("b")));
        int last = net.getnLayers() - 1;
        INDArray logits = features.mmul(net.getLayer(last).getParam("W")).addiRowVector(net.getLayer(last).getParam("b"));
        return new INDArray[] {features, Transforms.softmax(logits, false)};
    }

    /** A valid stride-1 convolution of NHWC {@code x} with layer {@code layer}'s weights [out, in, kH, kW]. */
    private INDArray convolve(INDArray x, int layer) {
        INDArray w = net.getLayer(layer).getParam("W");
        INDArray b = net.getLayer(layer).getParam("b").reshape(w.size(0));
        int k = (int) w.size(2);
        long size = x.size(1) - k + 1;
        INDArray y = Nd4j.createUninitialized(x.dataType(), x.size(0), size, size, w.size(0));
        // kH, kW, strides, padding, dilation, valid padding, NHWC, weights [out, in, kH, kW]
        Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(x, w, b).addOutputs(y)
                .addIntegerArguments(k, k, 1, 1, 0, 0, 1, 1, 0, 1, 1).build());
        return y;
    }

    /** 2x2 max pooling, stride 2, of NHWC {@code x}. */
    private static INDArray pool(INDArray x) {
        INDArray y = Nd4j.createUninitialized(x.dataType(), x.size(0), x.size(1) / 2, x.size(2) / 2, x.size(3));
        // 2x2 window, stride 2, no padding, no dilation, valid padding, (unused), NHWC
        Nd4j.exec(DynamicCustomOp.builder("maxpool2d").addInputs(x).addOutputs(y)
                .addIntegerArguments(2, 2, 2, 2, 0, 0, 1, 1, 0, 0, 1).build());
        return y;
    }

    private static INDArray relu(INDArray x) {
        return Transforms.relu(x, false); // in place
    }

    /** The share of {@code data}'s images whose most probable class is their label. */
    public double accuracy(MnistDigits data, int limit) {
        int n = Math.min(limit, data.count());
        float[] images = new float[n * SIZE * SIZE];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data.image(i), 0, images, i * SIZE * SIZE, SIZE * SIZE);
        }
        float[][] p = probabilities(images);
        int right = 0;
        for (int i = 0; i < n; i++) {
            if (argmax(p[i]) == data.label(i)) {
                right++;
            }
        }
        return (double) right / n;
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
