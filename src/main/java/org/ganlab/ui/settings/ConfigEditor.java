package org.ganlab.ui.settings;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.Formulas;
import org.ganlab.config.SettingsSchema;
import org.ganlab.ui.common.Explanations;
import org.ganlab.ui.common.Folders;

/**
 * The settings editor of either kind of data: one ControlsFX property sheet row per field of the kind's section of
 * {@link ConfigSchema}, grouped as the schema groups them, with the schema's help text. A field with a problem is
 * outlined and says why in its tooltip.
 *
 * @param <C> the settings' record
 */
public final class ConfigEditor<C> {
    private final SettingsModel<C, ?> model;
    private final PropertySheet sheet;

    /** An editor of every field. */
    public ConfigEditor(SettingsModel<C, ?> model) {
        this(model, Set.of());
    }

    /** An editor of every field but those named in {@code elsewhere} (edited by other controls). */
    public ConfigEditor(SettingsModel<C, ?> model, Set<String> elsewhere) {
        this.model = model;
        ObservableList<PropertySheet.Item> items = FXCollections.observableArrayList();
        for (SettingsSchema.Field<C> f : model.schema().fields()) {
            if (!elsewhere.contains(f.key())) {
                items.add(new FieldItem(f));
            }
        }
        sheet = new PropertySheet(items);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        List<String> groups = model.schema().fields().stream().map(SettingsSchema.Field::group).distinct().toList();
        sheet.setCategoryComparator(Comparator.comparingInt(groups::indexOf));
        sheet.getStyleClass().add("config-editor");
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        sheet.setPropertyEditorFactory(item -> {
            SettingsSchema.Field<C> field = ((FieldItem) item).field;
            PropertyEditor<?> editor = field.key().equals("imageFolder") ? folderEditor(item)
                    : field.kind() == SettingsSchema.Kind.CHOICE && item.getValue() instanceof String
                    ? Editors.createChoiceEditor(item, field.choices()) : defaults.call(item);
            String key = field.key();
            Region control = (Region) editor.getEditor();
            control.setId("field-" + key);
            Runnable mark = () -> {
                String problem = model.problemOf(key);
                control.getStyleClass().remove("invalid");
                if (problem != null) {
                    control.getStyleClass().add("invalid");
                    Tooltip.install(control, new Tooltip(problem));
                } else {
                    Tooltip.install(control, Explanations.tooltip(Formulas.explain(key, field.help())));
                }
            };
            mark.run();
            model.problems().addListener((ListChangeListener<Object>) c -> mark.run());
            // a lesson's step may lock the fields it does not open to students
            control.disableProperty().bind(Bindings.createBooleanBinding(() -> model.locked(key),
                    model.openProperty()));
            return editor;
        });
        model.configProperty().addListener((obs, old, now) -> {
            for (PropertySheet.Item item : items) {
                ((FieldItem) item).refresh(now);
            }
        });
    }

    /** A text field with a "Choose…" button that opens a folder chooser. */
    private static PropertyEditor<Object> folderEditor(PropertySheet.Item item) {
        TextField text = new TextField();
        Button choose = new Button("Choose…");
        choose.setId("choose-image-folder");
        choose.setMinWidth(Region.USE_PREF_SIZE); // the path's field gives way, never the button's word
        HBox box = new HBox(6, text, choose);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setText(item.getValue() == null ? "" : item.getValue().toString());
        item.getObservableValue().ifPresent(v -> v.addListener((o, a, b) -> {
            String now = b == null ? "" : b.toString();
            if (!now.equals(text.getText())) {
                text.setText(now);
            }
        }));
        text.setOnAction(e -> item.setValue(text.getText()));
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                item.setValue(text.getText());
            }
        });
        choose.setOnAction(e -> Folders.choose(box.getScene().getWindow(), "Choose a folder of pictures")
                .ifPresent(dir -> {
                    text.setText(dir.toAbsolutePath().toString());
                    item.setValue(dir.toAbsolutePath().toString());
                }));
        return new PropertyEditor<>() {
            @Override
            public Node getEditor() {
                return box;
            }

            @Override
            public Object getValue() {
                return text.getText();
            }

            @Override
            public void setValue(Object value) {
                text.setText(value == null ? "" : value.toString());
            }
        };
    }

    public PropertySheet node() {
        return sheet;
    }

    /** One configuration field as a property sheet row. */
    private final class FieldItem implements PropertySheet.Item {
        private final SettingsSchema.Field<C> field;
        private final ObjectProperty<Object> value = new SimpleObjectProperty<>();
        private boolean refreshing;

        FieldItem(SettingsSchema.Field<C> field) {
            this.field = field;
            refresh(model.configProperty().get());
        }

        void refresh(C config) {
            Object v = config == null ? null : field.valueIn(config);
            if (!Objects.equals(v, value.get())) {
                refreshing = true;
                value.set(v);
                refreshing = false;
            }
        }

        @Override
        public Class<?> getType() {
            Object v = value.get();
            return v == null ? String.class : v.getClass();
        }

        @Override
        public String getCategory() {
            return field.group();
        }

        @Override
        public String getName() {
            return field.label();
        }

        @Override
        public String getDescription() {
            return Formulas.explain(field.key(), field.help());
        }

        @Override
        public Object getValue() {
            return value.get();
        }

        @Override
        public void setValue(Object v) {
            if (refreshing || Objects.equals(v, value.get())) {
                return;
            }
            value.set(v);
            model.set(field.key(), v);
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(value);
        }
    }
}
