package org.ganlab.backend;

import java.util.function.Supplier;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one kind of ND4J workspace the lab uses: it learns its size in the first loop and is reused after, so a loop
 * that runs again (a training iteration, a batch of samples, a slice through the digit classifier) gets memory that
 * is already there. Fresh off-heap arrays cost more here than the arithmetic done in them.
 */
public final class Workspaces {
    public static final WorkspaceConfiguration REUSED = WorkspaceConfiguration.builder()
            .initialSize(0)
            .overallocationLimit(0.2)
            .policyAllocation(AllocationPolicy.OVERALLOCATE)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policySpill(SpillPolicy.REALLOCATE)
            .build();

    private Workspaces() {
    }

    /**
     * {@code work}'s result, its arrays made in the reused workspace {@code id} of this thread (freed for the next
     * call, not left to the garbage collector): the result must not hold one of them (a Java array or a number does).
     */
    public static <T> T in(String id, Supplier<T> work) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(REUSED, id)) {
            return work.get();
        }
    }

    /** {@code work} with its arrays in the reused workspace {@code id} (see {@link #in}). */
    public static void run(String id, Runnable work) {
        in(id, () -> {
            work.run();
            return null;
        });
    }
}
