package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one pair rule of both kinds, at its edges: seeds enough, failures and cures enough, the witness everywhere. */
class PairRuleTest {
    /** A seed: whether the failure failed, the remedy was Stable and the witness moved. */
    private record S(boolean failed, boolean stable, boolean moved) {
    }

    private static PairRule.Judgement judge(List<S> seeds) {
        return PairRule.judge(seeds, S::failed, S::stable, S::moved);
    }

    @Test
    void fourOfFiveEachWayWithTheWitnessOnEverySeedCounts() {
        var good = new S(true, true, true);
        var judged = judge(List.of(good, good, good, good, new S(false, false, true)));
        assertThat(judged.counts()).isTrue();
        assertThat(judged.sentence("the witness moved")).isEqualTo("Failure failed on 4 of 5 seeds, remedy Stable "
                + "on 4, both on the same seed on 4; the witness moved: **the pair counts**.");
    }

    /** The failure on seeds 1-4 and the cure on seeds 2-5 is no cure: they meet on three seeds only. */
    @Test
    void theFailureAndTheCureMustMeetOnTheSameSeeds() {
        var judged = judge(List.of(new S(true, false, true), new S(true, true, true), new S(true, true, true),
                new S(true, true, true), new S(false, true, true)));
        assertThat(judged.failing()).isEqualTo(4);
        assertThat(judged.cured()).isEqualTo(4);
        assertThat(judged.both()).isEqualTo(3);
        assertThat(judged.counts()).isFalse();
    }

    @Test
    void tooEarlyToTellIsNoFailure() {
        assertThat(PairRule.failed("Too early to tell")).isFalse();
        assertThat(PairRule.failed("Stable")).isFalse();
        assertThat(PairRule.failed("")).as("no verdict").isFalse();
        assertThat(PairRule.failed("Oscillation")).isTrue();
    }

    @Test
    void fewerSeedsThreeCuresOrOneSeedWithoutTheWitnessDoNot() {
        var good = new S(true, true, true);
        assertThat(judge(List.of(good, good, good, good)).sentence("w")).endsWith("fewer than 5 seeds, not judged.");
        assertThat(judge(List.of(good, good, good, new S(true, false, true), new S(true, false, true))).counts())
                .isFalse();
        assertThat(judge(List.of(good, good, good, good, new S(true, true, false))).sentence("w"))
                .endsWith("the pair does not count.");
        assertThat(judge(List.of()).counts()).isFalse();
    }

    /** A witness moves by a tenth of the failure's figure or more, not by any amount however small. */
    @Test
    void aWitnessMustMoveByTheMargin() {
        assertThat(PairRule.fell(0.90, 0.80)).isTrue();
        assertThat(PairRule.fell(0.90, 0.85)).as("down by 0.05, less than 0.09").isFalse();
        assertThat(PairRule.rose(0.0, 0.005)).as("from 0, by less than 0.01").isFalse();
        assertThat(PairRule.rose(0.0, 0.02)).isTrue();
        assertThat(PairRule.fell(1.31, 0.02)).isTrue();
    }

    /**
     * The quality guard on points: a collapse "cured" by spreading G over every mode but off them all does not count
     * (WGAN-GP against the collapse with D five steps ahead, seed 1: 3 to 8 modes, KL 1.31 to 0.02, but 82% of G's
     * points on a mode to 58%); the same spread with the share held does.
     */
    @Test
    void onPointsASpreadThatLeavesTheModesIsNoCure() {
        var failure = new PointsWitness.Figures(3, 1.31, 0.07, 0.8, 0.82);
        var offTheModes = new PointsWitness.Figures(8, 0.02, 0.16, 0.6, 0.58);
        var onThem = new PointsWitness.Figures(8, 0.02, 0.16, 0.6, 0.80);
        assertThat(PointsWitness.COLLAPSE.ownMoved(failure, offTheModes)).as("modes up, KL down").isTrue();
        assertThat(PointsWitness.guarded(failure, offTheModes)).as("the share on a mode fell by the margin").isFalse();
        assertThat(PointsWitness.COLLAPSE.moved(failure, offTheModes)).isFalse();
        assertThat(PointsWitness.COLLAPSE.moved(failure, onThem)).as("within the margin").isTrue();
        assertThat(PointsWitness.OSCILLATION.moved(new PointsWitness.Figures(6, 0.3, 0.55, 0.6, 0.40),
                new PointsWitness.Figures(8, 0.05, 0.10, 0.6, 0.30))).as("the hopping fell, the share too").isFalse();
    }
}
