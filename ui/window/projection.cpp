#include "ui/window/projection.h"

#include "ui/lesson/captionstrip.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/widgets/textentry.h"
#include "ui/window/presenterconsole.h"

#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QTextBrowser>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {

const QString screenKey = u"presentation/screen"_s;

} // namespace

Projection::Projection(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_caption = new CaptionStrip(window);
    m_caption->hide();
    m_caption->installEventFilter(this);
    connect(
        m_caption, &CaptionStrip::narrationRequested, this, [this] { setNarrationShown(true); });

    // The whole narration, over the lower part of the window.
    m_overlay = new QFrame(window);
    m_overlay->setObjectName(u"narrationOverlay"_s);
    m_overlay->setFrameShape(QFrame::Box);
    m_overlay->setLineWidth(2);
    m_overlay->setAutoFillBackground(true);
    m_overlayHint = new QLabel(tr("The whole narration: N or Esc closes it."), m_overlay);
    m_overlayHint->setObjectName(u"narrationOverlayHint"_s);
    m_overlayHint->setTextFormat(Qt::PlainText);
    auto *overlayLayout = new QVBoxLayout(m_overlay);
    overlayLayout->addWidget(m_overlayHint);
    m_overlay->hide();
    m_overlay->installEventFilter(this);

    m_cover = new QWidget(window);
    m_cover->setObjectName(u"blankCover"_s);
    m_cover->setAccessibleName(tr("Projection blanked (B shows it again)"));
    m_cover->setAutoFillBackground(true);
    QPalette black = m_cover->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_cover->setPalette(black);
    m_cover->hide();

    m_console = new PresenterConsole(window);
    m_console->hide();
    connect(m_console, &PresenterConsole::leaveRequested, this, &Projection::leaveRequested);

    m_screenMenu = new QMenu(tr("Projection &screen"), window);
    connect(m_screenMenu, &QMenu::aboutToShow, this, &Projection::rebuildScreenMenu);
    rebuildScreenMenu();

    window->installEventFilter(this); // resizes place the overlay and the cover
}

Projection::~Projection()
{
    qApp->removeEventFilter(this);
}

void Projection::setLesson(QWidget *lesson)
{
    m_lesson = lesson;
    m_panel = qobject_cast<LessonPanel *>(lesson);
    if (m_panel)
        connect(m_panel, &LessonPanel::stageChanged, this, &Projection::updateCaption);
    if (!m_presenting)
        return;
    if (m_consoleMode)
        m_console->setLesson(lesson);
    else
        static_cast<QVBoxLayout *>(m_overlay->layout())->addWidget(lesson, 1);
    updateCaption();
}

bool Projection::hasSeveralScreens()
{
    return QGuiApplication::screens().size() > 1;
}

QScreen *Projection::projectionScreen() const
{
    QScreen *own = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        return own;
    const QString chosen = QSettings().value(screenKey).toString();
    for (QScreen *screen : screens) {
        if (!chosen.isEmpty() && screen->name() == chosen)
            return screen;
    }
    for (QScreen *screen : screens) {
        if (screen != own)
            return screen;
    }
    return own;
}

void Projection::enter(QScreen *screen, double fontScale, int bodyPixels)
{
    const bool again = m_presenting;
    m_presenting = true;
    m_consoleMode = screen && hasSeveralScreens();
    if (!again)
        m_normalGeometry = m_window->saveGeometry();
    QScreen *home = m_window->screen();
    // The window to the projection screen, and as large: full screen then
    // covers it even where no window manager makes it so (Xvfb).
    if (screen) {
        if (m_window->windowHandle())
            m_window->windowHandle()->setScreen(screen);
        m_window->setGeometry(screen->geometry());
    }
    if (m_consoleMode) {
        // The console to another screen (the window's own, when the
        // projection is elsewhere).
        QScreen *laptop = home != screen ? home : nullptr;
        for (QScreen *other : QGuiApplication::screens()) {
            if (!laptop && other != screen)
                laptop = other;
        }
        m_console->setFontScale(fontScale);
        m_console->setProjectedScreen(screen->name(), screen->size());
        if (m_lesson)
            m_console->setLesson(m_lesson);
        m_console->setGeometry(laptop->availableGeometry());
        m_console->show();
        if (m_console->windowHandle())
            m_console->windowHandle()->setScreen(laptop);
        m_console->setGeometry(laptop->availableGeometry());
        m_caption->hide();
    } else {
        if (m_lesson)
            static_cast<QVBoxLayout *>(m_overlay->layout())->addWidget(m_lesson, 1);
        m_caption->setTextPixelSize(bodyPixels);
        m_bodyPixels = bodyPixels;
        QFont hint = m_overlayHint->font();
        hint.setPixelSize(qMax(1, bodyPixels * 22 / 28));
        m_overlayHint->setFont(hint);
        m_caption->show();
        placeCaption();
    }
    m_overlay->hide();
    updateCaption();
    if (!again)
        qApp->installEventFilter(this);
}

