#include "ui/lesson/lessonpanel.h"

#include "ui/widgets/fixedfont.h"

#include "ui/lesson/throughputchart.h"
#include "ui/widgets/flowlayout.h"

#include <QAbstractButton>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace {

constexpr int StageRole = Qt::UserRole + 1;

const QString currentMark = u"\u25B6 "_s; // ▶, the current stage
const QString otherMark = u"   "_s;

} // namespace

LessonPanel::LessonPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"lessonPanel"_s);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"stageList"_s);
    m_list->setAccessibleName(tr("Lesson stages"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 24);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 3);

    m_title = new QLabel(this);
    m_title->setObjectName(u"stageTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    updateTitleFont();

    m_position = new QLabel(this);
    m_position->setObjectName(u"stagePosition"_s);
    m_position->setTextFormat(Qt::PlainText);

    m_narration = new QTextBrowser(this);
    m_narration->setObjectName(u"narration"_s);
    m_narration->setAccessibleName(tr("Stage narration"));
    // Our own text only: no link is followed, nothing is fetched.
    m_narration->setOpenLinks(false);
    m_narration->setOpenExternalLinks(false);
    m_narration->setSearchPaths({});

    m_stepsTitle = new QLabel(tr("This stage's demo:"), this);
    m_stepsTitle->setObjectName(u"demoStepsTitle"_s);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(u"demoSteps"_s);
    m_steps->setAccessibleName(tr("Demo steps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    useFixedFont(m_steps); // the family only: zoom still sizes it
    // No sideways scroll bar: it would cover the rows of this short list. A
    // step too long for the dock ends in "…"; its tooltip has it whole.
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setTextElideMode(Qt::ElideRight);
    m_stepsTitle->setBuddy(m_steps);

    m_previous = new QPushButton(tr("&Previous"), this);
    m_previous->setObjectName(u"previousStage"_s);
    m_previous->setToolTip(tr("Previous stage (Left, Page Up, Backspace)"));
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(u"nextStage"_s);
    m_next->setToolTip(tr("Next stage (Right, Page Down, Space)"));
    m_run = new QPushButton(tr("&Run this stage's demo"), this);
    m_run->setObjectName(u"runDemo"_s);
    m_run->setToolTip(tr("Perform this stage's calls on the real sockets, one by one"));

    m_result = new QLabel(this);
    m_result->setObjectName(u"demoResult"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultArea = new QScrollArea(this);
    m_resultArea->setObjectName(u"demoResultArea"_s);
    m_resultArea->setWidget(m_result);
    m_resultArea->setWidgetResizable(true);
    m_resultArea->setFrameShape(QFrame::NoFrame);
    m_resultArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultArea->hide();
    m_resultArea->viewport()->installEventFilter(this);
    m_chart = new ThroughputChart(this);
    m_chart->setObjectName(u"throughputChart"_s);

    // The buttons wrap in a narrow strip (presentation mode beside an explorer).
    m_buttons = new QWidget(this);
    auto *buttons = new FlowLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addWidget(m_run);

    auto *stagePane = new QWidget(this);
    // The buttons sit under the narration, or when compact on the line
    // with the stage's number, above the title.
    m_positionRow = new QHBoxLayout;
    m_positionRow->addWidget(m_position);
    m_stageLayout = new QVBoxLayout(stagePane);
    m_stageLayout->setContentsMargins(0, 0, 0, 0);
    m_stageLayout->addLayout(m_positionRow);
    m_stageLayout->addWidget(m_title);
    m_stageLayout->addWidget(m_narration, 1);
    m_stageLayout->addWidget(m_stepsTitle);
    m_stageLayout->addWidget(m_steps);
    m_stageLayout->addWidget(m_resultArea);
    m_stageLayout->addWidget(m_chart); // its minimum height; the narration comes first
    m_stageLayout->addWidget(m_buttons);

    // The list above the narration, both the dock's whole width (about
    // 30 % of the window: MainWindow::fitLessonDock).
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"lessonSplitter"_s);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(stagePane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    for (QWidget *child : {static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_narration),
             static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_next),
             static_cast<QWidget *>(m_run)})
        child->installEventFilter(this);
    m_narration->viewport()->installEventFilter(this);

    connect(m_previous, &QPushButton::clicked, this, &LessonPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::next);
    connect(m_run, &QPushButton::clicked, this, &LessonPanel::runDemo);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem *item = m_list->item(row);
        if (!item)
            return;
        const int index = item->data(StageRole).toInt();
        if (index >= 0) {
            setCurrentIndex(index);
            return;
        }
        // A section heading is not a stage: step over it in the direction
        // the selection moved.
        int currentRow = -1;
        for (int r = 0; r < m_list->count(); ++r) {
            if (m_list->item(r)->data(StageRole).toInt() == m_current)
                currentRow = r;
        }
        if (row > currentRow && m_current + 1 < m_lesson.count())
            setCurrentIndex(m_current + 1);
        else if (row < currentRow && m_current > 0)
            setCurrentIndex(m_current - 1);
        else
            showCurrent();
    });

    showCurrent();
}

