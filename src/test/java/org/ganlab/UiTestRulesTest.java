package org.ganlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** UI tests wait for what they need (a condition, a layout pass), never for a guessed time. */
@AnalyzeClasses(packages = "org.ganlab.ui", importOptions = ImportOption.OnlyIncludeTests.class)
class UiTestRulesTest {
    private static final DescribedPredicate<JavaMethodCall> A_SLEEP = DescribedPredicate.describe("a sleep",
            call -> call.getName().equals("sleep") && (call.getTargetOwner().isEquivalentTo(Thread.class)
                    || call.getTargetOwner().getName().equals("org.testfx.api.FxRobot")
                    || call.getTargetOwner().getName().equals("org.testfx.api.FxRobotInterface")
                    || call.getTargetOwner().getName().equals("java.util.concurrent.TimeUnit")));

    @ArchTest
    static final ArchRule noSleepsInUiTests = noClasses().should().callMethodWhere(A_SLEEP)
            .as("UI tests wait for the condition (WaitForAsyncUtils.waitFor, a layout pass), not for a time");
}