void Projection::leave()
{
    if (!m_presenting)
        return;
    m_presenting = false;
    qApp->removeEventFilter(this);
    m_overlay->hide();
    m_cover->hide();
    m_caption->hide();
    m_window->setContentsMargins(0, 0, 0, 0);
    m_console->hide();
}

void Projection::restoreWindowGeometry()
{
    if (!m_normalGeometry.isEmpty())
        m_window->restoreGeometry(m_normalGeometry);
    m_consoleMode = false;
}

bool Projection::isConsoleShown() const
{
    return m_presenting && m_consoleMode;
}

void Projection::setNarrationShown(bool shown)
{
    if (!m_presenting || m_consoleMode || !m_lesson)
        shown = false;
    if (shown == isNarrationShown())
        return;
    if (shown) {
        m_lesson->show();
        placeOverlay();
        m_overlay->show();
        m_overlay->raise();
        m_cover->raise();
    } else {
        m_overlay->hide();
    }
}

bool Projection::isNarrationShown() const
{
    return !m_overlay->isHidden();
}

void Projection::setBlank(bool blank)
{
    if (!m_presenting)
        blank = false;
    if (blank) {
        m_cover->setGeometry(m_window->rect());
        m_cover->show();
        m_cover->raise();
    } else {
        m_cover->hide();
    }
}

bool Projection::isBlank() const
{
    return !m_cover->isHidden();
}

void Projection::updateCaption()
{
    if (!m_panel)
        return;
    const Stage *stage = m_panel->currentStage();
    if (!stage) {
        m_caption->setStage({}, {}, {});
        return;
    }
    m_caption->setStage(u"%1/%2"_s.arg(m_panel->currentIndex() + 1).arg(m_panel->lesson().count()),
        stage->title, m_panel->renderedNarration());
    placeCaption();
}

void Projection::placeCaption()
{
    if (m_caption->isHidden())
        return;
    // Across the whole window's bottom, under the docks too; the window
    // lays out its content above it (its bottom margin).
    const QRect area = m_window->rect();
    const int height = m_caption->hasHeightForWidth() ? m_caption->heightForWidth(area.width())
                                                      : m_caption->sizeHint().height();
    const QRect place(0, area.bottom() - height + 1, area.width(), height);
    if (m_window->contentsMargins() != QMargins(0, 0, 0, height))
        m_window->setContentsMargins(0, 0, 0, height);
    if (m_caption->geometry() != place)
        m_caption->setGeometry(place);
    m_caption->raise();
    if (isNarrationShown())
        m_overlay->raise();
    if (isBlank())
        m_cover->raise();
}