void LessonPanel::setLesson(const Lesson &lesson)
{
    m_lesson = lesson;
    m_values = Lesson::systemValues(lesson.port());
    m_current = lesson.isEmpty() ? -1 : 0;
    rebuildList();
    showCurrent();
    if (m_current >= 0)
        emit stageChanged(m_current);
}

void LessonPanel::setValues(const QHash<QString, QString> &values)
{
    m_values = values;
    showCurrent();
}

const Stage *LessonPanel::currentStage() const
{
    return m_current >= 0 ? &m_lesson.stage(m_current) : nullptr;
}

QString LessonPanel::renderedNarration() const
{
    const Stage *stage = currentStage();
    return stage ? Lesson::render(stage->narration, m_values) : QString();
}

void LessonPanel::setDemoRunning(bool running)
{
    m_demoRunning = running;
    if (running)
        m_chart->clear(); // a demo run measures afresh
    showCurrent();
}

void LessonPanel::setDemoStep(int step)
{
    m_demoStep = step;
    showSteps();
}

void LessonPanel::setCurrentIndex(int index)
{
    if (m_lesson.isEmpty())
        return;
    index = qBound(0, index, int(m_lesson.count()) - 1);
    if (index == m_current)
        return;
    m_current = index;
    m_demoStep = -1;
    m_chart->clear();
    showCurrent();
    emit stageChanged(m_current);
}

bool LessonPanel::setCurrentStage(const QString &id)
{
    const qsizetype index = m_lesson.indexOf(id);
    if (index < 0)
        return false;
    setCurrentIndex(int(index));
    return true;
}

void LessonPanel::next()
{
    setCurrentIndex(m_current + 1);
}

void LessonPanel::previous()
{
    setCurrentIndex(m_current - 1);
}

void LessonPanel::first()
{
    setCurrentIndex(0);
}

void LessonPanel::last()
{
    setCurrentIndex(int(m_lesson.count()) - 1);
}

void LessonPanel::runDemo()
{
    const Stage *stage = currentStage();
    if (!stage || stage->actions.isEmpty() || m_demoRunning)
        return;
    emit demoRequested(*stage);
}

bool LessonPanel::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return true;
    case Qt::Key_Home:
        first();
        return true;
    case Qt::Key_End:
        last();
        return true;
    default:
        return false;
    }
}

