package org.ganlab.ui.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.ganlab.config.Catalogue;
import org.ganlab.config.DataKind;
import org.ganlab.config.ExperimentPreset;
import org.ganlab.config.Preset;
import org.ganlab.guide.Glossary;
import org.ganlab.guide.Guide;
import org.ganlab.guide.GuidePage;
import org.ganlab.ui.common.LabCommands;

/**
 * The guide: one page per failure mode (what the curves and the grid show, why, what to try) with a button that
 * trains the failure and one that trains its remedy as a new run, and a last page that explains every number on the
 * screen, as its tooltip does.
 */
public final class GuideView {
    /** The list's padding, the cells' and a vertical scroll bar's, which a page title's width leaves free. */
    private static final double TITLE_MARGIN = 40;
    private final LabCommands model;
    private final Consumer<String> playground;
    private final ListView<GuidePage> list = new ListView<>();
    private final VBox page = new VBox(12);
    private final BorderPane root = new BorderPane();
    /** The list's last page: every number on the screen explained ({@link Glossary}). */
    static final GuidePage NUMBERS = new GuidePage("numbers", DataKind.IMAGES, null, Glossary.TITLE, null, null, null,
            null, null, null, null);

    /** {@code playground}: opens the playground with a preset of points and starts it. */
    public GuideView(LabCommands model, Consumer<String> playground) {
        this.model = model;
        this.playground = playground;
        list.setId("guide-pages");
        list.getItems().setAll(Guide.pages());
        list.getItems().add(NUMBERS);
        list.setCellFactory(v -> new ListCell<>() {
            // long titles wrap inside the list, never sideways, to a width that leaves room for the scroll bar: a
            // cell is as tall as its title whether the bar shows yet or not
            private final Text title = new Text();

            {
                title.wrappingWidthProperty().bind(list.widthProperty().subtract(TITLE_MARGIN));
                title.fontProperty().bind(fontProperty());
                title.fillProperty().bind(textFillProperty());
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(GuidePage p, boolean empty) {
                super.updateItem(p, empty);
                title.setText(empty || p == null ? "" : p.title());
                setGraphic(empty || p == null ? null : title);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> show(p));
        list.setPrefWidth(300);
        list.setMinWidth(200);
        page.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        root.setLeft(list);
        root.setCenter(scroll);
        root.getStyleClass().add("guide");
    }

    public Node node() {
        return root;
    }

    /** Opens the page for what the lab currently shows: the verdict's page, else the preset's, else the first. */
    public void selectCurrent() {
        String preset = model.presetProperty().get() == null ? null : model.presetProperty().get().name();
        var diagnosis = model.diagnosisProperty().get();
        GuidePage p = (diagnosis != null ? Guide.forVerdict(diagnosis.verdict(), preset) : Optional.<GuidePage>empty())
                .or(() -> Guide.forPreset(preset)).orElse(Guide.pages().get(0));
        list.getSelectionModel().select(p);
        list.scrollTo(p);
    }

    private void show(GuidePage p) {
        page.getChildren().clear();
        if (p == null) {
            return;
        }
        Label title = new Label(p.title());
        title.setWrapText(true);
        title.getStyleClass().add("guide-title");
        title.setId("guide-title");
        page.getChildren().add(title);
        if (p == NUMBERS) {
            for (Glossary.Entry e : Glossary.entries()) {
                page.getChildren().add(section(e.name(), e.text()));
            }
            return;
        }
        VBox buttons = new VBox(8); // one a row, wrapped: a title on points is long
        if (p.preset() != null) {
            Button show = new Button("Train this: " + Catalogue.get(p.preset()).title());
            show.setId("guide-show");
            wrapped(show);
            show.setOnAction(e -> train(p.preset()));
            buttons.getChildren().add(show);
        }
        if (p.remedyPreset() != null) {
            Button remedy = new Button(p.remedyLabel());
            remedy.setId("guide-remedy");
            wrapped(remedy);
            remedy.getStyleClass().add("primary");
            remedy.setOnAction(e -> train(p.remedyPreset()));
            buttons.getChildren().add(remedy);
        }
        List<Node> cures = new ArrayList<>();
        for (ExperimentPreset cure : p.preset() == null ? List.<ExperimentPreset>of() : Catalogue.curesOf(p.preset())) {
            cures.add(section(cure.title(), cure.description()));
            // not "the cure": a remedy names the failure it aims at, and its section says whether it cured it
            Button train = new Button("Train " + cure.name());
            train.setId("guide-cure-" + cure.name());
            wrapped(train);
            train.setOnAction(e -> train(cure.name()));
            buttons.getChildren().add(train);
        }
        buttons.disableProperty().bind(model.runningProperty());
        // the buttons under the title, in sight however long the page (a teacher trains from here at once); the
        // page's sections below them, then the measured cures
        page.getChildren().add(buttons);
        page.getChildren().addAll(sections(p).getChildren());
        page.getChildren().addAll(cures);
    }

    /** Trains {@code name}: a preset on images in the lab, one on points in the playground. */
    private void train(String name) {
        if (Catalogue.get(name) instanceof Preset images) {
            model.loadPreset(images);
            model.start();
        } else {
            playground.accept(name);
        }
    }

    /** A page's sections under their headings (the kind's own words), as the guide and the playground show them. */
    public static VBox sections(GuidePage p) {
        VBox box = new VBox(12);
        for (String[] s : p.sections()) {
            if (s[1] != null && !s[1].isBlank()) {
                box.getChildren().add(section(s[0], s[1]));
            }
        }
        return box;
    }

    private static void wrapped(Button b) {
        b.setWrapText(true);
        b.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Node section(String heading, String text) {
        Label h = new Label(heading);
        h.getStyleClass().add("guide-heading");
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE); // wraps whole, never cut short
        return new VBox(4, h, body);
    }
}