void Projection::placeOverlay()
{
    if (!m_lesson)
        return;
    // As wide as the window but a margin, as tall as the lesson asks (its
    // whole narration) up to nine tenths of the window, at the bottom. The
    // type as large as the caption's, smaller (down to 14 px) only as far
    // as the whole narration needs to fit, code included.
    const QRect area = m_window->rect();
    const int margin = qMax(4, area.height() / 90);
    const QMargins frame = m_overlay->contentsMargins() + m_overlay->layout()->contentsMargins();
    const int width = area.width() - 2 * margin;
    if (m_overlay->width() != width)
        m_overlay->resize(width, m_overlay->height());
    const int limit = area.height() * 9 / 10;
    const double dpi = qMax(1, m_overlay->logicalDpiY());
    int wanted = 0;
    for (int pixels = m_bodyPixels;; pixels -= 2) {
        QFont type = m_window->font();
        type.setPointSizeF(pixels * 72.0 / dpi); // points: the panel scales its title from them
        if (m_overlay->font() != type) {
            m_overlay->setFont(type);
            m_overlay->layout()->activate(); // the narration's width, for its height
        }
        wanted = m_lesson->sizeHint().height() + m_overlayHint->sizeHint().height()
            + m_overlay->layout()->spacing() + frame.top() + frame.bottom();
        // Code wider than the narration would scroll sideways: smaller too.
        const auto *narration = m_lesson->findChild<QTextBrowser *>(u"narration"_s);
        const bool fitsAcross
            = !narration || narration->document()->size().width() <= narration->viewport()->width();
        if ((wanted <= limit && fitsAcross) || pixels <= 14)
            break;
    }
    const int height = qMin(wanted, limit);
    const QRect place(margin, area.bottom() - margin - height + 1, width, height);
    if (m_overlay->geometry() != place)
        m_overlay->setGeometry(place);
}

void Projection::rebuildScreenMenu()
{
    m_screenMenu->clear();
    auto *group = new QActionGroup(m_screenMenu);
    const QString chosen = QSettings().value(screenKey).toString();
    QAction *automatic = m_screenMenu->addAction(tr("&Automatic: a screen the window is not on"));
    automatic->setCheckable(true);
    automatic->setActionGroup(group);
    automatic->setChecked(true);
    connect(automatic, &QAction::triggered, this, [] { QSettings().remove(screenKey); });
    for (QScreen *screen : QGuiApplication::screens()) {
        QAction *action = m_screenMenu->addAction(tr("%1 (%2×%3 at %4, %5)")
                                                      .arg(screen->name())
                                                      .arg(screen->size().width())
                                                      .arg(screen->size().height())
                                                      .arg(screen->geometry().x())
                                                      .arg(screen->geometry().y()));
        action->setCheckable(true);
        action->setActionGroup(group);
        action->setData(screen->name());
        if (screen->name() == chosen)
            action->setChecked(true);
        connect(action, &QAction::triggered, this,
            [name = screen->name()] { QSettings().setValue(screenKey, name); });
    }
    m_screenMenu->setEnabled(QGuiApplication::screens().size() > 1);
}

bool Projection::handleKey(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || (widget->window() != m_window && widget->window() != m_console))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const bool letter = key->key() == Qt::Key_N || key->key() == Qt::Key_B;
    if (letter
        && (TextEntry::typesText(QApplication::focusWidget()) || TextEntry::typesText(widget)))
        return false;
    const bool press = event->type() == QEvent::KeyPress;
    switch (key->key()) {
    case Qt::Key_B:
        if (press)
            setBlank(!isBlank());
        break;
    case Qt::Key_N:
        if (m_consoleMode)
            return false;
        if (press)
            setNarrationShown(!isNarrationShown());
        break;
    case Qt::Key_Escape:
        // Escape first takes away what covers the projection.
        if (!isBlank() && !isNarrationShown())
            return false;
        if (press) {
            if (isBlank())
                setBlank(false);
            else
                setNarrationShown(false);
        }
        break;
    default:
        return false;
    }
    event->accept();
    return true;
}

bool Projection::eventFilter(QObject *watched, QEvent *event)
{
    if (m_presenting && handleKey(watched, event))
        return true;
    if (watched == m_caption && event->type() == QEvent::LayoutRequest) {
        placeCaption(); // another text, another height
    } else if (watched == m_window && event->type() == QEvent::Resize) {
        placeCaption();
        if (isNarrationShown())
            placeOverlay();
        if (isBlank())
            m_cover->setGeometry(m_window->rect());
    } else if (watched == m_overlay && event->type() == QEvent::LayoutRequest
        && isNarrationShown()) {
        // The lesson asks for another height (LessonPanel::sizeHint).
        placeOverlay();
    }
    return QObject::eventFilter(watched, event);
}