bool LessonPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_narration->viewport() && event->type() == QEvent::Resize
        && static_cast<QResizeEvent *>(event)->oldSize().width()
            != static_cast<QResizeEvent *>(event)->size().width()) {
        // Another width, another height (sizeHint; the list's share).
        if (m_compact)
            updateGeometry();
        else
            scheduleFit();
    }
    if (watched == m_resultArea->viewport() && event->type() == QEvent::Resize
        && static_cast<QResizeEvent *>(event)->oldSize().width()
            != static_cast<QResizeEvent *>(event)->size().width())
        fitResult();
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ours
            = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            && QList<int> {Qt::Key_Right, Qt::Key_PageDown, Qt::Key_Space, Qt::Key_Left,
                Qt::Key_PageUp, Qt::Key_Backspace, Qt::Key_Home, Qt::Key_End}
                   .contains(key->key())
            // Space presses a focused button (Run this stage's demo, Previous, Next).
            && !(key->key() == Qt::Key_Space && qobject_cast<QAbstractButton *>(watched));
        if (ours) {
            // Accepting the override keeps the key from any window shortcut;
            // the key press itself then moves the lesson.
            if (event->type() == QEvent::KeyPress)
                handleKey(key->key(), key->modifiers());
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LessonPanel::keyPressEvent(QKeyEvent *event)
{
    if (handleKey(event->key(), event->modifiers()))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void LessonPanel::changeEvent(QEvent *event)
{
    // Zoom changes the application font: the title keeps its larger size.
    if (event->type() == QEvent::FontChange) {
        updateTitleFont();
        updateCompactFonts();
        showSteps(); // its rows carry fonts of their own (the bold current step)
    }
    QWidget::changeEvent(event);
}

void LessonPanel::updateTitleFont()
{
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
}

void LessonPanel::showSteps()
{
    const Stage *stage = currentStage();
    const qsizetype count = stage ? stage->actions.size() : 0;
    m_stepsTitle->setVisible(count > 0 && !m_compact);
    m_steps->setVisible(count > 0 && !m_compact);
    if (m_steps->count() != count) {
        m_steps->clear();
        for (qsizetype i = 0; i < count; ++i)
            new QListWidgetItem(m_steps);
    }
    for (int i = 0; i < int(count); ++i) {
        // Marks in text, not colour: a check for done steps, an arrow for this one.
        const QString mark = i < m_demoStep ? u"\u2713 "_s
            : i == m_demoStep               ? u"\u25B6 "_s
                                            : u"  "_s;
        // The port the app really uses ({{port}} in the values) where the lesson's stood.
        DemoAction action = stage->actions.at(i);
        bool portOk = false;
        const uint port = m_values.value(u"port"_s).toUInt(&portOk);
        if (portOk && port <= 65535 && port != m_lesson.port())
            action = action.withPort(m_lesson.port(), quint16(port));
        QListWidgetItem *item = m_steps->item(i);
        item->setText(mark + action.python());
        item->setToolTip(action.source());
        QFont font = m_steps->font();
        font.setBold(i == m_demoStep);
        item->setFont(font);
    }
    if (m_demoStep >= 0 && m_demoStep < count)
        m_steps->scrollToItem(m_steps->item(m_demoStep));
    // Tall enough for a few steps; longer demos scroll (the narration
    // comes first).
    const int rows = int(qMin<qsizetype>(count, m_stepRows));
    const int rowHeight = count > 0 ? m_steps->sizeHintForRow(0) : 0;
    m_steps->setFixedHeight(rows * rowHeight + 2 * m_steps->frameWidth());
}

void LessonPanel::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    bool inFurther = false;
    for (qsizetype i = 0; i < m_lesson.count(); ++i) {
        const Stage &stage = m_lesson.stage(i);
        if (stage.isFurther() && !inFurther) {
            inFurther = true;
            auto *heading = new QListWidgetItem(tr("Going further"), m_list);
            heading->setFlags(Qt::ItemIsEnabled);
            heading->setData(StageRole, -1);
            QFont font = heading->font();
            font.setItalic(true);
            heading->setFont(font);
        }
        auto *item = new QListWidgetItem(m_list);
        item->setData(StageRole, int(i));
    }
}

void LessonPanel::showCurrent()
{
    const Stage *stage = currentStage();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const int index = item->data(StageRole).toInt();
        if (index < 0)
            continue;
        const bool isCurrent = index == m_current;
        const Stage &entry = m_lesson.stage(index);
        item->setText((isCurrent ? currentMark : otherMark) + QString::number(index + 1) + u". "_s
            + entry.title);
        QFont font = item->font();
        font.setBold(isCurrent);
        item->setFont(font);
        item->setData(Qt::AccessibleTextRole,
            isCurrent ? tr("%1 (current stage)").arg(entry.title) : entry.title);
        if (isCurrent) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
        }
    }

    if (!stage) {
        m_title->setText(tr("No lesson loaded"));
        m_position->clear();
        m_narration->clear();
    } else {
        m_title->setText(stage->title);
        m_position->setText(
            (stage->isFurther() ? tr("Going further — stage %1 of %2") : tr("Stage %1 of %2"))
                .arg(m_current + 1)
                .arg(m_lesson.count()));
        m_narration->setMarkdown(renderedNarration());
        // Code blocks never wrap (a wrapped Python line breaks its
        // indentation): a line wider than the narration scrolls it sideways.
        // Code keeps the prose's size (the Markdown reader gives it a fixed
        // one), so zoom sizes both, and the app's fixed-pitch families
        // (fixedFamilies).
        for (QTextBlock block = m_narration->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                QTextCharFormat format = fragment.charFormat();
                // The Markdown reader gives code (and only code) a family of its own.
                const bool code
                    = format.fontFixedPitch() || format.hasProperty(QTextFormat::FontFamilies);
                if (!format.hasProperty(QTextFormat::FontPointSize) && !code)
                    continue;
                format.clearProperty(QTextFormat::FontPointSize);
                if (code)
                    format.setFontFamilies(fixedFamilies());
                QTextCursor cursor(m_narration->document());
                cursor.setPosition(fragment.position());
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.setCharFormat(format);
            }
        }
    }
    showSteps();
    m_previous->setEnabled(stage && m_current > 0);
    m_next->setEnabled(stage && m_current + 1 < m_lesson.count());
    const bool hasDemo = stage && !stage->actions.isEmpty();
    // Stays enabled while its demo runs (runDemo() ignores a second press):
    // a disabled button would hand the keyboard focus to some panel's button,
    // which the next Space would press.
    m_run->setEnabled(hasDemo);
    m_run->setText(m_demoRunning ? tr("Running the demo…")
            : hasDemo            ? tr("&Run this stage's demo")
                                 : tr("No demo in this stage"));
    if (m_compact)
        updateGeometry(); // the strip fits the new narration (MainWindow)
    else
        scheduleFit();
}

