package org.ganlab.backend;

import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;

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
}
