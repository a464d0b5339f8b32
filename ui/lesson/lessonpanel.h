#pragma once

#include "core/lab/lesson.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTextBrowser;
class QVBoxLayout;

// The lesson beside the panels: the stage list (the current stage marked by
// an arrow and bold type, not by colour alone), the current stage's title and
// narration (our own Markdown, rendered by QTextBrowser with links and remote
// content off), the demo's steps as the Python they stand for, Previous/Next,
// and "Run this stage's demo".
//
// Presenter keys work wherever the focus is inside the panel: Right,
// PageDown and Space go to the next stage; Left, PageUp and Backspace to the
// previous one; Home and End to the first and last. Up/Down move in the list.
//
// The panel only navigates and asks: the main window reacts to stageChanged
// (bring the sockets to the stage's starting state, Lesson::startActions) and
// to demoRequested (perform the stage's actions on the real panels).
class ThroughputChart;

class LessonPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPanel)

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    // Shows `lesson`, at its first stage, with this machine's placeholder
    // values (Lesson::systemValues for the lesson's port). Emits stageChanged(0).
    void setLesson(const Lesson &lesson);
    const Lesson &lesson() const { return m_lesson; }

    // Placeholder values for the narration, e.g. after the app picked another
    // port than the lesson's ({{port}}). Re-renders the current stage.
    void setValues(const QHash<QString, QString> &values);
    QHash<QString, QString> values() const { return m_values; }

    // -1 when no lesson is loaded.
    int currentIndex() const { return m_current; }
    // The current stage; nullptr when no lesson is loaded.
    const Stage *currentStage() const;
    // The narration as shown: Markdown with the placeholders filled in.
    QString renderedNarration() const;

    // While the main window performs a demo, the run button says so and
    // cannot be pressed again.
    void setDemoRunning(bool running);
    // Marks the demo step being performed (0-based): earlier steps get a
    // check mark, this one an arrow. -1 clears the marks.
    void setDemoStep(int step);
    int demoStep() const { return m_demoStep; }
    // A line under the narration: the demo's outcome or a notice (a lesson
    // refused, another port used). Plain text; "" hides it.
    void setResult(const QString &text);
    QString result() const;
    // The chart of the throughput a stage measured (hidden while empty;
    // emptied when another stage is shown or a demo starts).
    ThroughputChart *throughputChart() const { return m_chart; }
    // Adds a measurement to that chart (see ThroughputChart::addMeasurement).
    void addMeasurement(const QString &label, double bytesPerSecond);
    // Presentation: stage number and buttons on one line, title, narration
    // and result only (no stage list, no steps), the narration in slightly
    // larger type.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    // Compact: as tall as the title row, the whole narration (at the
    // narration's present width) and the result need.
    QSize sizeHint() const override;

public slots:
    // Goes to stage `index` (clamped to the lesson). Emits stageChanged when
    // the stage changes.
    void setCurrentIndex(int index);
    // Goes to the stage with this id; false (and no change) when there is none.
    bool setCurrentStage(const QString &id);
    void next();
    void previous();
    void first();
    void last();
    // Emits demoRequested for the current stage, if it has a demo.
    void runDemo();

signals:
    void stageChanged(int index);
    void demoRequested(const Stage &stage);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);
    void rebuildList();
    void showCurrent();
    void showSteps();
    void updateTitleFont();
    void updateCompactFonts();
    // The result's height: its text's, at most MaxResultLines lines.
    void fitResult();
    static constexpr int MaxResultLines = 6;
    // Outside compact: the stage list shrinks so the narration needs no
    // scrolling down (after the layout settled).
    void scheduleFit();
    void fitNarration();

    Lesson m_lesson;
    QHash<QString, QString> m_values;
    int m_current = -1;
    bool m_demoRunning = false;
    int m_demoStep = -1;
    bool m_compact = false;
    bool m_fitPending = false;
    int m_stepRows = 4; // the demo steps' rows shown at most (fitNarration)

    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_position = nullptr;
    QTextBrowser *m_narration = nullptr;
    QLabel *m_stepsTitle = nullptr;
    QListWidget *m_steps = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_result = nullptr;
    // Holds m_result: a demo with many failed steps scrolls there instead of
    // growing the window past the screen.
    QScrollArea *m_resultArea = nullptr;
    ThroughputChart *m_chart = nullptr;
    QWidget *m_buttons = nullptr;
    QHBoxLayout *m_positionRow = nullptr;
    QVBoxLayout *m_stageLayout = nullptr;
    QSplitter *m_splitter = nullptr; // the stage list over the stage
};
