#include "lessonwindow.h"
#include "ui/lesson/captionstrip.h"
#include "ui/lesson/lessoncontroller.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/presenterconsole.h"
#include "ui/window/projection.h"

#include <QAction>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QWindow>

#include <memory>

using namespace Qt::StringLiterals;

// Presentation mode with two screens (the offscreen platform given a
// "Laptop" and a "Projector" screen side by side by
// tests/ui/screens-two-1280x720.json): the window goes full screen on the
// screen it is not on, the lesson (whole, in normal type) moves to a
// presenter console on the other; the clicker keys work in the console;
// Escape there leaves and everything comes back. View ▸ Projection screen
// chooses the screen, remembered.
class TestPresenterConsole final : public QObject
{
    Q_OBJECT

public:
    static void initMain();

private slots:
    void initTestCase();
    void cleanupTestCase();
    void projectsOnTheOtherScreen();
    void clickerKeysInTheConsole();
    void escapeInTheConsoleLeaves();
    void chosenScreenIsRemembered();

private:
    QScreen *screenNamed(const QString &name) const;

    std::unique_ptr<MainWindow> m_window;
    LessonController *m_controller = nullptr;
    LessonPanel *m_panel = nullptr;
    QRect m_normalGeometry;
    double m_normalPointSize = 0;
};

void TestPresenterConsole::initMain()
{
    LessonWindow::useScreens("screens-two-1280x720.json");
}

QScreen *TestPresenterConsole::screenNamed(const QString &name) const
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

void TestPresenterConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(!qEnvironmentVariableIsEmpty("SOCKETLAB_SOURCE_DIR"), "run through ctest");
    QCOMPARE(QGuiApplication::screens().size(), 2);
    QVERIFY(Projection::hasSeveralScreens());
    QCOMPARE(LessonWindow::make(&m_window, &m_controller), QString());
    m_panel = m_controller->lessonPanel();
    m_window->setGeometry(40, 40, 1100, 600); // on the laptop's screen
    QCOMPARE(LessonWindow::show(m_window.get(), m_controller), QString());
    QCOMPARE(m_window->screen()->name(), u"Laptop"_s);
    m_normalGeometry = m_window->geometry();
    m_normalPointSize = m_window->font().pointSizeF();
}

void TestPresenterConsole::cleanupTestCase()
{
    m_window.reset();
    QSettings().clear();
}

void TestPresenterConsole::projectsOnTheOtherScreen()
{
    Projection *projection = m_window->projection();
    QCOMPARE(projection->projectionScreen()->name(), u"Projector"_s);
    m_window->setPresentation(true);
    QVERIFY(projection->isConsoleShown());
    QTRY_COMPARE(m_window->geometry(), QRect(1280, 0, 1280, 720));
    QCOMPARE(m_window->screen()->name(), u"Projector"_s);

    PresenterConsole *console = projection->console();
    QVERIFY(console->isVisible());
    QVERIFY(console->isWindow());
    QCOMPARE(console->screen()->name(), u"Laptop"_s);
    QVERIFY(screenNamed(u"Laptop"_s)->geometry().contains(console->geometry()));
    QVERIFY(console->projectedText().contains(u"Projector"_s));
    // The whole lesson in the console, not compact: the stage list, the
    // narration and the buttons; nothing of it on the projection.
    QVERIFY(console->isAncestorOf(m_panel));
    QVERIFY(!m_panel->isCompact());
    QVERIFY(m_panel->findChild<QListWidget *>(u"stageList"_s)->isVisible());
    QVERIFY(m_panel->findChild<QTextBrowser *>(u"narration"_s)->isVisible());
    for (const char *button : {"previousStage", "nextStage", "runDemo"})
        QVERIFY(m_panel->findChild<QWidget *>(QString::fromLatin1(button))->isVisible());
    QVERIFY(!projection->captionStrip()->isVisible());
    QVERIFY(!m_window->lessonDock()->isVisible());
    // The projection's type is larger; the console keeps the normal size.
    QTRY_VERIFY(m_window->font().pointSizeF() > m_normalPointSize);
    QCOMPARE(console->font().pointSizeF(), m_normalPointSize);
}

void TestPresenterConsole::clickerKeysInTheConsole()
{
    PresenterConsole *console = m_window->projection()->console();
    QVERIFY(console->isVisible());
    const int before = m_panel->currentIndex();
    QTest::keyClick(console, Qt::Key_Right);
    QCOMPARE(m_panel->currentIndex(), before + 1);
    QTest::keyClick(console, Qt::Key_PageUp);
    QCOMPARE(m_panel->currentIndex(), before);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);
    // B blanks the projection from the console; N does nothing there.
    QTest::keyClick(console, Qt::Key_B);
    QVERIFY(m_window->projection()->isBlank());
    QTest::keyClick(console, Qt::Key_B);
    QVERIFY(!m_window->projection()->isBlank());
    QTest::keyClick(console, Qt::Key_N);
    QVERIFY(!m_window->projection()->isNarrationShown());
}

void TestPresenterConsole::escapeInTheConsoleLeaves()
{
    PresenterConsole *console = m_window->projection()->console();
    QTest::keyClick(console, Qt::Key_Escape);
    QVERIFY(!m_window->isPresenting());
    QVERIFY(!console->isVisible());
    QCOMPARE(m_window->lessonDock()->widget(), m_panel);
    QTRY_VERIFY(m_window->lessonDock()->isVisible());
    QTRY_COMPARE(m_window->geometry(), m_normalGeometry);
    QCOMPARE(m_window->screen()->name(), u"Laptop"_s);
    QTRY_COMPARE(m_window->font().pointSizeF(), m_normalPointSize);
}

void TestPresenterConsole::chosenScreenIsRemembered()
{
    QMenu *menu = m_window->projection()->screenMenu();
    emit menu->aboutToShow();
    QAction *laptop = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == u"Laptop"_s)
            laptop = action;
    }
    QVERIFY(laptop);
    laptop->trigger();
    QCOMPARE(QSettings().value(u"presentation/screen"_s).toString(), u"Laptop"_s);
    emit menu->aboutToShow();
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == u"Laptop"_s)
            QVERIFY(action->isChecked());
    }
    // Projected on the laptop's screen, the console goes to the other one.
    m_window->setPresentation(true);
    QTRY_COMPARE(m_window->geometry(), QRect(0, 0, 1280, 720));
    PresenterConsole *console = m_window->projection()->console();
    QVERIFY(console->isVisible());
    QTRY_COMPARE(console->screen()->name(), u"Projector"_s);
    m_window->setPresentation(false);
    QVERIFY(!console->isVisible());
    QTRY_COMPARE(m_window->geometry(), m_normalGeometry);
}

QTEST_MAIN(TestPresenterConsole)
#include "tst_presenterconsole.moc"
