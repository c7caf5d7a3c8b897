package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganlab.config.Presets;
import org.ganlab.session.CurePairs.Arm;
import org.ganlab.session.CurePairs.Seed;
import org.ganlab.session.CurePairs.Witness;
import org.junit.jupiter.api.Test;

class CurePairsWitnessTest {
    private static Arm arm(String verdict, double dx, double dgz, double gLoss, double frechet) {
        return new Arm(verdict, 1, 0, dx, dgz, gLoss, Double.NaN, frechet, 100, "usual",
                Math.exp(-gLoss) - dgz);
    }

    @Test
    void aCombinedBatchWithBatchNormIsJudgedByItsTwoStepsDisagreeing() {
        assertThat(Witness.of(Presets.get("convergence-combined-batch"))).isEqualTo(Witness.STEPS_DISAGREE);
        assertThat(Witness.of(Presets.get("discriminator-too-fast"))).isEqualTo(Witness.D_WINS);
        assertThat(Witness.of(Presets.get("too-little-data"))).isEqualTo(Witness.MEMORISING);
    }

    @Test
    void theCureBringsBothStepsToOneJudgementThoughGsLossRises() {
        // the failure: D's step calls the fakes fake (0.0004) while G's step, loss 0.004, has them called real
        Arm failure = arm("Convergence failure", 1.0, 0.0004, 0.004, 800);
        Arm cured = arm("Stable", 0.5, 0.5, 0.69, 60);
        Seed s = new Seed(1, failure, cured);
        assertThat(failure.disagreement()).isGreaterThan(0.99);
        assertThat(Math.abs(cured.disagreement())).isLessThan(0.01);
        assertThat(s.witnessMoved(Witness.STEPS_DISAGREE)).isTrue();
        // read as a winning D, G's loss going up from 0.004 would wrongly say the cure failed
        assertThat(s.ownWitnessMoved(Witness.D_WINS)).isFalse();
        // an arm whose steps disagree as much as before does not count, whatever its verdict
        Arm stillSplit = arm("Stable", 0.9, 0.0001, 0.001, 60);
        assertThat(new Seed(1, failure, stillSplit).ownWitnessMoved(Witness.STEPS_DISAGREE)).isFalse();
    }

    /**
     * A winning D is cured when it is held back, not when it is made blind or turned round: D(x) must stay above
     * D(G(z)), whatever the verdict and the Frechet distance say.
     */
    @Test
    void aDThatScoresFakesAboveRealsDoesNotMeetTheWinningDsWitness() {
        Arm wins = arm("Convergence failure", 0.95, 0.05, 3.0, 600);
        assertThat(new Seed(1, wins, arm("Stable", 0.62, 0.38, 1.5, 80)).witnessMoved(Witness.D_WINS))
                .as("held back").isTrue();
        assertThat(new Seed(1, wins, arm("Stable", 0.46, 0.54, 1.0, 80)).witnessMoved(Witness.D_WINS))
                .as("turned round").isFalse();
        assertThat(new Seed(1, wins, arm("Stable", 0.50, 0.50, 1.0, 80)).witnessMoved(Witness.D_WINS))
                .as("blind").isFalse();
    }
}