void LessonPanel::scheduleFit()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        fitNarration();
    });
}

void LessonPanel::fitNarration()
{
    if (m_compact || !isVisible())
        return;
    // The whole narration before the stage list: the list gives up its
    // room (down to its minimum, three rows) until the narration needs no
    // scrolling down, and takes back what the narration does not need, up
    // to a third of the panel. Sideways scrolling (wide code) counts. When
    // that is not enough, the demo's steps show fewer rows (two at least).
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 2)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    int wanted
        = qCeil(m_narration->document()->size().height()) + 2 * m_narration->frameWidth() + 4;
    if (m_narration->document()->size().width() > m_narration->viewport()->width())
        wanted += m_narration->horizontalScrollBar()->sizeHint().height();
    int pane = sizes.at(1) - m_narration->height() + wanted;
    const int rowHeight = m_steps->count() > 0 ? m_steps->sizeHintForRow(0) : 0;
    if (rowHeight > 0 && !m_steps->isHidden()) {
        const int deficit = pane - (total - m_list->minimumHeight());
        const int rows = qBound(2, m_stepRows + qFloor(-deficit / double(rowHeight)), 4);
        if (rows != m_stepRows) {
            const int before = m_steps->height();
            m_stepRows = rows;
            showSteps();
            pane += m_steps->height() - before;
        }
    }
    const int list
        = qBound(m_list->minimumHeight(), total - pane, qMax(m_list->minimumHeight(), total / 3));
    if (qAbs(list - sizes.at(0)) > 1)
        m_splitter->setSizes({list, total - list});
}

void LessonPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->oldSize().height() != event->size().height())
        scheduleFit();
}

void LessonPanel::setResult(const QString &text)
{
    m_result->setText(text);
    m_resultArea->setVisible(!text.isEmpty());
    fitResult();
    if (m_compact)
        updateGeometry();
    else
        scheduleFit(); // the narration keeps its room
}

void LessonPanel::addMeasurement(const QString &label, double bytesPerSecond)
{
    m_chart->addMeasurement(label, bytesPerSecond);
    updateGeometry(); // presentation's strip makes room for the chart
    scheduleFit();
}

QSize LessonPanel::sizeHint() const
{
    const QSize normal = QWidget::sizeHint();
    if (!m_compact)
        return normal;
    // The narration as laid out now; when its width changes (a scroll bar
    // comes or goes) the panel asks again (eventFilter). A few pixels to
    // spare, so rounding never brings the scroll bar back.
    const int spacing = m_stageLayout->spacing();
    const int width = qMax(1, m_narration->width()); // title and result span it too
    // The first line as laid out (the wrapping buttons' hint counts every row).
    const int firstLine = m_positionRow->geometry().height() > 0
        ? m_positionRow->geometry().height()
        : m_positionRow->sizeHint().height();
    int height = firstLine + spacing + m_title->heightForWidth(width) + spacing
        + qCeil(m_narration->document()->size().height()) + 2 * m_narration->frameWidth() + 4;
    // Code wider than the narration scrolls sideways, under the text.
    if (m_narration->document()->size().width() > m_narration->viewport()->width())
        height += m_narration->horizontalScrollBar()->sizeHint().height();
    if (!m_resultArea->isHidden())
        height += spacing + m_resultArea->maximumHeight();
    if (!m_chart->isHidden())
        height += spacing + m_chart->sizeHint().height(); // what the layout gives it
    return {normal.width(), height};
}

QString LessonPanel::result() const
{
    return m_result->text();
}

void LessonPanel::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_list->setVisible(!compact);
    // Compact is a wide, low strip: the buttons move up to the first line.
    if (compact) {
        m_stageLayout->removeWidget(m_buttons);
        m_positionRow->addWidget(m_buttons, 1); // wraps only when it must
    } else {
        m_positionRow->removeWidget(m_buttons);
        m_stageLayout->addWidget(m_buttons);
    }
    updateCompactFonts();
    showSteps();
    updateGeometry();
}

void LessonPanel::updateCompactFonts()
{
    // The narration a little larger than the rest when compact (presentation
    // mode, whose type is already large).
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.05);
    m_narration->setFont(m_compact ? big : font());
    m_result->setFont(m_compact ? big : font());
    fitResult();
}

void LessonPanel::fitResult()
{
    // As tall as the result, up to MaxResultLines lines; more scroll.
    const int lines = QFontMetrics(m_result->font()).lineSpacing() * MaxResultLines;
    const int width = qMax(1, m_resultArea->viewport()->width());
    const int height = m_result->heightForWidth(width);
    m_resultArea->setFixedHeight(qMin(lines, height > 0 ? height : lines));
}
