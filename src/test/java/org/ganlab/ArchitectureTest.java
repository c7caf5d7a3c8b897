package org.ganlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ganlab.backend.OneDnn;
import org.ganlab.ui.common.ViewModel;

/**
 * The layering the code relies on: the domain (data, models, training, metrics, diagnosis, run files, sessions) can
 * be tested and run without a screen, so JavaFX stays in the UI package; and no two packages depend on each other.
 */
@AnalyzeClasses(packages = "org.ganlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule javaFxOnlyInTheUi = noClasses().that().resideOutsideOfPackage("org.ganlab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .as("JavaFX and ControlsFX are used by the UI package only");

    @ArchTest
    static final ArchRule theSharedRecordsNeedNoNumericLibrary = noClasses().that()
            .resideInAPackage("org.ganlab.records..").should().dependOnClassesThat()
            .resideInAnyPackage("org.nd4j..", "org.deeplearning4j..", "org.bytedeco..")
            .as("the records every package reads (metrics, grids, checkpoints) do not need ND4J");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.ganlab.(*)..").should().beFreeOfCycles();

    /** The UI's feature packages (app, lab, samples, curves, guide, ...) form no cycle either: each can be read alone. */
    @ArchTest
    static final ArchRule noCyclesBetweenUiFeatures = slices().matching("org.ganlab.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theDomainDoesNotReachIntoTheUiOrTheCommandLine = noClasses()
            .that().resideOutsideOfPackages("org.ganlab.ui..", "org.ganlab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ganlab.ui..", "org.ganlab.cli..");

    @ArchTest
    static final ArchRule onlyTheApplicationMakesThreadsInTheUi = noClasses().that()
            .resideInAPackage("org.ganlab.ui..").and().doNotHaveSimpleName("GanLabApp")
            .should().dependOnClassesThat().areAssignableTo(Thread.class)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
            .as("the lab's threads are made by GanLabApp alone; native work reaches its owner through BackgroundTasks");

    @ArchTest
    static final ArchRule oneDnnIsClosedByItsOwners = noClasses().that()
            .resideOutsideOfPackage("org.ganlab.backend..").and().doNotHaveSimpleName("GanLabCli")
            .and().doNotHaveSimpleName("StopOnExit")
            .should().callMethod(OneDnn.class, "close")
            .as("oneDNN's objects are closed by their owners: NativeOwner, or the command line's main thread");

    /**
     * The UI's view models: the classes of type {@link ViewModel} (with their nested and anonymous classes). They own
     * the state a view shows and the I/O behind it. A class is one by what it is, not by what it is called: a static
     * helper named "...Model" is not one.
     */
    private static final DescribedPredicate<JavaClass> VIEW_MODELS = DescribedPredicate.describe(
            "the UI's view models (of type ViewModel)", c -> c.getPackageName().startsWith("org.ganlab.ui")
                    && ownerOf(c).isAssignableTo(ViewModel.class));

    /** The top-level class a nested or anonymous class belongs to (the class itself when it is top-level). */
    private static JavaClass ownerOf(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /** A class and its nested and anonymous classes. */
    private static DescribedPredicate<JavaClass> topLevel(String name) {
        return DescribedPredicate.describe(name, c -> c.getName().replaceAll("\\$.*", "").equals(name));
    }

    /**
     * No UI class but a view model does the domain's work: reading or writing run folders, running
     * sessions, training, building networks, loading data, measuring samples or diagnosing. The exceptions are the
     * application's start (org.ganlab.ui.app: the backend's set-up, the native owner, the arguments naming a run
     * folder) and BackgroundTasks, the one door through which the UI hands work to the native owner. The domain's
     * results (records, configurations, a diagnosis and its verdicts, pictures of grids) are values any class may
     * show.
     */
    @ArchTest
    static final ArchRule onlyViewModelsTouchTheDomain = noClasses().that().resideInAPackage("org.ganlab.ui..")
            .and(DescribedPredicate.not(VIEW_MODELS)).and().resideOutsideOfPackage("org.ganlab.ui.app..")
            .and(DescribedPredicate.not(topLevel("org.ganlab.ui.common.BackgroundTasks")))
            .should().dependOnClassesThat().resideInAnyPackage("org.ganlab.run..", "org.ganlab.session..",
                    "org.ganlab.train..", "org.ganlab.model..", "org.ganlab.data..", "org.ganlab.quality..",
                    "org.ganlab.backend..")
            .orShould().dependOnClassesThat().haveSimpleName("Diagnoser")
            .as("in the UI only view models (and the application's start) touch the domain's working parts");
}
